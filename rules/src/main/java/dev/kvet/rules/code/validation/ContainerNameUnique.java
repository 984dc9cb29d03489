package dev.kvet.rules.code.validation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.workload.Container;
import dev.kvet.workload.PodTemplate;
import java.util.HashMap;
import java.util.Map;

/** Container names must be unique across a pod's init, app and ephemeral containers. */
public final class ContainerNameUnique implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).ifPresent(pod -> {
            Map<String, Container> seen = new HashMap<>();
            for (Container container : pod.containers()) {
                String name = container.name();
                if (name == null) {
                    continue;
                }
                Container first = seen.putIfAbsent(name, container);
                if (first != null) {
                    findings.atValue(object, container.pointer("name"), "container name \"" + name
                            + "\" is already used by " + describe(first) + "; names must be unique in a pod",
                            "rename one of the containers");
                }
            }
        });
    }

    private static String describe(Container container) {
        return "the " + switch (container.kind()) {
            case INIT -> "init container";
            case APP -> "container";
            case EPHEMERAL -> "ephemeral container";
        } + " at " + container.kind().field() + "[" + container.index() + "]";
    }
}
