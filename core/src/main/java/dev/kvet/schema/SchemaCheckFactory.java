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
        return Optional.of(new SchemaCheck(library, target, CrdFiles.read(options.crds())));
    }

    @Override
    public List<RuleInfo> rules() {
        return Arrays.stream(SchemaRule.values()).map(SchemaRule::info).toList();
    }
}
