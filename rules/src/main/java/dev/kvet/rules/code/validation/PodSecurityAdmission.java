package dev.kvet.rules.code.validation;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.Labels;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.Namespaces;
import dev.kvet.rules.code.validation.podsecurity.PodSecurityChecks;
import dev.kvet.rules.code.validation.podsecurity.PodSecurityPolicy;
import dev.kvet.rules.code.validation.podsecurity.PodSecurityViolation;
import dev.kvet.workload.PodTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Namespace of the files labelled {@code pod-security.kubernetes.io/enforce: baseline|restricted} makes the API
 * server's PodSecurity admission reject each of its pods that breaks the level: a Pod is refused outright, and the
 * ReplicaSet, StatefulSet, DaemonSet or Job of a workload silently never gets its pods. Each violation is reported
 * at the offending field of the Pod or pod template.
 */
public final class PodSecurityAdmission implements CodeRule {

    /** The violations of every pod the admission sees: not a PodTemplate, which no pod is made from directly. */
    private static final Indexer<List<PodSecurityViolation>> VIOLATIONS = object -> PodTemplate.of(object)
            .filter(pod -> !"PodTemplate".equals(object.kind()))
            .map(PodSecurityChecks::of)
            .filter(violations -> !violations.isEmpty())
            .orElse(null);

    private static final JsonPointer LABELS = JsonPointer.of("metadata", "labels");

    /** The enforce policy of each Namespace that sets baseline or restricted. */
    private static final Indexer<PodSecurityPolicy> ENFORCED = object -> "Namespace".equals(object.kind())
            && object.group().isEmpty() && object.node(LABELS) instanceof YamlMap labels
            ? PodSecurityPolicy.of(Labels.of(labels), "enforce").orElse(null) : null;

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(VIOLATIONS, ENFORCED);
    }

    /**
     * Yes: only a Namespace among the files says what is enforced, and a pod it rejects is rejected whatever else
     * the files hold. Without the Namespace there is nothing to report.
     */
    @Override
    public boolean decidedByPartOfTheManifests() {
        return true;
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        Map<String, PodSecurityPolicy> policies = new HashMap<>();
        manifests.ofKind("Namespace").forEach(namespace -> {
            PodSecurityPolicy policy = namespace.fact(ENFORCED);
            if (policy != null && namespace.name() != null) {
                policies.put(namespace.name(), policy);
            }
        });
        if (policies.isEmpty()) {
            return;
        }
        for (IndexedObject object : manifests.objects()) {
            List<PodSecurityViolation> violations = object.fact(VIOLATIONS);
            PodSecurityPolicy policy = violations == null ? null : policies.get(Namespaces.of(object));
            if (policy != null) {
                violations.stream().filter(violation -> policy.forbids(violation, findings.kubernetesMinor()))
                        .forEach(violation -> report(object, policy, violation, findings));
            }
        }
    }

    private static void report(IndexedObject object, PodSecurityPolicy policy, PodSecurityViolation violation,
                               RuleFindings findings) {
        String namespace = Namespaces.of(object);
        String pods = "Pod".equals(object.kind()) ? "this pod" : "the pods of " + object.kind() + " \""
                + object.name() + "\"";
        findings.at(object, violation.place(), "the PodSecurity admission of namespace \"" + namespace + "\" ("
                        + policy.describe() + ") rejects " + pods + ": " + violation.problem() + " (control "
                        + violation.control().title() + ")",
                "fix the pod as the message says, or give namespace \"" + namespace
                        + "\" a pod-security.kubernetes.io/enforce level its pods meet");
    }
}
