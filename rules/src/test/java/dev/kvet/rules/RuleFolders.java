package dev.kvet.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The rule folders of the source tree, the truth that the catalogue on the class path must match. */
final class RuleFolders {

    static final Path ROOT = Path.of("src/main/resources/kvet/rules");

    private RuleFolders() {
    }

    /** Every {@code category/name} folder, sorted. */
    static List<Path> all() {
        try (Stream<Path> categories = Files.list(ROOT)) {
            return categories.filter(Files::isDirectory).flatMap(RuleFolders::children).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule id of a folder. */
    static String id(Path folder) {
        return ROOT.relativize(folder).toString().replace('\\', '/');
    }

    /** The files of a folder, by name, sorted. */
    static List<String> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> children(Path category) {
        try (Stream<Path> rules = Files.list(category)) {
            return rules.filter(Files::isDirectory).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
