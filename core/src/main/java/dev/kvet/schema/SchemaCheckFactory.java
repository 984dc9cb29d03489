package dev.kvet.schema;

import dev.kvet.check.Check;
import dev.kvet.check.CheckFactory;
import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.finding.RuleInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Plugs the schema engine into every run (declared in {@code META-INF/services/dev.kvet.check.CheckFactory}). */
public final class SchemaCheckFactory implements CheckFactory {

    @Override
    public Optional<Check> create(RunOptions options) throws CheckSetupException {
        SchemaLibrary library = SchemaLibrary.bundled();
        TargetVersion target = TargetVersion.resolve(options.kubernetesVersion(), library.versions());
        return Optional.of(new SchemaCheck(library, target, CrdFiles.read(options.crds()),
                SchemaFolders.index(options.schemas())));
    }

    /** Reads the kind index of the newest bundled version, the default target, and when APIs were retired. */
    @Override
    public void preload() {
        SchemaLibrary library = SchemaLibrary.bundled();
        library.index(library.versions().get(library.versions().size() - 1));
        library.lifecycle();
    }

    @Override
    public List<RuleInfo> rules() {
        return Arrays.stream(SchemaRule.values()).map(SchemaRule::info).toList();
    }
}
