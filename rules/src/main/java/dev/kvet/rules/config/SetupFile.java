package dev.kvet.rules.config;

import dev.kvet.check.CheckSetupException;
import dev.kvet.document.ManifestParser;
import dev.kvet.document.ParsedFile;
import dev.kvet.finding.Finding;
import dev.kvet.location.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A YAML file of the user's that a run's set-up reads (the configuration, a custom rule): any flaw stops the run. */
public final class SetupFile {

    private SetupFile() {
    }

    /**
     * The file's YAML documents.
     *
     * @param what what the file is, for the error ("configuration", "custom rule")
     * @throws CheckSetupException when the file cannot be read or is no valid YAML, naming the place
     */
    public static ParsedFile parse(Path file, String what) throws CheckSetupException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CheckSetupException("cannot read " + what + " " + file + ": " + e.getMessage(), e);
        }
        ParsedFile parsed = new ManifestParser().parse(file.toString(), bytes);
        if (!parsed.findings().isEmpty()) {
            Finding first = parsed.findings().get(0);
            throw error(file, first.span(), first.message());
        }
        return parsed;
    }

    /** The one-line error about a place in the file: {@code FILE:LINE:COLUMN: message}. */
    public static CheckSetupException error(Path file, Span span, String message) {
        return new CheckSetupException(file + ":" + span.line() + ":" + span.column() + ": " + message);
    }
}
