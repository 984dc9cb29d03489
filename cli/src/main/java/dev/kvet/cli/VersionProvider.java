package dev.kvet.cli;

import dev.kvet.run.KvetVersion;
import dev.kvet.schema.SchemaLibrary;
import dev.kvet.schema.TargetVersion.MinorVersion;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** What {@code kvet --version} prints: kvet's version and the Kubernetes versions it can check against. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String kubernetes = SchemaLibrary.bundled().versions().stream()
                .map(MinorVersion::toString).collect(Collectors.joining(", "));
        return new String[] {"kvet " + KvetVersion.get(), "Kubernetes API versions bundled: " + kubernetes};
    }
}
