package dev.kvet.cli;

import java.nio.file.Path;

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
}
