package dev.kvet.rules.code.validation.podsecurity;

/**
 * The policy versions (minor versions of Kubernetes 1.x, as in {@code enforce-version: v1.29}) at which a check
 * forbids something: the PodSecurity admission keeps every revision of its checks and applies the one of the
 * version a namespace pins.
 *
 * @param from the first minor version that forbids it
 * @param to   the first minor version that allows it again, {@link Integer#MAX_VALUE} when none does
 */
public record PolicyVersions(int from, int to) {

    /** Every version. */
    public static final PolicyVersions ALL = new PolicyVersions(0, Integer.MAX_VALUE);

    /** Versions from 1.{@code minor} on. */
    public static PolicyVersions from(int minor) {
        return new PolicyVersions(minor, Integer.MAX_VALUE);
    }

    /** Versions before 1.{@code minor}. */
    public static PolicyVersions before(int minor) {
        return new PolicyVersions(0, minor);
    }

    /** Whether the policy version 1.{@code minor} forbids it; latest is past every end but the open one. */
    public boolean contains(int minor) {
        return minor >= from && (minor < to || to == Integer.MAX_VALUE);
    }
}
