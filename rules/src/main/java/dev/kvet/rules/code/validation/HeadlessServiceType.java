package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;

/** A headless Service ({@code clusterIP: None}) cannot be of type NodePort or LoadBalancer. */
public final class HeadlessServiceType implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        if (!"Service".equals(object.kind()) || !(object.node(JsonPointer.of("spec")) instanceof YamlMap spec)) {
            return;
        }
        String type = spec.string("type");
        if ("None".equals(spec.string("clusterIP")) && ("NodePort".equals(type) || "LoadBalancer".equals(type))) {
            findings.atValue(object, JsonPointer.of("spec", "clusterIP"), "clusterIP: None (a headless Service) "
                    + "cannot be combined with type: " + type, "remove clusterIP: None, or use type: ClusterIP");
        }
    }
}
