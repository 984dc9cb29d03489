package dev.kvet.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input of a run: a file, or standard input.
 *
 * @param name         how the user named it (relative stays relative; {@code -} for standard input)
 * @param path         the file, or null for standard input
 * @param notAManifest why the file is read as no manifest (a Helm chart's values, a kustomize patch), or null
 */
public record Source(String name, Path path, NotAManifest notAManifest) {

    /** The name standard input goes by. */
    public static final String STDIN = "-";

    /** A file or standard input to read as manifests. */
    public Source(String name, Path path) {
        this(name, path, null);
    }

    /** Standard input as a source. */
    public static Source stdin() {
        return new Source(STDIN, null);
    }

    /** Reads the whole input, refusing to read more than {@code limit + 1} bytes so huge inputs stay bounded. */
    public byte[] read(int limit) throws IOException {
        if (path == null) {
            return readBounded(System.in, limit);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return readBounded(in, limit);
        }
    }

    private static byte[] readBounded(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit + 1);
    }
}
