package dev.kvet.rules.code.reference;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.NamedReference;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A RoleBinding's or ClusterRoleBinding's roleRef must name a Role (of the binding's namespace) or ClusterRole of
 * the run; the ClusterRoles every cluster has (cluster-admin, admin, edit, view, system:*) are taken as present.
 */
public final class RoleBindingRole implements CodeRule {

    private static final JsonPointer ROLE_REF = JsonPointer.of("roleRef");
    private static final Set<String> BINDINGS = Set.of("RoleBinding", "ClusterRoleBinding");
    private static final Set<String> BUILT_IN_CLUSTER_ROLES = Set.of("cluster-admin", "admin", "edit", "view");
    /** The Role or ClusterRole a binding's roleRef names. */
    private static final Indexer<NamedReference> ROLE = binding -> {
        if (!BINDINGS.contains(binding.kind()) || !(binding.node(ROLE_REF) instanceof YamlMap roleRef)) {
            return null;
        }
        String kind = roleRef.string("kind");
        String name = roleRef.string("name");
        return name != null && ("Role".equals(kind) || "ClusterRole".equals(kind))
                ? new NamedReference(kind, name, binding.valuePlace(ROLE_REF.child("name"))) : null;
    };

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(ROLE);
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.objects().stream()
                .filter(object -> object.fact(ROLE) != null)
                .forEach(binding -> check(manifests, binding, binding.fact(ROLE), findings));
    }

    private static void check(Manifests manifests, IndexedObject binding, NamedReference role,
                              RuleFindings findings) {
        String kind = role.kind();
        String name = role.name();
        boolean builtIn = "ClusterRole".equals(kind)
                && (BUILT_IN_CLUSTER_ROLES.contains(name) || name.startsWith("system:"));
        if (builtIn || findings.assumedPresent(kind, name)) {
            return;
        }
        Optional<IndexedObject> found = "Role".equals(kind) ? NamedObjects.inNamespaceOf(manifests, binding, kind, name)
                : NamedObjects.clusterScoped(manifests, kind, name);
        if (found.isEmpty()) {
            findings.at(binding, role.at(), "the bound " + NamedObjects.notInFiles(kind, name),
                    NamedObjects.mayBeInCluster(kind, name));
        }
    }
}
