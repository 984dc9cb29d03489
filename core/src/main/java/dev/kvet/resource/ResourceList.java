package dev.kvet.resource;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongBinaryOperator;

/**
 * Amounts of compute resources, as a {@code v1.ResourceList} holds them once parsed: cpu in millicores,
 * memory and ephemeral storage in bytes, every other resource (extended resources, hugepages) in its base unit.
 * Immutable; sums and maxima make new lists.
 *
 * @param cpu              millicores
 * @param memory           bytes
 * @param ephemeralStorage bytes
 * @param scalars          other resources by name, sorted by name
 */
public record ResourceList(long cpu, long memory, long ephemeralStorage, Map<String, Long> scalars) {

    /** The empty list. */
    public static final ResourceList EMPTY = new ResourceList(0, 0, 0, Map.of());

    /** The resource names kept in fields rather than in {@link #scalars}. */
    public static final String CPU = "cpu";
    /** Memory, in bytes. */
    public static final String MEMORY = "memory";
    /** Local ephemeral storage, in bytes. */
    public static final String EPHEMERAL_STORAGE = "ephemeral-storage";

    public ResourceList {
        scalars = Collections.unmodifiableMap(new TreeMap<>(scalars));
    }

    /** One resource set to an amount read from a quantity, by the unit Kubernetes keeps it in. */
    public static ResourceList of(String name, Quantity quantity) {
        return switch (name) {
            case CPU -> new ResourceList(quantity.milliValue(), 0, 0, Map.of());
            case MEMORY -> new ResourceList(0, quantity.longValue(), 0, Map.of());
            case EPHEMERAL_STORAGE -> new ResourceList(0, 0, quantity.longValue(), Map.of());
            default -> new ResourceList(0, 0, 0, Map.of(name, quantity.longValue()));
        };
    }

    /** The amount of one resource (millicores for cpu), zero when absent. */
    public long get(String name) {
        return switch (name) {
            case CPU -> cpu;
            case MEMORY -> memory;
            case EPHEMERAL_STORAGE -> ephemeralStorage;
            default -> scalars.getOrDefault(name, 0L);
        };
    }

    /** Whether the list names the resource with a non-zero amount. */
    public boolean has(String name) {
        return get(name) != 0;
    }

    /** The sum of both lists, resource by resource; sums beyond the long range stay at its end. */
    public ResourceList plus(ResourceList other) {
        return combine(other, ResourceList::saturatedSum);
    }

    private static long saturatedSum(long a, long b) {
        long sum = a + b;
        // overflow happened when both operands have the same sign and the sum's sign differs
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    /** The larger amount of each resource, as Kubernetes takes for init containers. */
    public ResourceList max(ResourceList other) {
        return combine(other, Math::max);
    }

    /** This list with the resources of {@code other} that this one lacks (zero or absent) filled in. */
    public ResourceList withDefaults(ResourceList other) {
        return combine(other, (mine, theirs) -> mine != 0 ? mine : theirs);
    }

    /** Whether every amount is zero. */
    public boolean isZero() {
        return cpu == 0 && memory == 0 && ephemeralStorage == 0 && scalars.values().stream().allMatch(v -> v == 0);
    }

    private ResourceList combine(ResourceList other, LongBinaryOperator operator) {
        Map<String, Long> merged = new TreeMap<>();
        for (String name : union(scalars.keySet(), other.scalars.keySet())) {
            merged.put(name, operator.applyAsLong(get(name), other.get(name)));
        }
        return new ResourceList(operator.applyAsLong(cpu, other.cpu), operator.applyAsLong(memory, other.memory),
                operator.applyAsLong(ephemeralStorage, other.ephemeralStorage), merged);
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        if (second.isEmpty()) {
            return first;
        }
        Set<String> all = new TreeSet<>(first);
        all.addAll(second);
        return all;
    }

    /** The amount of a resource written as Kubernetes prints it ({@code 1500m}, {@code 2Gi}). */
    public String format(String name) {
        return QuantityFormat.of(name, get(name));
    }
}
