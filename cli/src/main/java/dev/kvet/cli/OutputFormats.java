package dev.kvet.cli;

import dev.kvet.report.Reporters;
import java.util.Iterator;

/** The format names {@code -o} accepts, for its help text and shell completion. */
final class OutputFormats implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Reporters.names().iterator();
    }
}
