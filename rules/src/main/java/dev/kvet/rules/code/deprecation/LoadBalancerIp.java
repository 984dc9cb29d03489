package dev.kvet.rules.code.deprecation;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;

/** Service spec.loadBalancerIP: deprecated since Kubernetes 1.24, non-portable and not dual-stack. */
public final class LoadBalancerIp implements CodeRule {

    private static final JsonPointer LOAD_BALANCER_IP = JsonPointer.of("spec", "loadBalancerIP");

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        if ("Service".equals(object.kind()) && object.node(LOAD_BALANCER_IP) != null) {
            findings.atKey(object, LOAD_BALANCER_IP, "spec.loadBalancerIP is deprecated since Kubernetes 1.24: its "
                    + "meaning varies by cloud provider and it cannot express dual-stack addresses",
                    "use your load balancer implementation's annotation for a static IP (or a Gateway's addresses)");
        }
    }
}
