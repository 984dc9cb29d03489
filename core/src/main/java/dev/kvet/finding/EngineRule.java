package dev.kvet.finding;

/** A rule an engine declares in code (an enum constant), beside the rule files of the catalogue. */
public interface EngineRule {

    /** The rule's id, default severity and documentation. */
    RuleInfo info();

    /** The rule id, such as {@code schema/unknown-field}. */
    default String id() {
        return info().id();
    }

    /** The default severity. */
    default Severity severity() {
        return info().severity();
    }
}
