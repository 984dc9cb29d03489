package dev.kvet.cli;

import dev.kvet.run.KvetVersion;
import picocli.CommandLine;

/** What {@code kvet --version} prints. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"kvet " + KvetVersion.get()};
    }
}
