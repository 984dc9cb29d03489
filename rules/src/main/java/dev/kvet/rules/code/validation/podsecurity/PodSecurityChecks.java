package dev.kvet.rules.code.validation.podsecurity;

import dev.kvet.workload.PodTemplate;
import java.util.List;

/**
 * Every violation of the Pod Security Standards in a pod, at every level and policy version, so that a namespace's
 * policy can later pick the ones it forbids (the pod's tree is gone by then).
 */
public final class PodSecurityChecks {

    private PodSecurityChecks() {
    }

    /** The violations of one pod, baseline checks first, in the order of the pod's fields. */
    public static List<PodSecurityViolation> of(PodTemplate pod) {
        PodViolations violations = new PodViolations(pod);
        BaselineChecks.check(violations);
        RestrictedChecks.check(violations);
        return violations.found();
    }
}
