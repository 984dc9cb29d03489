package dev.kvet.schedule.pod;

import dev.kvet.object.Labels;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.object.LabelSelector;
import dev.kvet.schedule.yaml.Scalars;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A {@code topologySpreadConstraints[]} entry, with matchLabelKeys already merged into its selector.
 *
 * @param maxSkew            the largest allowed difference between domains
 * @param topologyKey        the node label that defines a domain
 * @param doNotSchedule      whether it is a filter ({@code DoNotSchedule}) rather than a score ({@code ScheduleAnyway})
 * @param selector           the pods counted
 * @param minDomains         the least number of domains to assume, 1 unless set
 * @param honorNodeAffinity  nodeAffinityPolicy Honor (the default): count only nodes the pod could go to
 */
public record TopologySpreadConstraint(int maxSkew, String topologyKey, boolean doNotSchedule, LabelSelector selector,
                                       int minDomains, boolean honorNodeAffinity) {

    /** Reads a constraint for a pod with these labels. */
    public static TopologySpreadConstraint of(YamlMap map, Map<String, String> podLabels) {
        LabelSelector selector = LabelSelector.of(map.map("labelSelector"));
        for (String key : Labels.values(map.list("matchLabelKeys"))) {
            String value = podLabels.get(key);
            if (value != null) {
                selector = selector.and(new LabelSelector.Requirement(key, "In", List.of(value)));
            }
        }
        return new TopologySpreadConstraint(integer(map, "maxSkew", 1), String.valueOf(Scalars.text(map, "topologyKey")),
                !"ScheduleAnyway".equals(Scalars.text(map, "whenUnsatisfiable")), selector,
                integer(map, "minDomains", 1), !"Ignore".equals(Scalars.text(map, "nodeAffinityPolicy")));
    }

    private static int integer(YamlMap map, String key, int fallback) {
        return map.get(key) instanceof YamlScalar scalar && scalar.value().value() instanceof BigInteger value
                && value.signum() > 0 && value.bitLength() < 31 ? value.intValue() : fallback;
    }
}
