package dev.kvet.rules.code.reference;

import dev.kvet.check.Manifests;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;

/** A HorizontalPodAutoscaler's scaleTargetRef must name a workload of its namespace. */
public final class HpaTarget implements CodeRule {

    private static final JsonPointer TARGET = JsonPointer.of("spec", "scaleTargetRef");

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("HorizontalPodAutoscaler").forEach(hpa -> {
            if (!(hpa.node(TARGET) instanceof YamlMap target) || target.string("kind") == null
                    || target.string("name") == null) {
                return;
            }
            String kind = target.string("kind");
            String name = target.string("name");
            if (NamedObjects.inNamespaceOf(manifests, hpa, kind, name).isEmpty()) {
                findings.atValue(hpa, TARGET.child("name"), "the autoscaler's target "
                        + NamedObjects.notInFiles(kind, name), NamedObjects.mayBeInCluster(kind, name));
            }
        });
    }
}
