package dev.kvet.rules.code.validation;

/**
 * A Namespace of the files labelled {@code pod-security.kubernetes.io/enforce: baseline|restricted} makes the API
 * server's PodSecurity admission reject each of its pods that breaks the level: a Pod is refused outright, and the
 * ReplicaSet, StatefulSet, DaemonSet or Job of a workload silently never gets its pods.
 */
public final class PodSecurityAdmission extends PodSecurityLabel {

    /** The rule for the enforce label. */
    public PodSecurityAdmission() {
        super("enforce", "rejects", "");
    }
}
