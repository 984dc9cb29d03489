package dev.kvet.rules.config;

import dev.kvet.finding.Severity;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * How the configuration sets one rule; null parts keep the rule's defaults.
 *
 * @param enabled    on or off, or null
 * @param severity   the severity of its findings, or null
 * @param parameters parameter values replacing the defaults
 * @param line       the line of the setting in the configuration file, for errors
 */
public record RuleSetting(Boolean enabled, Severity severity, Map<String, JsonNode> parameters, int line) {

    public RuleSetting {
        parameters = Map.copyOf(parameters);
    }
}
