package dev.kvet.schedule.pod;

/** A pod's quality-of-service class, which decides who the kubelet evicts and OOM-kills first. */
public enum QosClass {
    GUARANTEED("Guaranteed"), BURSTABLE("Burstable"), BEST_EFFORT("BestEffort");

    private final String label;

    QosClass(String label) {
        this.label = label;
    }

    /** The name Kubernetes prints in {@code status.qosClass}. */
    public String label() {
        return label;
    }
}
