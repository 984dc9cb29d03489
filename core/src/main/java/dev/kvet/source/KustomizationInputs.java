package dev.kvet.source;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files a kustomization names that are kustomize's input rather than manifests, read from its fields as
 * kustomize defines them (kustomize's types.Kustomization): patches, generator inputs, transformer and
 * replacement configurations, Helm values. Resources, bases, components and CRDs are manifests or folders of
 * them, and are left to be checked.
 */
final class KustomizationInputs {

    private static final String PATCH = "a patch";

    private final Path folder;
    private final Map<Path, String> inputs = new LinkedHashMap<>();

    private KustomizationInputs(Path folder) {
        this.folder = folder;
    }

    /** The inputs of the kustomization {@code root}, whose paths are relative to {@code folder}. */
    static Map<Path, String> of(YamlMap root, Path folder) {
        KustomizationInputs found = new KustomizationInputs(folder);
        found.paths(root.get("patchesStrategicMerge"), PATCH);
        found.pathFields(root.get("patches"), "path", PATCH);
        found.pathFields(root.get("patchesJson6902"), "path", PATCH);
        found.pathFields(root.get("replacements"), "path", "a replacement configuration");
        found.paths(root.get("configurations"), "a transformer configuration");
        found.paths(root.get("transformers"), "a transformer configuration");
        found.paths(root.get("generators"), "a generator configuration");
        found.paths(root.get("validators"), "a validator configuration");
        found.generatorInputs(root.get("configMapGenerator"), "configMapGenerator");
        found.generatorInputs(root.get("secretGenerator"), "secretGenerator");
        found.pathFields(root.get("helmCharts"), "valuesFile", "a Helm values file");
        if (root.get("openapi") instanceof YamlMap openapi) {
            found.path(openapi.get("path"), "an OpenAPI schema");
        }
        return Map.copyOf(found.inputs);
    }

    private void generatorInputs(YamlNode generators, String field) {
        if (!(generators instanceof YamlList list)) {
            return;
        }
        String role = "an input of " + field;
        for (YamlNode generator : list.items()) {
            if (generator instanceof YamlMap map) {
                sourcesOfKeys(map.get("files"), role);
                paths(map.get("envs"), role);
                path(map.get("env"), role);
            }
        }
    }

    /** Generator files are written {@code path} or {@code key=path}. */
    private void sourcesOfKeys(YamlNode files, String role) {
        if (files instanceof YamlList list) {
            for (YamlNode file : list.items()) {
                if (file instanceof YamlScalar scalar && scalar.stringValue() != null) {
                    String entry = scalar.stringValue();
                    add(entry.substring(entry.indexOf('=') + 1), role);
                }
            }
        }
    }

    private void pathFields(YamlNode entries, String key, String role) {
        if (entries instanceof YamlList list) {
            for (YamlNode entry : list.items()) {
                if (entry instanceof YamlMap map) {
                    path(map.get(key), role);
                }
            }
        }
    }

    private void paths(YamlNode entries, String role) {
        if (entries instanceof YamlList list) {
            list.items().forEach(entry -> path(entry, role));
        }
    }

    /** A scalar naming a file; inline YAML (a patch or configuration written in place) spans lines and is none. */
    private void path(YamlNode node, String role) {
        if (node instanceof YamlScalar scalar && scalar.stringValue() != null && scalar.stringValue().indexOf('\n') < 0) {
            add(scalar.stringValue(), role);
        }
    }

    private void add(String path, String role) {
        try {
            inputs.putIfAbsent(folder.resolve(path.strip()).normalize(), role);
        } catch (InvalidPathException e) {
            // Not a path kustomize could open either; kustomize itself reports it.
        }
    }
}
