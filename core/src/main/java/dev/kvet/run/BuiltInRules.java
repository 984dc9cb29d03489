package dev.kvet.run;

import dev.kvet.document.YamlRule;
import dev.kvet.finding.RuleInfo;
import dev.kvet.source.SourceRule;
import java.util.ArrayList;
import java.util.List;

/** The rules every run applies while choosing and reading files, before any engine. */
final class BuiltInRules {

    private BuiltInRules() {
    }

    static List<RuleInfo> all() {
        List<RuleInfo> rules = new ArrayList<>();
        for (YamlRule rule : YamlRule.values()) {
            rules.add(rule.info());
        }
        for (SourceRule rule : SourceRule.values()) {
            rules.add(rule.info());
        }
        return rules;
    }
}
