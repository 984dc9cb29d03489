package dev.kvet.check;

import dev.kvet.finding.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * Makes one engine's {@link Check} for a run. Engines are found with {@link java.util.ServiceLoader}, so front
 * ends never name them: list an implementation in {@code META-INF/services/dev.kvet.check.CheckFactory}.
 */
public interface CheckFactory {

    /** The check for a run, or empty when the options leave this engine nothing to do. */
    Optional<Check> create(RunOptions options) throws CheckSetupException;

    /** Every rule the check can report, for listings and SARIF. */
    List<RuleInfo> rules();

    /**
     * Reads and prepares, ahead of {@link #create}, what the engine needs whatever the options; called on a
     * background thread while the front end starts, so it must be thread-safe and memoize what it makes.
     */
    default void preload() {
        rules();
    }
}
