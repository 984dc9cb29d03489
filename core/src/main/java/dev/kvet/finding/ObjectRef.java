package dev.kvet.finding;

/** Which Kubernetes object a finding is about; any part may be null when the manifest does not say it. */
public record ObjectRef(String apiVersion, String kind, String namespace, String name) {

    /** A short human form such as {@code Deployment/web} or {@code Deployment default/web}. */
    public String display() {
        String kindPart = kind == null ? "object" : kind;
        String namePart = name == null ? "(unnamed)" : name;
        return namespace == null ? kindPart + "/" + namePart : kindPart + " " + namespace + "/" + namePart;
    }
}
