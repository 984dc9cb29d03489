package dev.kvet.source;

import java.nio.file.Path;

/** How a folder kvet found on its own is shown to the user: relative to the working folder when inside it. */
final class ShownPath {

    private ShownPath() {
    }

    /** The folder relative to the working folder ("." for itself), or absolute when it lies outside. */
    static String of(Path absolute) {
        Path working = Path.of("").toAbsolutePath();
        if (!absolute.startsWith(working)) {
            return absolute.toString();
        }
        String relative = working.relativize(absolute).toString();
        return relative.isEmpty() ? "." : relative;
    }
}
