package dev.kvet.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestSelectionTest {

    @TempDir
    private Path root;

    @BeforeEach
    void manifests() throws IOException {
        for (String file : List.of("app.yaml", "prod/db.yml", "prod/templates/job.yaml", "notes.txt", "values.json")) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "kind: ConfigMap\n");
        }
    }

    @Test
    void takesEveryManifestWithoutIncludes() throws Exception {
        assertEquals(List.of("app.yaml", "prod/db.yml", "prod/templates/job.yaml", "values.json"),
                select(List.of(), List.of()));
    }

    @Test
    void includesAreRelativeToTheSourceFolder() throws Exception {
        assertEquals(List.of("prod/db.yml", "prod/templates/job.yaml"), select(List.of("prod/**"), List.of()));
    }

    @Test
    void excludesWinOverIncludes() throws Exception {
        assertEquals(List.of("prod/db.yml"), select(List.of("prod/**"), List.of("**/templates/**")));
    }

    private List<String> select(List<String> includes, List<String> excludes) throws Exception {
        List<Source> sources = new ManifestSelection(includes, excludes).select(List.of(root)).sources();
        return sources.stream().map(source -> root.relativize(source.path()).toString().replace('\\', '/')).toList();
    }
}
