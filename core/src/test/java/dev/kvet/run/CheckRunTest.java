package dev.kvet.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.check.Check;
import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.finding.Finding;
import dev.kvet.finding.Severity;
import dev.kvet.location.JsonPointer;
import dev.kvet.document.YamlMap;
import dev.kvet.object.KubeObject;
import dev.kvet.object.Place;
import dev.kvet.source.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckRunTest {

    @TempDir
    Path root;

    /** Reports every object once per object and once across objects, to see the ordering. */
    private static final class EveryName implements Check {
        @Override
        public void checkObject(KubeObject object, Consumer<Finding> findings) {
            findings.accept(object.findingAtValue(JsonPointer.parse("/metadata/name"), Severity.WARNING, "test/object",
                    "object " + object.name(), null));
        }

        private static final Indexer<Place> KIND = object -> object.keyPlace(JsonPointer.parse("/kind"));

        @Override
        public List<Indexer<?>> indexers() {
            return List.of(KIND);
        }

        @Override
        public void checkAll(Manifests manifests, Consumer<Finding> findings) {
            for (IndexedObject object : manifests.objects()) {
                findings.accept(object.finding(object.fact(KIND), Severity.INFO, "test/all", "seen " + object.name(),
                        null));
            }
        }
    }

    private Source write(String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.writeString(file, text);
        return new Source(name, file);
    }

    @Test
    void findingsFollowFileOrderThenReadingOrder() throws Exception {
        Source second = write("z.yaml", "kind: Pod\nmetadata:\n  name: z\n");
        Source first = write("a.yaml", "kind: Pod\nmetadata:\n  name: a1\n---\nkind: Pod\nmetadata:\n  name: a2\n");
        Report report = CheckRun.of(List.of(new EveryName())).execute(List.of(second, first), done -> { });
        List<String> order = report.findings().stream().map(f -> f.file() + ":" + f.span().line() + " " + f.rule()).toList();
        assertEquals(List.of(
                "z.yaml:1 schema/missing-api-version", "z.yaml:1 test/all",
                "z.yaml:3 test/object",
                "a.yaml:1 schema/missing-api-version", "a.yaml:1 test/all", "a.yaml:3 test/object",
                "a.yaml:5 schema/missing-api-version", "a.yaml:5 test/all", "a.yaml:7 test/object"), order);
        assertEquals(new Summary(2, 3, 3, 3, 3, 3), report.summary());
        assertEquals(1, report.exitCode(Severity.ERROR));
    }

    @Test
    void unreadableFilesAreAnIoErrorWithExitCodeTwo() throws Exception {
        Source locked = write("locked.yaml", "kind: Pod\n");
        Files.setPosixFilePermissions(locked.path(), PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked.path()), "running as a user who can read anything");
        Report report = CheckRun.of(List.of()).execute(List.of(locked), done -> { });
        assertEquals(List.of("cannot read locked.yaml: permission denied"), report.ioErrors());
        assertEquals(2, report.exitCode(Severity.ERROR));
    }

    @Test
    void sourcesThatCannotBeReadAreAnIoErrorEvenForRoot() throws Exception {
        Path folder = Files.createDirectory(root.resolve("folder.yaml"));
        Report report = CheckRun.of(List.of()).execute(List.of(new Source("folder.yaml", folder)), done -> { });
        assertEquals(1, report.ioErrors().size());
        assertTrue(report.ioErrors().get(0).startsWith("cannot read folder.yaml: "), report.ioErrors().get(0));
        assertEquals(2, report.exitCode(Severity.ERROR));
    }

    @Test
    void aRunKeepsTheTextOfFilesWithFindingsOnly() throws Exception {
        Source clean = write("clean.yaml", "apiVersion: v1\nkind: Pod\n");
        Source broken = write("broken.yaml", "a: [\n");
        Report report = CheckRun.of(List.of()).execute(List.of(clean, broken), done -> { });
        assertEquals(List.of("broken.yaml"), List.copyOf(report.texts().keySet()));
        assertTrue(report.hasFindingsAtLeast(Severity.ERROR));
    }

    /** Remembers every object's tree weakly, and in checkAll whether any tree outlived its file's checks. */
    private static final class TreeWatch implements Check {
        private final List<WeakReference<YamlMap>> trees = Collections.synchronizedList(new ArrayList<>());
        private int alive = -1;

        @Override
        public void checkObject(KubeObject object, Consumer<Finding> findings) {
            trees.add(new WeakReference<>(object.root()));
        }

        @Override
        public void checkAll(Manifests manifests, Consumer<Finding> findings) {
            for (int attempt = 0; attempt < 5 && living() > 0; attempt++) {
                System.gc();
            }
            alive = living();
        }

        private int living() {
            return (int) trees.stream().filter(tree -> tree.get() != null).count();
        }
    }

    @Test
    void theRunKeepsWhatIndexersTakeAndReleasesEveryTreeBeforeTheCrossResourceChecks() throws Exception {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sources.add(write("pod" + i + ".yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p" + i + "\n"));
        }
        TreeWatch watch = new TreeWatch();
        Report report = CheckRun.of(List.of(watch, new EveryName())).execute(sources, done -> { });
        assertEquals(20, watch.trees.size());
        assertEquals(0, watch.alive);
        assertEquals(20, report.findings().stream().filter(finding -> finding.rule().equals("test/all")).count());
    }
}
