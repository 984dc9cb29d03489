package dev.kvet.rules.code.deprecation;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.workload.PodTemplate;

/**
 * A postStart or preStop hook with tcpSocket: deprecated and not supported as a lifecycle handler, kept only for
 * compatibility (API reference of LifecycleHandler), so the hook fails at run time.
 */
public final class LifecycleTcpSocket implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).ifPresent(pod -> pod.containers().forEach(container -> {
            for (String hook : new String[] {"postStart", "preStop"}) {
                JsonPointer at = container.pointer("lifecycle").child(hook).child("tcpSocket");
                if (object.node(at) != null) {
                    findings.atKey(object, at, hook + " hook of container \"" + container.name() + "\" uses tcpSocket, "
                            + "which is deprecated and not supported as a lifecycle handler",
                            "use exec, httpGet or sleep for the hook");
                }
            }
        }));
    }
}
