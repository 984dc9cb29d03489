package dev.kvet.rules;

import dev.kvet.check.Check;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.document.JsonTree;
import dev.kvet.finding.Finding;
import dev.kvet.finding.RuleInfo;
import dev.kvet.location.JsonPointer;
import dev.kvet.location.SourceText;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.catalogue.RuleTarget;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.config.RulePolicy;
import dev.kvet.rules.declarative.DeclarativeRule;
import dev.kvet.rules.suppression.Suppressions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The rule engine of one run: the declarative and code rules that configuration turned on, then suppressions
 * and configuration applied to every engine's findings.
 */
final class RuleCheck implements Check {

    /** A code rule with how it reports. */
    record ActiveCodeRule(CodeRule rule, Function<Consumer<Finding>, RuleFindings> findings) {
    }

    private final Map<RuleTarget, List<DeclarativeRule>> declarative;
    /** The declarative targets that can select something in an object of a kind, in catalogue order. */
    private final Map<String, List<Map.Entry<RuleTarget, List<DeclarativeRule>>>> declarativeByKind =
            new ConcurrentHashMap<>();
    private final List<ActiveCodeRule> code;
    private final Suppressions suppressions;
    private final RulePolicy policy;
    private final List<RuleInfo> customRules;

    RuleCheck(Map<RuleTarget, List<DeclarativeRule>> declarative, List<ActiveCodeRule> code,
              Suppressions suppressions, RulePolicy policy, List<RuleInfo> customRules) {
        this.declarative = new LinkedHashMap<>(declarative);
        this.code = List.copyOf(code);
        this.suppressions = suppressions;
        this.policy = policy;
        this.customRules = List.copyOf(customRules);
    }

    /** The custom rules of the configuration. */
    @Override
    public List<RuleInfo> configuredRules() {
        return customRules;
    }

    @Override
    public void checkObject(KubeObject object, Consumer<Finding> findings) {
        // Targets nest (a pod template holds its pod spec, which holds the containers): the object is turned
        // into JSON once, and each target evaluates its part of that tree.
        JsonNode objectJson = null;
        for (Map.Entry<RuleTarget, List<DeclarativeRule>> targeted : declarativeOf(object.kind())) {
            for (RuleTarget.Node node : targeted.getKey().select(object)) {
                if (objectJson == null) {
                    objectJson = JsonTree.of(object.root());
                }
                JsonNode json = at(objectJson, node.pointer());
                for (DeclarativeRule rule : targeted.getValue()) {
                    rule.check(object, node, json, findings);
                }
            }
        }
        for (ActiveCodeRule active : code) {
            active.rule().checkObject(object, active.findings().apply(findings));
        }
    }

    /** The part of an object's JSON at a pointer to one of its nodes: what {@link JsonTree#of} gives for it. */
    private static JsonNode at(JsonNode objectJson, JsonPointer pointer) {
        JsonNode json = objectJson;
        for (String token : pointer.tokens()) {
            json = json.isArray() ? json.get(Integer.parseInt(token)) : json.get(token);
        }
        return json;
    }

    /** Workload shapes and the object's own kind: most rules target other kinds, and asking them costs. */
    private List<Map.Entry<RuleTarget, List<DeclarativeRule>>> declarativeOf(String kind) {
        if (kind == null) {
            return List.of();
        }
        return declarativeByKind.computeIfAbsent(kind, ofKind -> declarative.entrySet().stream()
                .filter(targeted -> targeted.getKey().shape() != null || targeted.getKey().kind().equals(ofKind))
                .toList());
    }

    @Override
    public List<Indexer<?>> indexers() {
        List<Indexer<?>> indexers = new ArrayList<>(Suppressions.INDEXERS);
        code.forEach(active -> indexers.addAll(active.rule().indexers()));
        return indexers;
    }

    @Override
    public void checkAll(Manifests manifests, Consumer<Finding> findings) {
        for (ActiveCodeRule active : code) {
            RuleFindings reported = active.findings().apply(findings).alsoPresent(manifests.generated());
            if (!reported.partial() || active.rule().decidedByPartOfTheManifests()) {
                active.rule().checkAll(manifests, reported);
            }
        }
    }

    @Override
    public List<Finding> review(List<Finding> findings, Manifests manifests, Map<String, SourceText> texts) {
        return policy.apply(suppressions.apply(findings, manifests, texts));
    }
}
