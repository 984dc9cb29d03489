package dev.kvet.source;

import dev.kvet.finding.Finding;
import java.util.List;

/**
 * Why a file is read as no manifest, and what objects the tool it belongs to makes of it.
 *
 * @param finding   the finding that says so, about the whole file
 * @param generates objects the tool generates from the file, as {@code Kind/name} (a kustomization's
 *                  configMapGenerator and secretGenerator), which the manifests may refer to
 */
public record NotAManifest(Finding finding, List<String> generates) {

    public NotAManifest {
        generates = List.copyOf(generates);
    }
}
