package dev.kvet.schedule.output;

import dev.kvet.resource.QuantityFormat;
import dev.kvet.resource.ResourceList;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.QosClass;
import dev.kvet.schedule.snapshot.NodeInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Amounts and shares written for people: {@code 1.5Gi}, {@code 1500m}, {@code 73%}. */
final class Amounts {

    private Amounts() {
    }

    /** An amount rounded for reading: cpu in cores with at most two decimals, bytes with one decimal and a suffix. */
    static String readable(String resource, long amount) {
        if (ResourceList.CPU.equals(resource)) {
            return BigDecimal.valueOf(amount, 3).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        if (!ResourceList.MEMORY.equals(resource) && !ResourceList.EPHEMERAL_STORAGE.equals(resource)) {
            return QuantityFormat.of(resource, amount);
        }
        String[] suffixes = {"", "Ki", "Mi", "Gi", "Ti", "Pi"};
        double value = amount;
        int suffix = 0;
        while (Math.abs(value) >= 1024 && suffix < suffixes.length - 1) {
            value /= 1024;
            suffix++;
        }
        String number = value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.1f", value);
        return number + suffixes[suffix];
    }

    /** A share in whole percent, 0 when the whole is 0. */
    static long percent(long part, long whole) {
        return whole <= 0 ? 0 : Math.round(100.0 * part / whole);
    }

    /** How many pods of each QoS class run on the node. */
    static Map<QosClass, Integer> qosMix(NodeInfo node) {
        Map<QosClass, Integer> mix = new EnumMap<>(QosClass.class);
        for (QosClass qos : QosClass.values()) {
            mix.put(qos, 0);
        }
        for (Pod pod : node.pods()) {
            mix.merge(pod.resources().qos(), 1, Integer::sum);
        }
        return mix;
    }
}
