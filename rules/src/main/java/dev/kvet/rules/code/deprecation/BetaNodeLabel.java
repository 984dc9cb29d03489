package dev.kvet.rules.code.deprecation;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.workload.PodTemplate;
import java.util.Map;

/**
 * Deprecated node labels used to place pods (nodeSelector, node affinity, pod affinity and topology spread
 * topology keys): the beta OS, architecture, instance-type and failure-domain labels, replaced by their GA names.
 */
public final class BetaNodeLabel implements CodeRule {

    private static final Map<String, String> REPLACEMENTS = Map.of(
            "beta.kubernetes.io/arch", "kubernetes.io/arch",
            "beta.kubernetes.io/os", "kubernetes.io/os",
            "beta.kubernetes.io/instance-type", "node.kubernetes.io/instance-type",
            "failure-domain.beta.kubernetes.io/zone", "topology.kubernetes.io/zone",
            "failure-domain.beta.kubernetes.io/region", "topology.kubernetes.io/region");

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).ifPresent(pod -> {
            if (object.node(pod.specField("nodeSelector")) instanceof YamlMap selector) {
                selector.entries().keySet().forEach(key ->
                        check(object, pod.specField("nodeSelector").child(key), key, true, findings));
            }
            walk(object, pod.specField("affinity"), findings);
            walk(object, pod.specField("topologySpreadConstraints"), findings);
        });
    }

    /** Visits every node-affinity matchExpressions key and every topologyKey below a node. */
    private static void walk(KubeObject object, JsonPointer at, RuleFindings findings) {
        YamlNode node = object.node(at);
        if (node instanceof YamlList list) {
            for (int i = 0; i < list.size(); i++) {
                walk(object, at.child(i), findings);
            }
        } else if (node instanceof YamlMap map) {
            for (String field : map.entries().keySet()) {
                if (field.equals("topologyKey")) {
                    check(object, at.child(field), map.string(field), false, findings);
                } else if (field.equals("key") && at.parent().last().equals("matchExpressions")
                        && at.tokens().contains("nodeAffinity")) {
                    check(object, at.child(field), map.string(field), false, findings);
                } else {
                    walk(object, at.child(field), findings);
                }
            }
        }
    }

    private static void check(KubeObject object, JsonPointer at, String label, boolean isKey, RuleFindings findings) {
        String replacement = label == null ? null : REPLACEMENTS.get(label);
        if (replacement == null) {
            return;
        }
        String message = "node label " + label + " is deprecated; nodes carry " + replacement + " instead";
        String hint = "use " + replacement;
        if (isKey) {
            findings.atKey(object, at, message, hint);
        } else {
            findings.atValue(object, at, message, hint);
        }
    }
}
