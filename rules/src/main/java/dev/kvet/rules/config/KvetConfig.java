package dev.kvet.rules.config;

import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@code .kvet.yaml} asks for: which rules run and how severe they are, their parameters, paths where
 * rules do not apply, and run defaults (Kubernetes version, failure threshold, objects assumed present).
 *
 * @param file              the file it was read from, or null when there is none
 * @param kubernetesVersion the target Kubernetes version, or null
 * @param failOn            the failure threshold, or null
 * @param assumePresent     objects taken to exist in the cluster, as {@code Kind/name}
 * @param rules             settings by rule id
 * @param categories        whether each named category is on
 * @param excludes          paths where some or all rules do not apply
 * @param customRules       the user's own rule files and folders, as the file names them (relative to its folder)
 */
public record KvetConfig(Path file, String kubernetesVersion, Severity failOn, List<String> assumePresent,
                         Map<String, RuleSetting> rules, Map<String, Boolean> categories,
                         List<PathExclude> excludes, List<Path> customRules) {

    /** The name kvet looks for in the working directory and its parents. */
    public static final String FILE_NAME = ".kvet.yaml";

    public KvetConfig {
        assumePresent = List.copyOf(assumePresent);
        rules = Map.copyOf(rules);
        categories = Map.copyOf(categories);
        excludes = List.copyOf(excludes);
        customRules = List.copyOf(customRules);
    }

    /** No configuration: every rule at its defaults. */
    public static KvetConfig none() {
        return new KvetConfig(null, null, null, List.of(), Map.of(), Map.of(), List.of(), List.of());
    }

    /**
     * The configuration of a run: the file the options name, else the nearest {@code .kvet.yaml} in the working
     * directory or above it, else none.
     *
     * @throws CheckSetupException when the file is missing, unreadable or not a valid configuration
     */
    public static KvetConfig load(RunOptions options) throws CheckSetupException {
        Optional<Path> file = locate(options);
        return file.isPresent() ? ConfigReader.read(file.get()) : none();
    }

    /** The configuration file a run uses, if any. */
    public static Optional<Path> locate(RunOptions options) throws CheckSetupException {
        if (options.config() != null) {
            if (!Files.isRegularFile(options.config())) {
                throw new CheckSetupException("configuration file " + options.config() + " does not exist");
            }
            return Optional.of(options.config());
        }
        for (Path dir = options.workingDirectory().toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The failure threshold the configuration sets, if any. */
    public Optional<Severity> failOnSetting() {
        return Optional.ofNullable(failOn);
    }

    /** The Kubernetes version the configuration sets, if any. */
    public Optional<String> kubernetesVersionSetting() {
        return Optional.ofNullable(kubernetesVersion);
    }

    /** The custom rule files and folders, resolved against the configuration's folder. */
    public List<Path> customRulePaths() {
        return customRules.stream()
                .map(path -> file == null ? path : baseDirectory().resolve(path).normalize())
                .toList();
    }

    /** The folder that exclude globs are relative to, or null without a file. */
    public Path baseDirectory() {
        return file == null ? null : file.toAbsolutePath().getParent();
    }
}
