package dev.kvet.schema;

import dev.kvet.check.CheckSetupException;
import dev.kvet.document.LocatedDocument;
import dev.kvet.document.ManifestParser;
import dev.kvet.document.ParsedFile;
import dev.kvet.finding.Finding;
import dev.kvet.object.KubeObject;
import dev.kvet.object.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the CustomResourceDefinitions of {@code --crd FILE|DIR} arguments (folders: every .yaml, .yml, .json). */
final class CrdFiles {

    private CrdFiles() {
    }

    /** The CRD objects in the given files and folders, in path order. */
    static List<KubeObject> read(List<Path> paths) throws CheckSetupException {
        List<KubeObject> crds = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : files(path)) {
                crds.addAll(crdsIn(file));
            }
        }
        return crds;
    }

    private static List<Path> files(Path path) throws CheckSetupException {
        if (!Files.exists(path)) {
            throw new CheckSetupException("--crd " + path + ": no such file or folder");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().matches(".*\\.(ya?ml|json)"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new CheckSetupException("--crd " + path + ": cannot read the folder (" + e.getMessage() + ")", e);
        }
    }

    private static List<KubeObject> crdsIn(Path file) throws CheckSetupException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CheckSetupException("--crd " + file + ": cannot read it (" + e.getMessage() + ")", e);
        }
        ParsedFile parsed = new ManifestParser().parse(file.toString(), bytes);
        List<KubeObject> objects = new ArrayList<>();
        List<Finding> ignored = new ArrayList<>(); // problems of CRD files are not the checked manifests' problems
        ObjectReader reader = new ObjectReader();
        for (LocatedDocument document : parsed.documents()) {
            reader.read(document, objects, ignored);
        }
        return objects.stream().filter(CustomResourceDefinitions::isCrd).toList();
    }
}
