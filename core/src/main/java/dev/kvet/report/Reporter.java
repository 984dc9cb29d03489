package dev.kvet.report;

import dev.kvet.run.Report;
import java.io.PrintWriter;

/** Prints a run's report in one format. */
public interface Reporter {

    /** Writes the whole report to {@code out}. */
    void write(Report report, PrintWriter out);
}
