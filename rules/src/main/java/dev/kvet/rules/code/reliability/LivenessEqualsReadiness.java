package dev.kvet.rules.code.reliability;

import dev.kvet.document.JsonTree;
import dev.kvet.document.YamlMap;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.ContainerRule;
import dev.kvet.rules.code.support.Probe;
import dev.kvet.workload.Container;
import java.util.List;
import java.util.Optional;

/**
 * A container whose liveness probe tests the same thing as its readiness probe: when the application is merely
 * busy, it is restarted instead of being taken out of the load balancer, which turns load into a restart cascade.
 * Only the handlers are compared (as kube-score does); different timings do not make the probes different.
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
        if (JsonTree.of(handler(liveness.get(), handler)).equals(JsonTree.of(handler(readiness.get(), handler)))) {
            findings.atKey(object, liveness.get().pointer().child(handler), "the livenessProbe of container \""
                    + container.name() + "\" tests the same " + handler + " as its readinessProbe, so a busy "
                    + "container is restarted instead of just taking no traffic",
                    "give the liveness probe its own cheap check (e.g. /livez) that fails only when a restart helps");
        }
    }

    private static YamlMap handler(Probe probe, String handler) {
        return probe.node().map(handler);
    }
}
