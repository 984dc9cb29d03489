package dev.kvet.rules.code.validation.podsecurity;

import java.util.Optional;

/** A Pod Security Standard level that the PodSecurity admission enforces: privileged enforces nothing. */
public enum PodSecurityLevel {
    BASELINE, RESTRICTED;

    /** The level a namespace label names: baseline or restricted; empty for privileged or anything else. */
    static Optional<PodSecurityLevel> parse(String label) {
        return switch (label == null ? "" : label) {
            case "baseline" -> Optional.of(BASELINE);
            case "restricted" -> Optional.of(RESTRICTED);
            default -> Optional.empty();
        };
    }

    /** The level as the labels write it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
