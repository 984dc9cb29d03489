package dev.kvet.rules.code.support;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import dev.kvet.object.KubeObject;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The patch files that the Kustomizations of the run name: their objects are partial copies of objects declared
 * elsewhere, merged by kustomize, not objects of their own.
 */
public final class KustomizePatches {

    /** Takes the patch files a Kustomization names, resolved against its folder, as the run names files. */
    public static final Indexer<List<String>> INDEXER = KustomizePatches::patchFiles;

    private KustomizePatches() {
    }

    /** Tells the objects that come from a file that a Kustomization of the run names as a patch. */
    public static Predicate<IndexedObject> of(Manifests manifests) {
        Set<String> files = new HashSet<>();
        manifests.ofKind("Kustomization").map(kustomization -> kustomization.fact(INDEXER))
                .filter(patches -> patches != null).forEach(files::addAll);
        return object -> !files.isEmpty() && files.contains(normalized(object.file()));
    }

    private static List<String> patchFiles(KubeObject object) {
        if (!"Kustomization".equals(object.kind())) {
            return null;
        }
        List<String> files = new ArrayList<>();
        // patchesStrategicMerge holds file names or inline patches; patches and patchesJson6902 hold {path: ...}.
        for (YamlNode entry : items(object.root().list("patchesStrategicMerge"))) {
            if (entry instanceof YamlScalar scalar && scalar.stringValue() != null
                    && !scalar.stringValue().contains("\n")) {
                add(files, object.file(), scalar.stringValue());
            }
        }
        for (String field : List.of("patches", "patchesJson6902")) {
            for (YamlNode entry : items(object.root().list(field))) {
                if (entry instanceof YamlMap patch && patch.string("path") != null) {
                    add(files, object.file(), patch.string("path"));
                }
            }
        }
        return files.isEmpty() ? null : List.copyOf(files);
    }

    private static List<YamlNode> items(YamlList list) {
        return list == null ? List.of() : list.items();
    }

    private static void add(List<String> files, String kustomization, String patch) {
        try {
            Path folder = Path.of(kustomization).getParent();
            files.add(normalized(folder == null ? patch : folder.resolve(patch).toString()));
        } catch (InvalidPathException e) {
            // No file can have this name, so no object of the run comes from it.
        }
    }

    private static String normalized(String file) {
        return Path.of(file).normalize().toString();
    }
}
