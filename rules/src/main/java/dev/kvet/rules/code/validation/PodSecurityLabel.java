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
 * What one {@code pod-security.kubernetes.io/<mode>} label of the files' Namespaces does to their pods: each
 * violation of the level, by the PodSecurity admission's own checks, reported at the offending field of the Pod or
 * pod template.
 */
abstract class PodSecurityLabel implements CodeRule {

    /** The violations of every pod the admission sees: not a PodTemplate, which no pod is made from directly. */
    private static final Indexer<List<PodSecurityViolation>> VIOLATIONS = object -> PodTemplate.of(object)
            .filter(pod -> !"PodTemplate".equals(object.kind()))
            .map(PodSecurityChecks::of)
            .filter(violations -> !violations.isEmpty())
            .orElse(null);

    private static final JsonPointer LABELS = JsonPointer.of("metadata", "labels");

    /** The policy of the mode in each Namespace that sets baseline or restricted. */
    private final Indexer<PodSecurityPolicy> policy;
    private final String verb;
    private final String consequence;

    /**
     * The rule of one label: {@code verb} says what the admission does to a pod that breaks the level (rejects,
     * warns about), {@code consequence} what follows, after the control (may be empty).
     */
    PodSecurityLabel(String mode, String verb, String consequence) {
        this.verb = verb;
        this.consequence = consequence;
        this.policy = object -> "Namespace".equals(object.kind()) && object.group().isEmpty()
                && object.node(LABELS) instanceof YamlMap labels
                ? PodSecurityPolicy.of(Labels.of(labels), mode).orElse(null) : null;
    }

    @Override
    public final List<Indexer<?>> indexers() {
        return List.of(VIOLATIONS, policy);
    }

    /**
     * Yes: only a Namespace among the files says what is asked, and a pod breaks the level whatever else the files
     * hold. Without the Namespace there is nothing to report.
     */
    @Override
    public final boolean decidedByPartOfTheManifests() {
        return true;
    }

    @Override
    public final void checkAll(Manifests manifests, RuleFindings findings) {
        Map<String, PodSecurityPolicy> policies = new HashMap<>();
        manifests.ofKind("Namespace").forEach(namespace -> {
            PodSecurityPolicy set = namespace.fact(policy);
            if (set != null && namespace.name() != null) {
                policies.put(namespace.name(), set);
            }
        });
        if (policies.isEmpty()) {
            return;
        }
        for (IndexedObject object : manifests.objects()) {
            List<PodSecurityViolation> violations = object.fact(VIOLATIONS);
            PodSecurityPolicy set = violations == null ? null : policies.get(Namespaces.of(object));
            if (set != null) {
                violations.stream().filter(violation -> set.forbids(violation, findings.kubernetesMinor()))
                        .forEach(violation -> report(object, set, violation, findings));
            }
        }
    }

    private void report(IndexedObject object, PodSecurityPolicy set, PodSecurityViolation violation,
                        RuleFindings findings) {
        String namespace = Namespaces.of(object);
        String pods = "Pod".equals(object.kind()) ? "this pod" : "the pods of " + object.kind() + " \""
                + object.name() + "\"";
        findings.at(object, violation.place(), "the PodSecurity admission of namespace \"" + namespace + "\" ("
                        + set.describe() + ") " + verb + " " + pods + ": " + violation.problem() + " (control "
                        + violation.control().title() + ")" + consequence,
                "fix the pod as the message says, or give namespace \"" + namespace
                        + "\" a pod-security.kubernetes.io/" + set.mode() + " level its pods meet");
    }
}
