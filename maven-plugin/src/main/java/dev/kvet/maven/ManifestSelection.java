package dev.kvet.maven;

import dev.kvet.source.Source;
import dev.kvet.source.SourceCollector;
import dev.kvet.source.SourceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifests of a project: every YAML and JSON file under the source folders, narrowed by the include globs
 * (relative to their source folder) and without what the exclude globs name.
 */
final class ManifestSelection {

    /** The manifests chosen, and what was skipped along the way. */
    record Selected(List<Source> sources, List<String> warnings) {
    }

    private final List<PathMatcher> includes = new ArrayList<>();
    private final SourceCollector collector;

    ManifestSelection(List<String> includeGlobs, List<String> excludeGlobs) {
        for (String glob : includeGlobs) {
            includes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
        this.collector = new SourceCollector(excludeGlobs);
    }

    /** The manifests under these folders (or these files), in a stable order. */
    Selected select(List<Path> roots) throws SourceException {
        List<Source> sources = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path root : roots) {
            SourceCollector.Collected collected = collector.collect(List.of(root.toString()));
            warnings.addAll(collected.warnings());
            for (Source source : collected.sources()) {
                if (included(root, source.path())) {
                    sources.add(source);
                }
            }
        }
        return new Selected(sources, warnings);
    }

    private boolean included(Path root, Path file) {
        if (includes.isEmpty() || !Files.isDirectory(root)) {
            return true;
        }
        Path relative = root.relativize(file);
        return includes.stream().anyMatch(matcher -> matcher.matches(relative));
    }
}
