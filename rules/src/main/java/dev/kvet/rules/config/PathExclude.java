package dev.kvet.rules.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/** Rules that do not apply under some paths, as one {@code excludes} entry of the configuration sets. */
public final class PathExclude {

    private final List<String> globs;
    private final List<PathMatcher> matchers;
    private final List<String> rules;

    /**
     * An exclude entry.
     *
     * @param globs globs of files relative to the configuration file's folder, such as {@code test/**}
     * @param rules rule ids or categories that do not apply there; empty means every rule
     * @throws IllegalArgumentException when a glob is malformed
     */
    public PathExclude(List<String> globs, List<String> rules) {
        this.globs = List.copyOf(globs);
        this.rules = List.copyOf(rules);
        this.matchers = globs.stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
    }

    /** The rule ids and categories the entry names; empty means every rule. */
    public List<String> rules() {
        return rules;
    }

    /** Whether a rule does not apply to a file given relative to the configuration's folder. */
    public boolean excludes(Path relativeFile, String rule) {
        boolean ruleNamed = rules.isEmpty() || rules.stream()
                .anyMatch(entry -> entry.equals(rule) || rule.startsWith(entry + "/"));
        return ruleNamed && matchers.stream().anyMatch(matcher -> matcher.matches(relativeFile));
    }

    @Override
    public String toString() {
        return "exclude " + globs + (rules.isEmpty() ? "" : " for " + rules);
    }
}
