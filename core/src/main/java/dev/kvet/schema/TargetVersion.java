package dev.kvet.schema;

import dev.kvet.check.CheckSetupException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kubernetes version a run checks against: the one the user asked for, and the bundled schemas used for it.
 *
 * @param requested the minor version asked for, such as 1.31
 * @param bundled   the bundled version whose schemas are used, such as 1.30
 * @param notice    why they differ, or null when they do not
 */
public record TargetVersion(MinorVersion requested, MinorVersion bundled, String notice) {

    /** A Kubernetes minor version such as 1.36, comparable by number. */
    public record MinorVersion(int major, int minor) implements Comparable<MinorVersion> {

        private static final Pattern FORM = Pattern.compile("v?(\\d+)\\.(\\d+)(\\.\\d+)?");

        /** Parses {@code 1.36}, {@code v1.36} or {@code 1.36.2}; null when it is none of these. */
        public static MinorVersion parse(String text) {
            Matcher matcher = FORM.matcher(text.trim());
            return matcher.matches()
                    ? new MinorVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))) : null;
        }

        @Override
        public int compareTo(MinorVersion other) {
            return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
        }

        // equals and hashCode are written out: a record's generated ones are linked at their first call through
        // method handles (ObjectMethods), about 10 ms each in a cold start (README: Benchmarks).
        @Override
        public boolean equals(Object other) {
            return other instanceof MinorVersion version && major == version.major && minor == version.minor;
        }

        @Override
        public int hashCode() {
            return 31 * major + minor;
        }

        @Override
        public String toString() {
            return major + "." + minor;
        }
    }

    /**
     * Chooses the bundled schemas for a requested version (null: the newest). A version kvet does not bundle is
     * checked against the nearest older bundled one (1.31 uses 1.30, whose APIs 1.31 still serves), or the oldest
     * when it is older than every bundled one.
     */
    public static TargetVersion resolve(String requested, List<MinorVersion> bundled) throws CheckSetupException {
        MinorVersion newest = bundled.get(bundled.size() - 1);
        if (requested == null || requested.isBlank()) {
            return new TargetVersion(newest, newest, null);
        }
        MinorVersion asked = MinorVersion.parse(requested);
        if (asked == null) {
            throw new CheckSetupException("--kubernetes-version must look like 1.36, not '" + requested + "'");
        }
        if (asked.major() != 1) {
            throw new CheckSetupException("Kubernetes has no version " + asked + ": versions are 1.NN; kvet bundles "
                    + bundled.get(0) + " to " + newest);
        }
        if (bundled.contains(asked)) {
            return new TargetVersion(asked, asked, null);
        }
        MinorVersion chosen = bundled.get(0);
        for (MinorVersion candidate : bundled) {
            if (candidate.compareTo(asked) <= 0) {
                chosen = candidate;
            }
        }
        String notice = "kvet bundles no schemas for Kubernetes " + asked + "; fields are checked against "
                + chosen + ", removed and deprecated APIs against " + asked;
        return new TargetVersion(asked, chosen, notice);
    }
}
