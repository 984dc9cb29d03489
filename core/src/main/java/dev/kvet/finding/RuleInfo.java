package dev.kvet.finding;

/**
 * What a user needs to know about a rule without running it: listed by {@code kvet rules}, written into SARIF.
 *
 * @param id          stable, namespaced, kebab-case id such as {@code yaml/duplicate-key}
 * @param severity    the default severity
 * @param title       one line saying what the rule catches
 * @param description why it matters and how to fix it
 * @param enabled     whether the rule runs unless configuration turns it off
 */
public record RuleInfo(String id, Severity severity, String title, String description, boolean enabled) {

    /** A rule that is on by default. */
    public RuleInfo(String id, Severity severity, String title, String description) {
        this(id, severity, title, description, true);
    }

    /** The category: the part of the id before the slash, such as {@code yaml}. */
    public String category() {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }
}
