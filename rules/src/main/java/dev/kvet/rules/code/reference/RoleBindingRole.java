package dev.kvet.rules.code.reference;

import dev.kvet.check.Manifests;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import java.util.Optional;
import java.util.Set;

/**
 * A RoleBinding's or ClusterRoleBinding's roleRef must name a Role (of the binding's namespace) or ClusterRole of
 * the run; the ClusterRoles every cluster has (cluster-admin, admin, edit, view, system:*) are taken as present.
 */
public final class RoleBindingRole implements CodeRule {

    private static final JsonPointer ROLE_REF = JsonPointer.of("roleRef");
    private static final Set<String> BUILT_IN_CLUSTER_ROLES = Set.of("cluster-admin", "admin", "edit", "view");

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.objects().stream()
                .filter(object -> "RoleBinding".equals(object.kind()) || "ClusterRoleBinding".equals(object.kind()))
                .forEach(binding -> check(manifests, binding, findings));
    }

    private static void check(Manifests manifests, KubeObject binding, RuleFindings findings) {
        if (!(binding.node(ROLE_REF) instanceof YamlMap roleRef)) {
            return;
        }
        String kind = roleRef.string("kind");
        String name = roleRef.string("name");
        if (name == null || !("Role".equals(kind) || "ClusterRole".equals(kind))) {
            return;
        }
        boolean builtIn = "ClusterRole".equals(kind)
                && (BUILT_IN_CLUSTER_ROLES.contains(name) || name.startsWith("system:"));
        if (builtIn || findings.assumedPresent(kind, name)) {
            return;
        }
        Optional<KubeObject> role = "Role".equals(kind) ? NamedObjects.inNamespaceOf(manifests, binding, kind, name)
                : NamedObjects.clusterScoped(manifests, kind, name);
        if (role.isEmpty()) {
            findings.atValue(binding, ROLE_REF.child("name"), "the bound " + NamedObjects.notInFiles(kind, name),
                    NamedObjects.mayBeInCluster(kind, name));
        }
    }
}
