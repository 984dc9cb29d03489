package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.rules.code.support.NameSyntax;
import dev.kvet.workload.Container;

/** Environment variable names (and envFrom prefixes) must be printable ASCII without '='. */
public final class EnvVarName extends ContainerRule {

    private static final String HINT = "use letters, digits and '_', e.g. LOG_LEVEL";

    @Override
    protected void checkContainer(KubeObject object, Container container, RuleFindings findings) {
        YamlList env = container.node().list("env");
        for (int i = 0; env != null && i < env.size(); i++) {
            if (env.get(i) instanceof YamlMap variable && variable.string("name") != null) {
                String problem = NameSyntax.envVarName(variable.string("name"));
                if (problem != null) {
                    findings.atValue(object, container.pointer("env").child(i).child("name"),
                            "environment variable name \"" + variable.string("name") + "\" is invalid: it " + problem,
                            HINT);
                }
            }
        }
        YamlList envFrom = container.node().list("envFrom");
        for (int i = 0; envFrom != null && i < envFrom.size(); i++) {
            if (envFrom.get(i) instanceof YamlMap source && source.string("prefix") != null
                    && !source.string("prefix").isEmpty()) {
                String problem = NameSyntax.envVarName(source.string("prefix"));
                if (problem != null) {
                    findings.atValue(object, container.pointer("envFrom").child(i).child("prefix"),
                            "envFrom prefix \"" + source.string("prefix") + "\" is invalid: it " + problem, HINT);
                }
            }
        }
    }
}
