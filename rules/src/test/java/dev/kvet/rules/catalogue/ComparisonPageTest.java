package dev.kvet.rules.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.finding.RuleInfo;
import dev.kvet.run.CheckRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps {@code rules/COMPARISON.md} honest: every rule it names exists, and its "(off)" marks are true. */
class ComparisonPageTest {

    private static final Path PAGE = Path.of("COMPARISON.md");
    private static final Pattern RULE = Pattern.compile(
            "\\b((?:security|reliability|efficiency|reference|validation|schema|deprecation|yaml|schedule)/[a-z0-9-]+)"
                    + "( \\*\\(off\\)\\*)?");

    @Test
    void everyRuleNamedExistsWithItsDefault() throws IOException {
        Map<String, RuleInfo> rules = CheckRun.allRules().stream()
                .collect(Collectors.toMap(RuleInfo::id, Function.identity()));
        Set<String> unknown = new TreeSet<>();
        Set<String> wrongDefault = new TreeSet<>();
        Matcher matcher = RULE.matcher(Files.readString(PAGE));
        int named = 0;
        while (matcher.find()) {
            named++;
            RuleInfo rule = rules.get(matcher.group(1));
            if (rule == null) {
                unknown.add(matcher.group(1));
            } else if (rule.enabled() == (matcher.group(2) != null)) {
                wrongDefault.add(matcher.group(1));
            }
        }
        assertTrue(named > 100, "the page names " + named + " rules");
        assertEquals(List.of(), List.copyOf(unknown), "rules named in COMPARISON.md that do not exist");
        assertEquals(List.of(), List.copyOf(wrongDefault), "rules whose (off) mark in COMPARISON.md is wrong");
    }
}
