package dev.kvet.schedule.snapshot;

import dev.kvet.object.LabelSelector;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.PodAffinityTerm;
import java.util.List;
import java.util.Set;

/**
 * Which placed pods count for a topology spread constraint or a set of affinity terms: a pod counts when every
 * clause selects it. A value, so the snapshot can keep running counts per matcher.
 *
 * @param clauses the selectors, each with its namespaces
 */
public record PodMatcher(List<Clause> clauses) {

    /**
     * A selector restricted to namespaces.
     *
     * @param selector      the label selector
     * @param namespaces    the namespaces it looks in
     * @param allNamespaces whether it looks in every namespace
     */
    public record Clause(LabelSelector selector, Set<String> namespaces, boolean allNamespaces) {
    }

    public PodMatcher {
        clauses = List.copyOf(clauses);
    }

    /** Pods of one namespace that a selector picks (topology spreading counts these). */
    public static PodMatcher of(LabelSelector selector, String namespace) {
        return new PodMatcher(List.of(new Clause(selector, Set.of(namespace), false)));
    }

    /** Pods that every one of the terms selects. */
    public static PodMatcher allOf(List<PodAffinityTerm> terms) {
        return new PodMatcher(terms.stream()
                .map(term -> new Clause(term.selector(), term.namespaces(), term.allNamespaces())).toList());
    }

    /** Whether the pod counts. */
    public boolean matches(Pod pod) {
        for (Clause clause : clauses) {
            if (!(clause.allNamespaces || clause.namespaces.contains(pod.namespace()))
                    || !clause.selector.matches(pod.labels())) {
                return false;
            }
        }
        return true;
    }
}
