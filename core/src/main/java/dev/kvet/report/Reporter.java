package dev.kvet.report;

import dev.kvet.run.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints a run's report in one format. */
public interface Reporter {

    /** Writes the whole report to {@code out}. */
    void write(Report report, PrintWriter out);

    /** Writes the whole report to a UTF-8 file, creating its folder when needed. */
    default void writeFile(Report report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            write(report, out);
            if (out.checkError()) {
                throw new IOException("write failed");
            }
        }
    }
}
