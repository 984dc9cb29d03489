package dev.kvet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One requested output: a format, printed to standard output or written to a file ({@code -o sarif=out.sarif}).
 *
 * @param format the format name
 * @param file   the file to write, or null for standard output
 */
record OutputTarget(String format, Path file) {

    /** Parses {@code FORMAT} or {@code FORMAT=FILE}. */
    static OutputTarget parse(String value) {
        int equals = value.indexOf('=');
        if (equals < 0) {
            return new OutputTarget(value, null);
        }
        String file = value.substring(equals + 1);
        if (file.isEmpty()) {
            throw new UserError("output '" + value + "' names no file after '='");
        }
        return new OutputTarget(value.substring(0, equals), Path.of(file));
    }

    /** Runs {@code body} on standard output or on the target file, creating its folder when needed. */
    void print(PrintWriter standardOutput, Consumer<PrintWriter> body) {
        if (file == null) {
            body.accept(standardOutput);
            standardOutput.flush();
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                body.accept(out);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage());
        }
    }
}
