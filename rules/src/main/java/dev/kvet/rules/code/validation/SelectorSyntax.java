package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NameSyntax;
import dev.kvet.workload.PodTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Label selectors must be well formed: valid keys and values, values for In and NotIn and none for Exists and
 * DoesNotExist (ValidateLabelSelectorRequirement in apimachinery's meta/v1 validation).
 */
public final class SelectorSyntax implements CodeRule {

    private static final Map<String, JsonPointer> LABEL_SELECTOR_OF = Map.of(
            "Deployment", JsonPointer.of("spec", "selector"),
            "ReplicaSet", JsonPointer.of("spec", "selector"),
            "StatefulSet", JsonPointer.of("spec", "selector"),
            "DaemonSet", JsonPointer.of("spec", "selector"),
            "Job", JsonPointer.of("spec", "selector"),
            "PodDisruptionBudget", JsonPointer.of("spec", "selector"),
            "NetworkPolicy", JsonPointer.of("spec", "podSelector"));
    private static final Set<String> MAP_SELECTOR_KINDS = Set.of("Service", "ReplicationController");
    private static final String OPERATORS_HINT = "In and NotIn need a non-empty values list; Exists and DoesNotExist "
            + "take no values";

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        JsonPointer at = LABEL_SELECTOR_OF.get(String.valueOf(object.kind()));
        if (at != null) {
            labelSelector(object, at, findings);
        }
        PodTemplate.of(object).ifPresent(pod -> podSelectors(pod).forEach(pointer ->
                labelSelector(object, pointer, findings)));
        JsonPointer mapAt = JsonPointer.of("spec", "selector");
        if (MAP_SELECTOR_KINDS.contains(object.kind()) && object.node(mapAt) instanceof YamlMap selector) {
            labels(object, mapAt, selector, findings);
        }
    }

    private static void labelSelector(KubeObject object, JsonPointer at, RuleFindings findings) {
        if (object.node(at) instanceof YamlMap selector) {
            labels(object, at.child("matchLabels"), selector.map("matchLabels"), findings);
            expressions(object, at.child("matchExpressions"), selector.list("matchExpressions"), findings);
        }
    }

    /**
     * Where a pod spec writes label selectors: the pod (anti-)affinity terms, required and preferred, with their
     * namespace selectors, and the topology spread constraints.
     */
    private static List<JsonPointer> podSelectors(PodTemplate pod) {
        List<JsonPointer> selectors = new ArrayList<>();
        YamlMap spec = pod.spec();
        YamlMap affinity = spec == null ? null : spec.map("affinity");
        for (String kind : List.of("podAffinity", "podAntiAffinity")) {
            YamlMap terms = affinity == null ? null : affinity.map(kind);
            if (terms == null) {
                continue;
            }
            JsonPointer at = pod.specField("affinity").child(kind);
            forEachItem(terms.list("requiredDuringSchedulingIgnoredDuringExecution"), i -> {
                JsonPointer term = at.child("requiredDuringSchedulingIgnoredDuringExecution").child(i);
                selectors.add(term.child("labelSelector"));
                selectors.add(term.child("namespaceSelector"));
            });
            forEachItem(terms.list("preferredDuringSchedulingIgnoredDuringExecution"), i -> {
                JsonPointer term = at.child("preferredDuringSchedulingIgnoredDuringExecution").child(i)
                        .child("podAffinityTerm");
                selectors.add(term.child("labelSelector"));
                selectors.add(term.child("namespaceSelector"));
            });
        }
        forEachItem(spec == null ? null : spec.list("topologySpreadConstraints"), i ->
                selectors.add(pod.specField("topologySpreadConstraints").child(i).child("labelSelector")));
        return selectors;
    }

    private static void forEachItem(YamlList list, IntConsumer action) {
        for (int i = 0; list != null && i < list.size(); i++) {
            action.accept(i);
        }
    }

    private static void labels(KubeObject object, JsonPointer at, YamlMap labels, RuleFindings findings) {
        if (labels == null) {
            return;
        }
        labels.entries().forEach((key, entry) -> {
            key(object, at.child(key), key, true, findings);
            if (entry.value() instanceof YamlScalar scalar && scalar.stringValue() != null) {
                String problem = NameSyntax.labelValue(scalar.text());
                if (problem != null) {
                    findings.atValue(object, at.child(key), "selector value \"" + scalar.text() + "\" is invalid: it "
                            + problem, "a selector value must be a valid label value (at most 63 characters)");
                }
            }
        });
    }

    private static void expressions(KubeObject object, JsonPointer at, YamlList expressions, RuleFindings findings) {
        for (int i = 0; expressions != null && i < expressions.size(); i++) {
            if (expressions.get(i) instanceof YamlMap expression) {
                expression(object, at.child(i), expression, findings);
            }
        }
    }

    private static void expression(KubeObject object, JsonPointer at, YamlMap expression, RuleFindings findings) {
        String key = expression.string("key");
        if (key != null) {
            key(object, at.child("key"), key, false, findings);
        }
        String operator = expression.string("operator");
        YamlNode values = expression.get("values");
        int count = values instanceof YamlList list ? list.size() : 0;
        // An unknown operator is the schema's finding (the enum of LabelSelectorRequirement.operator).
        boolean needsValues = "In".equals(operator) || "NotIn".equals(operator);
        boolean takesNoValues = "Exists".equals(operator) || "DoesNotExist".equals(operator);
        if (needsValues && count == 0) {
            findings.atKey(object, at.child(expression.has("values") ? "values" : "operator"),
                    "operator " + operator + " needs at least one value", OPERATORS_HINT);
        } else if (takesNoValues && count > 0) {
            findings.atKey(object, at.child("values"), "operator " + operator + " must not have values",
                    OPERATORS_HINT);
        }
        if (values instanceof YamlList list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof YamlScalar scalar && scalar.stringValue() != null
                        && NameSyntax.labelValue(scalar.text()) != null) {
                    findings.atValue(object, at.child("values").child(i), "selector value \"" + scalar.text()
                            + "\" is invalid: it " + NameSyntax.labelValue(scalar.text()),
                            "a selector value must be a valid label value (at most 63 characters)");
                }
            }
        }
    }

    private static void key(KubeObject object, JsonPointer at, String key, boolean isMapKey, RuleFindings findings) {
        String problem = NameSyntax.labelKey(key);
        if (problem == null) {
            return;
        }
        String message = "selector key \"" + key + "\" is invalid: it " + problem;
        String hint = "a selector key must be a valid label key, e.g. app.kubernetes.io/name";
        if (isMapKey) {
            findings.atKey(object, at, message, hint);
        } else {
            findings.atValue(object, at, message, hint);
        }
    }
}
