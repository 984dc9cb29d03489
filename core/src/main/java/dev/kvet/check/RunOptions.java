package dev.kvet.check;

import java.nio.file.Path;
import java.util.List;

/**
 * What the user asked of a run, in a form every front end (CLI, Maven, git hook) fills alike.
 *
 * @param kubernetesVersion the target version such as {@code 1.36}, or null for the newest bundled
 * @param config            an explicit configuration file, or null to look for {@code .kvet.yaml}
 * @param workingDirectory  where to start looking for configuration
 * @param crds              CustomResourceDefinition files or folders
 * @param schemas           folders of custom resource JSON Schemas laid out like the CRDs-catalog
 *                          ({@code GROUP/KIND_VERSION.json}); the first folder that has a type's file wins
 * @param nodes             node inventory files or folders; empty means no scheduling
 * @param assumePresent     objects taken to exist in the cluster, as {@code Kind/name}
 * @param partial           whether the files are only part of the manifests (what a commit changed): objects and
 *                          pods they refer to may be in the files left out
 */
public record RunOptions(String kubernetesVersion, Path config, Path workingDirectory, List<Path> crds,
                         List<Path> schemas, List<Path> nodes, List<String> assumePresent, boolean partial) {

    public RunOptions {
        crds = List.copyOf(crds);
        schemas = List.copyOf(schemas);
        nodes = List.copyOf(nodes);
        assumePresent = List.copyOf(assumePresent);
    }

    /** Options without schema folders. */
    public RunOptions(String kubernetesVersion, Path config, Path workingDirectory, List<Path> crds, List<Path> nodes,
                      List<String> assumePresent, boolean partial) {
        this(kubernetesVersion, config, workingDirectory, crds, List.of(), nodes, assumePresent, partial);
    }

    /** Options of a run over the whole of the manifests. */
    public RunOptions(String kubernetesVersion, Path config, Path workingDirectory, List<Path> crds, List<Path> nodes,
                      List<String> assumePresent) {
        this(kubernetesVersion, config, workingDirectory, crds, nodes, assumePresent, false);
    }

    /** The options of a plain run in a working directory: newest Kubernetes, default configuration. */
    public static RunOptions defaults(Path workingDirectory) {
        return new RunOptions(null, null, workingDirectory, List.of(), List.of(), List.of());
    }
}
