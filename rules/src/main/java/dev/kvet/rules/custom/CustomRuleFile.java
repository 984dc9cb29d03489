package dev.kvet.rules.custom;

import dev.kvet.check.CheckSetupException;
import dev.kvet.document.JsonTree;
import dev.kvet.document.LocatedDocument;
import dev.kvet.document.ParsedFile;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.location.Span;
import dev.kvet.rules.catalogue.InvalidRuleException;
import dev.kvet.rules.catalogue.RuleDefinition;
import dev.kvet.rules.catalogue.RuleFile;
import dev.kvet.rules.config.SetupFile;
import dev.kvet.rules.declarative.DeclarativeRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads one custom rule file, in the {@code rule.yaml} format of the built-in declarative rules, and checks it
 * as far as a file can be checked: a broken rule is a setup error naming the file and, where it can, the line.
 */
final class CustomRuleFile {

    /** The name of a rule file in a folder of its own, beside its fixtures. */
    static final String RULE_FILE = "rule.yaml";

    private static final Pattern FIXTURE = Pattern.compile("(fail|pass).*\\.ya?ml");

    private CustomRuleFile() {
    }

    /**
     * The rule in a file.
     *
     * @throws CheckSetupException when the file cannot be read or is no valid declarative rule
     */
    static CustomRule read(Path file) throws CheckSetupException {
        ParsedFile parsed = SetupFile.parse(file, "custom rule");
        if (parsed.documents().size() != 1) {
            throw new CheckSetupException(file + ": a custom rule file holds exactly one YAML document: one rule");
        }
        LocatedDocument document = parsed.documents().get(0);
        if (!(document.root() instanceof YamlMap fields)) {
            throw error(file, document.root().span(), "a custom rule is a map of fields such as id, targets, "
                    + "condition and message");
        }
        Optional<YamlMap.Entry> implementation = fields.entry("implementation");
        if (implementation.isPresent()) {
            throw error(file, implementation.get().keySpan(), "'implementation' is not allowed in a custom rule: "
                    + "custom rules are declarative (a JSON Schema 'condition' and a 'message'); code rules are "
                    + "kvet's own");
        }
        if (!fields.has("condition")) {
            throw error(file, fields.span(), "needs a 'condition', the JSON Schema that a passing target satisfies");
        }
        try {
            RuleDefinition rule = RuleFile.read(file.toString(), null, JsonTree.of(fields), fixtures(file));
            Optional<DeclarativeRule.ConditionError> invalid = DeclarativeRule.conditionError(rule);
            if (invalid.isPresent()) {
                JsonPointer place = JsonPointer.of("condition").append(invalid.get().place());
                throw error(file, document.locateKey(place), "'condition' is no valid JSON Schema at "
                        + place + ": " + invalid.get().message());
            }
            DeclarativeRule.compile(rule, rule.severity(), rule.parameters());
            return new CustomRule(rule, file);
        } catch (InvalidRuleException e) {
            Optional<Span> span = e.field().flatMap(fields::entry).map(YamlMap.Entry::keySpan);
            throw span.isPresent() ? error(file, span.get(), e.reason())
                    : new CheckSetupException(file + ": " + e.reason());
        }
    }

    /** The fixtures beside a {@code rule.yaml}, sorted; a rule file of another name shares its folder and has none. */
    private static List<String> fixtures(Path file) throws CheckSetupException {
        if (!file.getFileName().toString().equals(RULE_FILE)) {
            return List.of();
        }
        try (Stream<Path> siblings = Files.list(file.toAbsolutePath().getParent())) {
            return siblings.map(sibling -> sibling.getFileName().toString())
                    .filter(name -> FIXTURE.matcher(name).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CheckSetupException("cannot list the fixtures beside " + file + ": " + e.getMessage(), e);
        }
    }

    private static CheckSetupException error(Path file, Span span, String message) {
        return SetupFile.error(file, span, message);
    }
}
