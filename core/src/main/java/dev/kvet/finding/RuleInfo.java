package dev.kvet.finding;

/**
 * What a user needs to know about a rule without running it: listed by {@code kvet rules}, written into SARIF.
 *
 * @param id          stable, namespaced, kebab-case id such as {@code yaml/duplicate-key}
 * @param severity    the default severity
 * @param title       one line saying what the rule catches
 * @param description why it matters and how to fix it
 */
public record RuleInfo(String id, Severity severity, String title, String description) {
}
