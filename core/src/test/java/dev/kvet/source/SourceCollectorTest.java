package dev.kvet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCollectorTest {

    @TempDir
    Path root;

    private void touch(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "kind: Pod\n");
    }

    private List<String> names(SourceCollector.Collected collected) {
        return collected.sources().stream().map(source -> root.relativize(Path.of(source.name())).toString()).toList();
    }

    @Test
    void walksFoldersForManifestsInAStableOrderAndSkipsHiddenOnes() throws Exception {
        touch("b/deploy.yaml");
        touch("a/svc.yml");
        touch("a/data.json");
        touch("a/README.md");
        touch(".git/config.yaml");
        touch(".hidden/x.yaml");
        List<String> found = names(new SourceCollector(List.of()).collect(List.of(root.toString())));
        assertEquals(List.of("a/data.json", "a/svc.yml", "b/deploy.yaml"), found);
    }

    @Test
    void excludesMatchGlobs() throws Exception {
        touch("chart/templates/deploy.yaml");
        touch("chart/values.yaml");
        touch("app/deploy.yaml");
        List<String> found = names(new SourceCollector(List.of("**/templates/**", "values.yaml"))
                .collect(List.of(root.toString())));
        assertEquals(List.of("app/deploy.yaml"), found);
    }

    @Test
    void filesNamedExplicitlyAreTakenWhateverTheirExtension() throws Exception {
        touch("manifest.txt");
        String file = root.resolve("manifest.txt").toString();
        assertEquals(file, new SourceCollector(List.of()).collect(List.of(file)).sources().get(0).name());
    }

    @Test
    void aDashMeansStandardInput() throws Exception {
        Source source = new SourceCollector(List.of()).collect(List.of("-")).sources().get(0);
        assertEquals(Source.STDIN, source.name());
    }

    @Test
    void missingPathsAreAnError() {
        SourceException error = assertThrows(SourceException.class,
                () -> new SourceCollector(List.of()).collect(List.of(root.resolve("nope.yaml").toString())));
        assertTrue(error.getMessage().contains("nope.yaml"));
    }

    @Test
    void symbolicLinkLoopsAreSkippedWithAWarning() throws Exception {
        touch("app/deploy.yaml");
        Files.createSymbolicLink(root.resolve("app/loop"), root.resolve("app"));
        SourceCollector.Collected collected = new SourceCollector(List.of()).collect(List.of(root.toString()));
        assertEquals(List.of("app/deploy.yaml"), names(collected));
        assertEquals(1, collected.warnings().size());
        assertTrue(collected.warnings().get(0).contains("loop"));
    }
}
