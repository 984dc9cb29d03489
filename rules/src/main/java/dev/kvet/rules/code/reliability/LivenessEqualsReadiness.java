package dev.kvet.rules.code.reliability;

import dev.kvet.document.JsonTree;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.rules.code.support.Probe;
import dev.kvet.workload.Container;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * A container whose liveness probe tests the same thing as its readiness probe: when the application is merely
 * busy, it is restarted instead of being taken out of the load balancer, which turns load into a restart cascade.
 * The pattern the Kubernetes documentation recommends is left alone: the same cheap check, but a liveness probe
 * that gives up later (failureThreshold × periodSeconds) than the readiness probe, so that a busy pod first stops
 * taking traffic and is restarted only if it stays stuck.
 */
public final class LivenessEqualsReadiness extends ContainerRule {

    @Override
    protected void checkContainer(KubeObject object, Container container, RuleFindings findings) {
        List<Probe> probes = Probe.of(container);
        Optional<Probe> liveness = probes.stream().filter(probe -> probe.field().equals("livenessProbe")).findFirst();
        Optional<Probe> readiness = probes.stream().filter(probe -> probe.field().equals("readinessProbe"))
                .findFirst();
        if (liveness.isEmpty() || readiness.isEmpty()) {
            return;
        }
        List<String> handlers = liveness.get().handlers();
        if (handlers.size() != 1 || !handlers.equals(readiness.get().handlers())) {
            return;
        }
        String handler = handlers.get(0);
        boolean sameCheck = JsonTree.of(handler(liveness.get(), handler))
                .equals(JsonTree.of(handler(readiness.get(), handler)));
        if (sameCheck && givesUpAfter(liveness.get()) <= givesUpAfter(readiness.get())) {
            findings.atKey(object, liveness.get().pointer().child(handler), "the livenessProbe of container \""
                    + container.name() + "\" tests the same " + handler + " as its readinessProbe, so a busy "
                    + "container is restarted instead of just taking no traffic",
                    "give the liveness probe its own cheap check (e.g. /livez) that fails only when a restart helps, "
                    + "or a higher failureThreshold than the readiness probe");
        }
    }

    /** Seconds of failing checks before the probe fails: failureThreshold × periodSeconds, with their defaults. */
    private static long givesUpAfter(Probe probe) {
        return setting(probe, "failureThreshold", 3) * setting(probe, "periodSeconds", 10);
    }

    private static long setting(Probe probe, String field, long defaultValue) {
        return probe.node().get(field) instanceof YamlScalar scalar
                && scalar.value().value() instanceof BigInteger value ? value.longValue() : defaultValue;
    }

    private static YamlMap handler(Probe probe, String handler) {
        return probe.node().map(handler);
    }
}
