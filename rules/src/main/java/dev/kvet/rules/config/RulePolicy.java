package dev.kvet.rules.config;

import dev.kvet.check.CheckSetupException;
import dev.kvet.finding.Finding;
import dev.kvet.finding.RuleInfo;
import dev.kvet.finding.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The configuration applied to the rules a run knows: which are on, at what severity, with which parameters,
 * and where they do not apply. It is the only place that decides this, for rule and schema findings alike.
 */
public final class RulePolicy {

    private final KvetConfig config;
    private final Map<String, RuleInfo> known;
    private final Path workingDirectory;

    private RulePolicy(KvetConfig config, Map<String, RuleInfo> known, Path workingDirectory) {
        this.config = config;
        this.known = known;
        this.workingDirectory = workingDirectory;
    }

    /**
     * Checks the configuration against the rules every engine knows.
     *
     * @param parameters the default parameters of each rule that has any
     * @throws CheckSetupException when it names an unknown rule, category or parameter
     */
    public static RulePolicy of(KvetConfig config, List<RuleInfo> rules, Map<String, Map<String, JsonNode>> parameters,
                                Path workingDirectory) throws CheckSetupException {
        Map<String, RuleInfo> known = new LinkedHashMap<>();
        rules.forEach(rule -> known.put(rule.id(), rule));
        Set<String> categories = new TreeSet<>();
        rules.forEach(rule -> categories.add(rule.category()));
        String where = config.file() == null ? "configuration" : config.file().toString();
        for (Map.Entry<String, RuleSetting> entry : config.rules().entrySet()) {
            String id = entry.getKey();
            if (!known.containsKey(id)) {
                throw new CheckSetupException(where + ":" + entry.getValue().line() + ": unknown rule '" + id + "'"
                        + Spelling.suggest(id, known.keySet()) + "; 'kvet rules' lists them");
            }
            Map<String, JsonNode> defaults = parameters.getOrDefault(id, Map.of());
            for (Map.Entry<String, JsonNode> parameter : entry.getValue().parameters().entrySet()) {
                JsonNode standard = defaults.get(parameter.getKey());
                if (standard == null) {
                    throw new CheckSetupException(where + ":" + entry.getValue().line() + ": rule " + id
                            + " has no parameter '" + parameter.getKey() + "'" + (defaults.isEmpty() ? ""
                            : " (it has: " + String.join(", ", new TreeSet<>(defaults.keySet())) + ")"));
                }
                if (standard.getNodeType() != parameter.getValue().getNodeType()) {
                    throw new CheckSetupException(where + ":" + entry.getValue().line() + ": parameter "
                            + parameter.getKey() + " of " + id + " must be like its default, " + standard);
                }
            }
        }
        for (String category : config.categories().keySet()) {
            if (!categories.contains(category)) {
                throw new CheckSetupException(where + ": unknown category '" + category + "'"
                        + Spelling.suggest(category, categories) + " (known: " + String.join(", ", categories) + ")");
            }
        }
        for (PathExclude exclude : config.excludes()) {
            for (String rule : exclude.rules()) {
                if (!known.containsKey(rule) && !categories.contains(rule)) {
                    throw new CheckSetupException(where + ": " + exclude + " names unknown rule or category '"
                            + rule + "'" + Spelling.suggest(rule, known.keySet()));
                }
            }
        }
        return new RulePolicy(config, known, workingDirectory);
    }

    /** Whether the rule runs: its own setting, else its category's, else its default. */
    public boolean enabled(String rule) {
        RuleSetting setting = config.rules().get(rule);
        if (setting != null && setting.enabled() != null) {
            return setting.enabled();
        }
        RuleInfo info = known.get(rule);
        String category = info == null ? rule.substring(0, Math.max(0, rule.indexOf('/'))) : info.category();
        Boolean categoryOn = config.categories().get(category);
        if (categoryOn != null) {
            return categoryOn;
        }
        return info == null || info.enabled();
    }

    /** The severity configured for a rule, or {@code standard} when the configuration leaves it. */
    public Severity severity(String rule, Severity standard) {
        RuleSetting setting = config.rules().get(rule);
        return setting == null || setting.severity() == null ? standard : setting.severity();
    }

    /** A rule's parameters: its defaults, replaced by configured values. */
    public Map<String, JsonNode> parameters(String rule, Map<String, JsonNode> defaults) {
        Map<String, JsonNode> merged = new HashMap<>(defaults);
        RuleSetting setting = config.rules().get(rule);
        if (setting != null) {
            merged.putAll(setting.parameters());
        }
        return merged;
    }

    /** The findings with configuration applied: those of rules turned off or excluded dropped, severities set. */
    public List<Finding> apply(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (!enabled(finding.rule()) || excluded(finding)) {
                continue;
            }
            Severity severity = severity(finding.rule(), finding.severity());
            kept.add(severity == finding.severity() ? finding : finding.withSeverity(severity));
        }
        return kept;
    }

    private boolean excluded(Finding finding) {
        if (config.excludes().isEmpty() || finding.file().equals("-")) {
            return false;
        }
        Path relative = config.baseDirectory()
                .relativize(workingDirectory.toAbsolutePath().resolve(finding.file()).normalize());
        return config.excludes().stream().anyMatch(exclude -> exclude.excludes(relative, finding.rule()));
    }
}
