package dev.kvet.rules.code.reference;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.object.LabelSelector;
import dev.kvet.object.Place;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.Namespaces;
import dev.kvet.rules.code.support.PodFacts;
import dev.kvet.rules.code.support.SelectedPods;
import java.util.ArrayList;
import java.util.List;

/**
 * A NetworkPolicy rule that allows traffic from or to the pods of a podSelector (without a namespaceSelector, so
 * pods of the policy's own namespace) that matches no pod of the files allows nothing, usually because of a label
 * typo, and the traffic meant to pass is blocked.
 */
public final class NetworkPolicyPeer implements CodeRule {

    /**
     * One peer of the policy's own namespace chosen by a non-empty podSelector.
     *
     * @param ingress  whether it is a source of an ingress rule (else a destination of an egress rule)
     * @param selector its podSelector
     * @param at       where the podSelector is written
     */
    private record Peer(boolean ingress, LabelSelector selector, Place at) {
    }

    private static final Indexer<List<Peer>> PEERS = object -> {
        if (!"NetworkPolicy".equals(object.kind())) {
            return null;
        }
        List<Peer> peers = new ArrayList<>();
        addPeers(object, "ingress", "from", peers);
        addPeers(object, "egress", "to", peers);
        return peers.isEmpty() ? null : List.copyOf(peers);
    };

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(PEERS, PodFacts.INDEXER);
    }

    /** No: the pods a peer selects may be in the files a partial run leaves out. */
    @Override
    public boolean decidedByPartOfTheManifests() {
        return false;
    }

    @Override
    public void checkAll(Manifests manifests, RuleFindings findings) {
        manifests.ofKind("NetworkPolicy")
                .filter(policy -> policy.fact(PEERS) != null && SelectedPods.anyIn(manifests, policy))
                .forEach(policy -> policy.fact(PEERS).stream()
                        .filter(peer -> SelectedPods.of(manifests, policy, peer.selector()).isEmpty())
                        .forEach(peer -> report(policy, peer, findings)));
    }

    private static void report(IndexedObject policy, Peer peer, RuleFindings findings) {
        findings.at(policy, peer.at(), "NetworkPolicy \"" + policy.name() + "\" allows "
                        + (peer.ingress() ? "ingress from" : "egress to") + " pods with " + peer.selector()
                        + ", but no Pod or workload of namespace \"" + Namespaces.of(policy)
                        + "\" in the checked files has these labels",
                "fix the podSelector or the pod template's labels; for pods of another namespace, add a "
                        + "namespaceSelector to this peer");
    }

    /** The peers of every rule of one direction (spec.ingress[].from[] or spec.egress[].to[]). */
    private static void addPeers(KubeObject policy, String direction, String peersField, List<Peer> peers) {
        JsonPointer rulesAt = JsonPointer.of("spec", direction);
        for (int rule = 0; rule < items(policy, rulesAt).size(); rule++) {
            JsonPointer peersAt = rulesAt.child(rule).child(peersField);
            List<YamlNode> items = items(policy, peersAt);
            for (int index = 0; index < items.size(); index++) {
                LabelSelector selector = podsOfSameNamespace(items.get(index));
                if (selector != null && !selector.isEmpty()) {
                    peers.add(new Peer("ingress".equals(direction), selector,
                            policy.keyPlace(peersAt.child(index).child("podSelector"))));
                }
            }
        }
    }

    private static List<YamlNode> items(KubeObject policy, JsonPointer list) {
        return policy.node(list) instanceof YamlList items ? items.items() : List.of();
    }

    /** The podSelector of a peer that picks pods of the policy's own namespace (no namespaceSelector), or null. */
    private static LabelSelector podsOfSameNamespace(YamlNode peer) {
        return peer instanceof YamlMap fields && fields.get("podSelector") instanceof YamlMap podSelector
                && !(fields.get("namespaceSelector") instanceof YamlMap) ? LabelSelector.of(podSelector) : null;
    }
}
