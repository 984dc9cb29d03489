package dev.kvet.rules.code.validation.podsecurity;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a namespace's {@code pod-security.kubernetes.io/<mode>} labels ask the PodSecurity admission to apply to
 * its pods.
 *
 * @param mode  enforce, warn or audit
 * @param level baseline or restricted
 * @param minor the pinned policy version 1.minor, {@link #LATEST} for {@code latest}
 */
public record PodSecurityPolicy(String mode, PodSecurityLevel level, int minor) {

    /** The version of {@code latest} (or of no version label): newer than every pinned one. */
    public static final int LATEST = Integer.MAX_VALUE;

    private static final String PREFIX = "pod-security.kubernetes.io/";
    /** As the admission parses a version; it takes anything else as latest. */
    private static final Pattern VERSION = Pattern.compile("v1\\.(0|[1-9][0-9]{0,8})");

    /** The policy of one mode that a namespace's labels set, if they set baseline or restricted. */
    public static Optional<PodSecurityPolicy> of(Map<String, String> labels, String mode) {
        return PodSecurityLevel.parse(labels.get(PREFIX + mode))
                .map(level -> new PodSecurityPolicy(mode, level, minor(labels.get(PREFIX + mode + "-version"))));
    }

    private static int minor(String version) {
        Matcher matcher = VERSION.matcher(version == null ? "" : version);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : LATEST;
    }

    /**
     * Whether the policy rejects (or, for warn and audit, flags) a violation on an API server of Kubernetes
     * 1.{@code serverMinor}, which reads {@code latest} and any newer pin as its own version.
     */
    public boolean forbids(PodSecurityViolation violation, int serverMinor) {
        return violation.control().levels().contains(level)
                && violation.versions().contains(Math.min(minor, serverMinor));
    }

    /** The policy as its labels say it, such as {@code enforce: restricted, v1.29}. */
    public String describe() {
        return mode + ": " + level.label() + (minor == LATEST ? "" : ", v1." + minor);
    }
}
