package dev.kvet.rules.code.reference;

/** A NetworkPolicy whose podSelector matches no pod of the run isolates nothing. */
public final class NetworkPolicySelector extends SelectorReach {

    /** The rule for NetworkPolicies. */
    public NetworkPolicySelector() {
        super("NetworkPolicy", "this policy applies to no pod; fix the podSelector or the pod template's labels");
    }
}
