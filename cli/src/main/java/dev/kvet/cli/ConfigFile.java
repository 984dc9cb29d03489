package dev.kvet.cli;

import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.rules.config.KvetConfig;
import dev.kvet.rules.custom.CustomRules;
import dev.kvet.run.CheckRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
        return customRules(read(options));
    }

    /** The custom rules in these files and folders, without configuration. */
    static CustomRules customRules(List<Path> paths) {
        return customRules(new KvetConfig(null, null, null, List.of(), Map.of(), Map.of(), List.of(), paths));
    }

    private static CustomRules customRules(KvetConfig config) {
        try {
            return CustomRules.load(config, CheckRun.allRules());
        } catch (CheckSetupException e) {
            throw new UserError(e.getMessage());
        }
    }
}
