package dev.kvet.source;

import dev.kvet.document.LocatedDocument;
import dev.kvet.document.ManifestParser;
import dev.kvet.document.ParsedFile;
import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tells the files of kustomize that are no manifests: kustomization files, and the files they name as patches,
 * generator inputs or transformer configurations. A file may be named by the kustomization of its own folder,
 * of any folder above it or of a subfolder of the two folders above it, or by any kustomization among the files
 * of the run.
 */
final class Kustomizations {

    /**
     * How many folders up the subfolders are searched too, for patches that an overlay names in a sibling folder
     * ({@code ../common/patch.yaml}) when only the patch is checked, as a pre-commit hook does.
     */
    private static final int SIBLING_LEVELS = 2;

    /** The names kustomize looks for in a folder. */
    static final Set<String> FILE_NAMES = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private final Map<Path, Optional<Kustomization>> read = new HashMap<>();
    private final Map<Path, Optional<Kustomization>> ofFolder = new HashMap<>();
    private final Map<Path, List<Path>> subfolders = new HashMap<>();

    /** Whether a file name is one kustomize reads as a kustomization. */
    static boolean isKustomizationName(Path file) {
        return file.getFileName() != null && FILE_NAMES.contains(file.getFileName().toString());
    }

    /** Reads a kustomization among the run's files up front, so that files it names elsewhere are known. */
    void remember(Path kustomization) {
        kustomization(kustomization.toAbsolutePath().normalize());
    }

    /** Why the file is kustomize's input rather than a manifest, if it is; {@code name} is how the user named it. */
    Optional<NotAManifest> notAManifest(Path file, String name) {
        Path absolute = file.toAbsolutePath().normalize();
        String shown = String.valueOf(absolute.getFileName());
        if (isKustomizationName(absolute)) {
            Optional<Kustomization> self = kustomization(absolute);
            return self.map(kustomization -> new NotAManifest(SourceRule.KUSTOMIZE_FILE.about(name, shown
                    + " configures kustomize; it is not a manifest, so it was not checked (the resources it lists are "
                    + "checked where they are)", buildHint(kustomization)), kustomization.generated()));
        }
        List<Path> candidates = new ArrayList<>();
        int level = 0;
        for (Path folder = absolute.getParent(); folder != null; folder = folder.getParent(), level++) {
            candidates.add(folder);
            if (level > 0 && level <= SIBLING_LEVELS) {
                candidates.addAll(subfolders(folder));
            }
        }
        for (Path folder : candidates) {
            Optional<NotAManifest> named = namedBy(ofFolder(folder), absolute, name, shown);
            if (named.isPresent()) {
                return named;
            }
        }
        for (Optional<Kustomization> known : List.copyOf(read.values())) {
            Optional<NotAManifest> named = namedBy(known, absolute, name, shown);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    private static Optional<NotAManifest> namedBy(Optional<Kustomization> kustomization, Path file, String name, String shown) {
        if (kustomization.isEmpty() || !kustomization.get().inputs().containsKey(file)) {
            return Optional.empty();
        }
        Kustomization by = kustomization.get();
        return Optional.of(new NotAManifest(SourceRule.KUSTOMIZE_FILE.about(name, shown + " is " + by.inputs().get(file)
                + " that " + ShownPath.of(by.file()) + " names, not a manifest of its own, so it was not checked",
                buildHint(by)), List.of()));
    }

    private static String buildHint(Kustomization kustomization) {
        return "check what kustomize builds instead: kustomize build " + ShownPath.of(kustomization.file().getParent())
                + " | kvet check -";
    }

    private List<Path> subfolders(Path folder) {
        return subfolders.computeIfAbsent(folder, dir -> {
            try (Stream<Path> children = Files.list(dir)) {
                return children.filter(Files::isDirectory).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                return List.of();
            }
        });
    }

    private Optional<Kustomization> ofFolder(Path folder) {
        return ofFolder.computeIfAbsent(folder, dir -> FILE_NAMES.stream().sorted().map(dir::resolve)
                .filter(Files::isRegularFile).findFirst().flatMap(this::kustomization));
    }

    private Optional<Kustomization> kustomization(Path file) {
        return read.computeIfAbsent(file, Kustomizations::parse);
    }

    /** The kustomization in a file, or nothing when the file is no YAML map (the manifest checks then say so). */
    private static Optional<Kustomization> parse(Path file) {
        byte[] bytes;
        try {
            bytes = new Source(file.toString(), file).read(ManifestParser.MAX_FILE_BYTES);
        } catch (IOException e) {
            return Optional.empty();
        }
        ParsedFile parsed = new ManifestParser().parse(file.toString(), bytes);
        List<LocatedDocument> documents = parsed.documents();
        if (bytes.length > ManifestParser.MAX_FILE_BYTES || !parsed.findings().isEmpty() || documents.size() != 1
                || !(documents.get(0).root() instanceof YamlMap root)) {
            return Optional.empty();
        }
        return Optional.of(new Kustomization(file, KustomizationInputs.of(root, file.getParent()), generated(root)));
    }

    /** The ConfigMaps and Secrets the kustomization's generators make, as {@code Kind/name}. */
    private static List<String> generated(YamlMap root) {
        List<String> generated = new ArrayList<>();
        for (Map.Entry<String, String> generator : Map.of("configMapGenerator", "ConfigMap", "secretGenerator", "Secret")
                .entrySet()) {
            if (root.get(generator.getKey()) instanceof YamlList list) {
                for (YamlNode entry : list.items()) {
                    if (entry instanceof YamlMap map && map.get("name") instanceof YamlScalar name
                            && name.stringValue() != null) {
                        generated.add(generator.getValue() + "/" + name.stringValue());
                    }
                }
            }
        }
        generated.sort(null);
        return generated;
    }

    /**
     * A kustomization file, the files it names that are not manifests (each with what it is to kustomize), and
     * the objects its generators make.
     */
    record Kustomization(Path file, Map<Path, String> inputs, List<String> generated) {
    }
}
