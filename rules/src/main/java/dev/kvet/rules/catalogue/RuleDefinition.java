package dev.kvet.rules.catalogue;

import dev.kvet.finding.RuleInfo;
import dev.kvet.finding.Severity;
import dev.kvet.location.JsonPointer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One rule of the catalogue as its {@code rule.yaml} declares it: declarative (a JSON Schema condition that
 * passing targets satisfy) or code (a {@link dev.kvet.rules.code.CodeRule} class).
 *
 * @param id             {@code category/name}, the folder it lives in
 * @param title          one line saying what the rule catches
 * @param severity       the default severity
 * @param enabled        whether it runs unless configuration turns it off
 * @param targets        what it examines: {@code Container}, {@code PodSpec}, {@code PodTemplate} or kinds
 * @param kinds          the object kinds whose pods it examines; empty for every kind that runs pods
 * @param containers     the kinds of containers it examines ({@code init}, {@code sidecar}, {@code app},
 *                       {@code ephemeral}); empty for all
 * @param description    what it catches and why it matters
 * @param remediation    how to fix it; the hint of its findings
 * @param parameters     default parameter values, which configuration may override
 * @param condition      the JSON Schema a passing target satisfies, or null for a code rule
 * @param message        the message template of a declarative rule, or null
 * @param at             where a declarative rule's finding stands, relative to the target, or null
 * @param unlessPod      a JSON Schema on the pod spec: a container target of a pod that satisfies it passes (pod-level
 *                       resources that bound all its containers, a Windows pod), or null
 * @param implementation the class of a code rule, or null
 * @param fixtures       the names of its fixture files, sorted
 */
public record RuleDefinition(String id, String title, Severity severity, boolean enabled, List<RuleTarget> targets,
                             Set<String> kinds, Set<String> containers, String description, String remediation, Map<String, JsonNode> parameters,
                             JsonNode condition, String message, JsonPointer at, JsonNode unlessPod,
                             String implementation, List<String> fixtures) {

    public RuleDefinition {
        targets = List.copyOf(targets);
        kinds = Set.copyOf(kinds);
        containers = Set.copyOf(containers);
        parameters = Map.copyOf(parameters);
        fixtures = List.copyOf(fixtures);
    }

    /** Whether the rule examines this node of this object, as its {@code kinds} and {@code containers} say. */
    public boolean examines(String objectKind, RuleTarget.Node node) {
        return (kinds.isEmpty() || kinds.contains(objectKind))
                && (containers.isEmpty() || node.containerKind() == null || containers.contains(node.containerKind()));
    }

    /** Whether the rule is a JSON Schema condition rather than a Java class. */
    public boolean isDeclarative() {
        return condition != null;
    }

    /** The category: the part of the id before the slash. */
    public String category() {
        return id.substring(0, id.indexOf('/'));
    }

    /** What listings and SARIF show of the rule. */
    public RuleInfo info() {
        return new RuleInfo(id, severity, title, description + "\n\n" + remediation, enabled);
    }

    /** The fixtures that must fire ({@code fail*.yaml}). */
    public List<String> failingFixtures() {
        return fixtures.stream().filter(name -> name.startsWith("fail")).toList();
    }

    /** The fixtures that must stay clean ({@code pass*.yaml}). */
    public List<String> passingFixtures() {
        return fixtures.stream().filter(name -> name.startsWith("pass")).toList();
    }
}
