package dev.kvet.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A finding's file as CI tools want it: relative to the folder they run in, with {@code /} separators, so that
 * GitHub and GitLab can link it to the repository.
 *
 * @param relative whether {@link #path()} is relative to the base folder
 * @param path     the path with {@code /} separators; absolute when the file lies outside the base folder
 */
record ReportedPath(boolean relative, String path) {

    /** The file name a finding carries, seen from the base folder. */
    static ReportedPath of(String file, Path base) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return new ReportedPath(true, file);
        }
        if (!path.isAbsolute()) {
            return new ReportedPath(true, slashes(path.normalize()));
        }
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path normalized = path.normalize();
        if (normalized.startsWith(absoluteBase)) {
            return new ReportedPath(true, slashes(absoluteBase.relativize(normalized)));
        }
        return new ReportedPath(false, slashes(normalized));
    }

    /**
     * The file name a finding carries, named relative to {@code workingDirectory}, seen from {@code base}: for a
     * base that is not the working directory, such as a repository root above it.
     */
    static ReportedPath of(String file, Path workingDirectory, Path base) {
        try {
            return of(workingDirectory.resolve(file).toString(), base);
        } catch (InvalidPathException e) {
            return new ReportedPath(true, file);
        }
    }

    private static String slashes(Path path) {
        return path.toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}
