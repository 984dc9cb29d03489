package dev.kvet.schedule.inventory;

import dev.kvet.resource.ResourceList;

/**
 * What the kubelet keeps back from a node's capacity, as its configuration says ({@code kubeReserved},
 * {@code systemReserved}, {@code evictionHard}, {@code maxPods}); allocatable is capacity minus all of it.
 * The defaults are the kubelet's own: nothing reserved, {@code memory.available<100Mi},
 * {@code nodefs.available<10%}, 110 pods.
 *
 * @param kubeReserved             kubeReserved
 * @param systemReserved           systemReserved
 * @param evictionMemory           evictionHard memory.available
 * @param evictionStorage          evictionHard nodefs.available, taken from ephemeral-storage
 * @param maxPods                  maxPods, the pod capacity when the node does not state one
 */
public record KubeletReservation(ResourceList kubeReserved, ResourceList systemReserved, Threshold evictionMemory,
                                 Threshold evictionStorage, long maxPods) {

    /** The kubelet's defaults. */
    public static final KubeletReservation DEFAULTS = new KubeletReservation(ResourceList.EMPTY, ResourceList.EMPTY,
            Threshold.amount(100L * 1024 * 1024), Threshold.percent(10), 110);

    /** An eviction threshold: an absolute amount ({@code 100Mi}) or a share of capacity ({@code 10%}). */
    public record Threshold(long amount, double percent) {

        /** A threshold of a fixed amount. */
        public static Threshold amount(long amount) {
            return new Threshold(amount, 0);
        }

        /** A threshold of a share of capacity. */
        public static Threshold percent(double percent) {
            return new Threshold(0, percent);
        }

        /** The threshold for a capacity, rounded up. */
        public long of(long capacity) {
            return percent > 0 ? (long) Math.ceil(capacity * percent / 100) : amount;
        }
    }

    /** Allocatable derived from capacity as the kubelet computes it, never below zero. */
    public ResourceList allocatable(ResourceList capacity) {
        ResourceList reserved = kubeReserved.plus(systemReserved);
        return new ResourceList(
                Math.max(0, capacity.cpu() - reserved.cpu()),
                Math.max(0, capacity.memory() - reserved.memory() - evictionMemory.of(capacity.memory())),
                Math.max(0, capacity.ephemeralStorage() - reserved.ephemeralStorage()
                        - evictionStorage.of(capacity.ephemeralStorage())),
                capacity.scalars());
    }
}
