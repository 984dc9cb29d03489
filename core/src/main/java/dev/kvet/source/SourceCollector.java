package dev.kvet.source;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the manifests a user named: files as given, folders walked for {@code *.yaml}, {@code *.yml} and
 * {@code *.json} (hidden files and folders skipped), {@code -} for standard input; in a stable order. Files of Helm charts
 * and kustomizations that are not manifests (values, patches, …) stay sources, marked with why.
 */
public final class SourceCollector {

    /** The sources found, and what was skipped along the way (symlink loops, unreadable folders). */
    public record Collected(List<Source> sources, List<String> warnings) {
    }

    private final List<PathMatcher> excludes = new ArrayList<>();

    /** A collector that leaves out paths matching any of the globs (e.g. {@code **}{@code /templates/**}). */
    public SourceCollector(List<String> excludeGlobs) {
        for (String glob : excludeGlobs) {
            excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
    }

    /** Collects the sources of the given arguments; no argument means the current folder. */
    public Collected collect(List<String> arguments) throws SourceException {
        List<Source> sources = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> args = arguments.isEmpty() ? List.of(".") : arguments;
        for (String argument : args) {
            if (Source.STDIN.equals(argument)) {
                sources.add(Source.stdin());
                continue;
            }
            Path path = Path.of(argument);
            if (!Files.exists(path)) {
                throw new SourceException("no such file or folder: " + argument);
            }
            if (Files.isDirectory(path)) {
                walk(path, sources, warnings);
            } else if (!excluded(path)) {
                sources.add(new Source(argument, path));
            }
        }
        return new Collected(withoutToolFiles(sources), warnings);
    }

    /**
     * Marks the files of Helm charts and kustomizations that are not manifests, so that they are reported once
     * and not checked as objects; every kustomization among the sources is read first, since it may name a
     * patch in another folder.
     */
    private static List<Source> withoutToolFiles(List<Source> sources) {
        HelmCharts charts = new HelmCharts();
        Kustomizations kustomizations = new Kustomizations();
        sources.stream().map(Source::path).filter(path -> path != null && Kustomizations.isKustomizationName(path))
                .forEach(kustomizations::remember);
        List<Source> marked = new ArrayList<>();
        for (Source source : sources) {
            Optional<NotAManifest> why = source.path() == null ? Optional.empty()
                    : kustomizations.notAManifest(source.path(), source.name())
                            .or(() -> charts.notAManifest(source.path(), source.name()))
                            .or(() -> ComposeFiles.notAManifest(source.path(), source.name()));
            marked.add(why.map(reason -> new Source(source.name(), source.path(), reason)).orElse(source));
        }
        return marked;
    }

    private void walk(Path root, List<Source> sources, List<String> warnings) throws SourceException {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                            return hidden || excluded(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            // Hidden files are tools' settings (.gitlab-ci.yml, .pre-commit-config.yaml, .kvet.yaml),
                            // as hidden folders are: a walk passes them by, a file named on purpose is read.
                            boolean hidden = file.getFileName().toString().startsWith(".");
                            if (attrs.isRegularFile() && !hidden && isManifestName(file) && !excluded(file)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String why = e instanceof FileSystemLoopException ? "a symbolic link loop"
                                    : "it cannot be read (" + e.getClass().getSimpleName() + ")";
                            warnings.add("skipped " + file + ": " + why);
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new SourceException("cannot read folder " + root + ": " + e.getMessage());
        }
        found.sort(null);
        for (Path file : found) {
            sources.add(new Source(file.toString(), file));
        }
    }

    private boolean excluded(Path path) {
        Path normalized = path.normalize();
        for (PathMatcher matcher : excludes) {
            if (matcher.matches(path) || matcher.matches(normalized)
                    || (path.getFileName() != null && matcher.matches(path.getFileName()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isManifestName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
