package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlList;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.IntOrString;
import java.math.BigInteger;

/**
 * A Service's explicit nodePort must lie in the cluster's service-node-port-range (30000-32767 unless the API
 * server is started with another range, which the parameters min and max can say).
 */
public final class NodePortRange implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        if (!"Service".equals(object.kind())
                || !(object.node(JsonPointer.of("spec", "ports")) instanceof YamlList ports)) {
            return;
        }
        int min = findings.intParameter("min", 30000);
        int max = findings.intParameter("max", 32767);
        for (int i = 0; i < ports.size(); i++) {
            JsonPointer at = JsonPointer.of("spec", "ports").child(i).child("nodePort");
            IntOrString.of(object.node(at)).filter(IntOrString::isNumber).ifPresent(port -> {
                BigInteger number = port.number();
                if (number.signum() != 0 && (number.compareTo(BigInteger.valueOf(min)) < 0
                        || number.compareTo(BigInteger.valueOf(max)) > 0)) {
                    findings.atValue(object, at, "nodePort " + number + " is outside the node port range "
                            + min + "-" + max, "pick a nodePort between " + min + " and " + max
                            + ", or leave it out and let Kubernetes allocate one");
                }
            });
        }
    }
}
