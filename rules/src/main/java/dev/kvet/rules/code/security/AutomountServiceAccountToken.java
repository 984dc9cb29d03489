package dev.kvet.rules.code.security;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.object.Place;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.Namespaces;
import dev.kvet.workload.PodTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A pod that gets a token for the Kubernetes API it may not need. The pod's automountServiceAccountToken decides,
 * else its ServiceAccount's; a ServiceAccount that a RoleBinding or ClusterRoleBinding of the files grants a role
 * calls the API, so its pods need the token.
 */
public final class AutomountServiceAccountToken implements CodeRule {

    private static final String FIELD = "automountServiceAccountToken";

    /**
     * What a pod says about its token.
     *
     * @param account its ServiceAccount
     * @param mount   its automountServiceAccountToken, or null when it leaves the choice to the account
     * @param at      where the field is written, else where the pod spec is
     */
    private record PodToken(String account, Boolean mount, Place at) {
    }

    private static final Indexer<PodToken> POD = object -> PodTemplate.of(object).map(pod -> {
        YamlMap spec = pod.spec();
        String account = spec == null ? null
                : spec.string("serviceAccountName") != null ? spec.string("serviceAccountName")
                : spec.string("serviceAccount");
        return new PodToken(account == null || account.isEmpty() ? "default" : account,
                spec == null ? null : bool(spec.get(FIELD)), object.keyPlace(pod.specField(FIELD)));
    }).orElse(null);
    /** What a ServiceAccount writes as automountServiceAccountToken, if anything. */
    private static final Indexer<Boolean> ACCOUNT = object ->
            "ServiceAccount".equals(object.kind()) ? bool(object.node(JsonPointer.of(FIELD))) : null;
    /** The ServiceAccounts a binding grants a role, as namespace/name. */
    private static final Indexer<List<String>> BOUND = AutomountServiceAccountToken::boundAccounts;

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(POD, ACCOUNT, BOUND);
    }

    /** No: the ServiceAccount and its bindings may be in the files a partial run leaves out. */
    @Override
    public boolean decidedByPartOfTheManifests() {
        return false;
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        Set<String> bound = new HashSet<>();
        for (String kind : List.of("RoleBinding", "ClusterRoleBinding")) {
            manifests.ofKind(kind).map(binding -> binding.fact(BOUND)).filter(Objects::nonNull).forEach(bound::addAll);
        }
        manifests.objects().forEach(pod -> {
            PodToken token = pod.fact(POD);
            if (token == null || Boolean.FALSE.equals(token.mount())
                    || bound.contains(Namespaces.of(pod) + "/" + token.account())) {
                return;
            }
            boolean accountDeclines = token.mount() == null && NamedObjects
                    .inNamespaceOf(manifests, pod, "ServiceAccount", token.account())
                    .map(account -> Boolean.FALSE.equals(account.fact(ACCOUNT))).orElse(false);
            if (!accountDeclines) {
                findings.at(pod, token.at(), pod.kind() + " '" + pod.name() + "' mounts a Kubernetes API token it may "
                        + "not need", "set spec.automountServiceAccountToken: false (or on ServiceAccount \""
                        + token.account() + "\") unless the pod calls the Kubernetes API");
            }
        });
    }

    private static List<String> boundAccounts(KubeObject binding) {
        boolean roleBinding = "RoleBinding".equals(binding.kind());
        if (!roleBinding && !"ClusterRoleBinding".equals(binding.kind())
                || !(binding.node(JsonPointer.of("subjects")) instanceof YamlList subjects)) {
            return null;
        }
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            if (subjects.get(i) instanceof YamlMap subject && "ServiceAccount".equals(subject.string("kind"))
                    && subject.string("name") != null) {
                String namespace = subject.string("namespace") != null ? subject.string("namespace")
                        : roleBinding && binding.namespace() != null ? binding.namespace() : "default";
                accounts.add(namespace + "/" + subject.string("name"));
            }
        }
        return accounts;
    }

    private static Boolean bool(YamlNode node) {
        return node instanceof YamlScalar scalar && scalar.value().value() instanceof Boolean value ? value : null;
    }
}
