package dev.kvet.rules.custom;

import dev.kvet.rules.catalogue.RuleDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A declarative rule a team keeps in its own repository and names under {@code customRules} in {@code .kvet.yaml}.
 *
 * @param definition the rule, as a built-in {@code rule.yaml} would define it
 * @param file       the file it was read from
 */
public record CustomRule(RuleDefinition definition, Path file) {

    /** The rule's id. */
    public String id() {
        return definition.id();
    }

    /** The text of one of its fixtures, which lie beside its file. */
    public String fixture(String name) throws IOException {
        return Files.readString(file.resolveSibling(name), StandardCharsets.UTF_8);
    }
}
