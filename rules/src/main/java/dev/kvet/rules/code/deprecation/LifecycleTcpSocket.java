package dev.kvet.rules.code.deprecation;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.workload.Container;

/**
 * A postStart or preStop hook with tcpSocket: deprecated and not supported as a lifecycle handler, kept only for
 * compatibility (API reference of LifecycleHandler), so the hook fails at run time.
 */
public final class LifecycleTcpSocket extends ContainerRule {

    @Override
    protected void checkContainer(KubeObject object, Container container, RuleFindings findings) {
        for (String hook : new String[] {"postStart", "preStop"}) {
            JsonPointer at = container.pointer("lifecycle").child(hook).child("tcpSocket");
            if (object.node(at) != null) {
                findings.atKey(object, at, hook + " hook of container \"" + container.name() + "\" uses tcpSocket, "
                        + "which is deprecated and not supported as a lifecycle handler",
                        "use exec, httpGet or sleep for the hook");
            }
        }
    }
}
