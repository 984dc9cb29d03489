package dev.kvet.report;

import dev.kvet.run.CheckRun;
import dev.kvet.run.Report;
import dev.kvet.source.Source;
import dev.kvet.source.SourceCollector;
import dev.kvet.source.SourceException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Reports of real runs over the fixtures in {@code src/test/resources/report/manifests}, for the reporter tests. */
final class SampleReports {

    /** The fixture folder, relative to the module, so file names in outputs are relative and stable. */
    static final String MANIFESTS = "src/test/resources/report/manifests";

    private SampleReports() {
    }

    /** A run of the YAML-level rules over the fixture folder. */
    static Report fixtures() {
        try {
            return run(new SourceCollector(List.of()).collect(List.of(MANIFESTS)).sources());
        } catch (SourceException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A run of the YAML-level rules over the given sources. */
    static Report run(List<Source> sources) {
        return CheckRun.of(List.of()).execute(sources, done -> { });
    }

    /** What a reporter prints for a report. */
    static String print(Reporter reporter, Report report) {
        StringWriter out = new StringWriter();
        try (PrintWriter writer = new PrintWriter(out)) {
            reporter.write(report, writer);
        }
        return out.toString();
    }
}
