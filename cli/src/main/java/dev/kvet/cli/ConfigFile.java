package dev.kvet.cli;

import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.rules.config.KvetConfig;
import dev.kvet.rules.custom.CustomRules;
import dev.kvet.run.CheckRun;

/**
 * The {@code .kvet.yaml} a command runs under and the custom rules it names; a broken one is a usage error
 * (exit 2) on one line.
 */
final class ConfigFile {

    private ConfigFile() {
    }

    /** The configuration named by the options, or the nearest {@code .kvet.yaml} above the working folder. */
    static KvetConfig read(RunOptions options) {
        try {
            return KvetConfig.load(options);
        } catch (CheckSetupException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The custom rules that configuration names, read and checked as a run would; none without configuration. */
    static CustomRules customRules(RunOptions options) {
        try {
            return CustomRules.load(KvetConfig.load(options), CheckRun.allRules());
        } catch (CheckSetupException e) {
            throw new UserError(e.getMessage());
        }
    }
}
