package dev.kvet.schema;

import dev.kvet.document.YamlMap;
import dev.kvet.finding.Finding;
import dev.kvet.object.KubeObject;
import dev.kvet.schema.ApiLifecycle.RetiredApi;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether an object of a retired API can move to the replacement by changing its apiVersion alone: it must be
 * valid under the replacement's schema as it stands, and mean the same there. The schema tells the first; the
 * one known change of meaning without a change of schema is written here.
 */
final class ApiMigration {

    /** Objects larger than this are not tried; a migration is a convenience, not worth a second validation. */
    private static final long MAX_NODES = 100_000;

    private final SchemaLibrary library;
    private final TargetVersion target;
    private final KindIndex index;

    ApiMigration(SchemaLibrary library, TargetVersion target, KindIndex index) {
        this.library = library;
        this.target = target;
        this.index = index;
    }

    /** The finding about a retired API, with the fix to its replacement when changing apiVersion is enough. */
    Finding withFix(Finding finding, KubeObject object, RetiredApi api) {
        if (api.replacement() == null || object.root().expandedSize() > MAX_NODES || changesMeaning(object, api)) {
            return finding;
        }
        Optional<KnownKind> replacement = index.find(api.replacement(), object.kind());
        if (replacement.isEmpty()) {
            return finding;
        }
        // A tree of its own: KubernetesJson makes a new one on every call.
        ObjectNode json = (ObjectNode) KubernetesJson.of(object.root());
        json.put("apiVersion", api.replacement());
        if (!library.schema(target.bundled(), replacement.get()).validate(json).isEmpty()) {
            return finding;
        }
        return new SchemaFixes(object).rename(finding, object.apiVersion(), api.replacement());
    }

    /**
     * policy/v1beta1 reads an empty PodDisruptionBudget selector as no pods, policy/v1 as every pod of the
     * namespace (Kubernetes' API change notes for 1.21).
     */
    private static boolean changesMeaning(KubeObject object, RetiredApi api) {
        if (!api.apiVersion().equals("policy/v1beta1") || !"PodDisruptionBudget".equals(object.kind())) {
            return false;
        }
        YamlMap spec = object.root().map("spec");
        YamlMap selector = spec == null ? null : spec.map("selector");
        return selector == null || selector.entries().isEmpty();
    }
}
