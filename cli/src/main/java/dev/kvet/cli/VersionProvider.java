package dev.kvet.cli;

import dev.kvet.run.KvetVersion;
import dev.kvet.schema.SchemaLibrary;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** What {@code kvet --version} prints: kvet's version and the Kubernetes versions whose schemas it bundles. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String kubernetes = SchemaLibrary.bundled().versions().stream().map(Object::toString)
                .collect(Collectors.joining(", "));
        return new String[] {"kvet " + KvetVersion.get(), "Kubernetes schemas: " + kubernetes};
    }
}
