package dev.kvet.rules.code.validation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.workload.PodTemplate;
import java.util.List;
import java.util.Map;

/**
 * A pod template's restartPolicy must suit its controller: Always for controllers that keep pods running, OnFailure
 * or Never for Jobs and CronJobs. The OpenAPI schema allows all three values everywhere; only the API server's
 * validation of the controller rejects the others, so this is a rule and not part of the schema.
 */
public final class RestartPolicy implements CodeRule {

    private static final List<String> ALWAYS = List.of("Always");
    private static final List<String> RUN_TO_COMPLETION = List.of("OnFailure", "Never");
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "Deployment", ALWAYS, "ReplicaSet", ALWAYS, "StatefulSet", ALWAYS, "DaemonSet", ALWAYS,
            "ReplicationController", ALWAYS, "Job", RUN_TO_COMPLETION, "CronJob", RUN_TO_COMPLETION);

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        List<String> allowed = object.kind() == null ? null : ALLOWED.get(object.kind());
        if (allowed == null) {
            return;
        }
        PodTemplate.of(object).filter(pod -> pod.spec() != null).ifPresent(pod -> {
            String policy = pod.spec().string("restartPolicy");
            String allowedText = String.join(" or ", allowed);
            if (policy == null && allowed == RUN_TO_COMPLETION && !pod.spec().has("restartPolicy")) {
                findings.atKey(object, pod.specPointer(), "the " + object.kind() + "'s pod template has no "
                        + "restartPolicy; it defaults to Always, which a " + object.kind() + " does not accept",
                        "add restartPolicy: OnFailure (retry in the same pod) or Never (a new pod per retry)");
            } else if (policy != null && !allowed.contains(policy)) {
                findings.atValue(object, pod.specField("restartPolicy"), "restartPolicy " + policy
                        + " is not allowed in a " + object.kind() + "'s pod template: only " + allowedText,
                        allowed == ALWAYS ? "remove restartPolicy (it defaults to Always), or use a Job for "
                                + "pods that run to completion" : "use restartPolicy: OnFailure or Never");
            }
        });
    }
}
