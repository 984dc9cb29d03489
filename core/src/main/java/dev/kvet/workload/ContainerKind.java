package dev.kvet.workload;

/** The lists of a pod spec that hold containers. */
public enum ContainerKind {
    INIT("initContainers"), APP("containers"), EPHEMERAL("ephemeralContainers");

    private final String field;

    ContainerKind(String field) {
        this.field = field;
    }

    /** The pod spec field that holds this kind of container. */
    public String field() {
        return field;
    }
}
