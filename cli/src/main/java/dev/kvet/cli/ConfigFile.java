package dev.kvet.cli;

import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.rules.config.KvetConfig;

/** The {@code .kvet.yaml} a command runs under; a broken one is a usage error (exit 2) on one line. */
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
}
