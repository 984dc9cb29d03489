package dev.kvet.finding;

import java.util.Locale;

/** How bad a finding is; the order is from least to most severe. */
public enum Severity {
    INFO, WARNING, ERROR;

    /** The lower-case name used in outputs and configuration: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as severe as the threshold. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    /** Parses {@code error}, {@code warning} or {@code info}, case-insensitively. */
    public static Severity parse(String label) {
        for (Severity severity : values()) {
            if (severity.label().equalsIgnoreCase(label.trim())) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + label + "' (expected error, warning or info)");
    }
}
