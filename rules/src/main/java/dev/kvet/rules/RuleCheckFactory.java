package dev.kvet.rules;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.kvet.check.Check;
import dev.kvet.check.CheckFactory;
import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.schema.SchemaLibrary;
import dev.kvet.schema.TargetVersion;
import dev.kvet.finding.RuleInfo;
import dev.kvet.finding.Severity;
import dev.kvet.rules.catalogue.Catalogue;
import dev.kvet.rules.catalogue.InvalidRuleException;
import dev.kvet.rules.catalogue.RuleDefinition;
import dev.kvet.rules.catalogue.RuleTarget;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.config.KvetConfig;
import dev.kvet.rules.config.RulePolicy;
import dev.kvet.rules.custom.CustomRules;
import dev.kvet.rules.declarative.DeclarativeRule;
import dev.kvet.rules.declarative.Parameters;
import dev.kvet.rules.suppression.Suppressions;
import dev.kvet.run.CheckRun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The rule engine: the catalogue's rules, configured by {@code .kvet.yaml}, plus suppressions. */
public final class RuleCheckFactory implements CheckFactory {

    @Override
    public Optional<Check> create(RunOptions options) throws CheckSetupException {
        KvetConfig config = KvetConfig.load(options);
        List<RuleInfo> known = CheckRun.allRules();
        return Optional.of(create(Catalogue.builtIn(), CustomRules.load(config, known), config, options, known));
    }

    /**
     * Compiles the conditions of every declarative rule with its default parameters, as most runs use them. The
     * validator's own set-up comes first, as it needs no rule: networknt's 2020-12 keywords, and Jackson's shared
     * mapper, with which networknt writes every {@code enum} value (about 50 ms of the JDK's calendar and locale
     * data). It overlaps the front end's start, and the catalogue is read by whichever thread asks first. The
     * conditions are compiled from the catalogue's end: a run whose {@link #create} starts before this is done
     * compiles from the front, so the two threads share the work instead of waiting on the same condition.
     */
    @Override
    public void preload() {
        ObjectNode anyEnum = JsonNodeFactory.instance.objectNode();
        anyEnum.putArray("enum").add("");
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(anyEnum).initializeValidators();
        List<RuleDefinition> rules = Catalogue.builtIn().rules();
        for (int i = rules.size() - 1; i >= 0; i--) {
            RuleDefinition rule = rules.get(i);
            if (rule.isDeclarative()) {
                DeclarativeRule.compile(rule, rule.severity(), rule.parameters());
            }
        }
    }

    @Override
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>();
        Catalogue.builtIn().rules().forEach(rule -> rules.add(rule.info()));
        rules.add(Suppressions.UNUSED);
        return rules;
    }

    /**
     * The engine for a catalogue, the user's custom rules and a configuration.
     *
     * @param builtIn every built-in rule of the run, for checking configuration and suppressions
     */
    static RuleCheck create(Catalogue catalogue, CustomRules custom, KvetConfig config, RunOptions options,
                            List<RuleInfo> builtIn) throws CheckSetupException {
        List<RuleDefinition> rules = new ArrayList<>(catalogue.rules());
        rules.addAll(custom.definitions());
        List<RuleInfo> known = new ArrayList<>(builtIn);
        known.addAll(custom.infos());
        Map<String, Map<String, JsonNode>> defaults = new HashMap<>();
        rules.forEach(rule -> defaults.put(rule.id(), rule.parameters()));
        RulePolicy policy = RulePolicy.of(config, known, defaults, options.workingDirectory());
        int kubernetesMinor = TargetVersion.resolve(options.kubernetesVersion(), SchemaLibrary.bundled().versions())
                .requested().minor();
        Set<String> assumedPresent = new LinkedHashSet<>(config.assumePresent());
        assumedPresent.addAll(options.assumePresent());
        // Immutable once, so that the RuleFindings made for every rule and object share it instead of copying it.
        Set<String> assumed = Set.copyOf(assumedPresent);
        Map<RuleTarget, List<DeclarativeRule>> declarative = new LinkedHashMap<>();
        List<RuleCheck.ActiveCodeRule> code = new ArrayList<>();
        for (RuleDefinition rule : rules) {
            if (!policy.enabled(rule.id())) {
                continue;
            }
            Severity severity = policy.severity(rule.id(), rule.severity());
            Map<String, JsonNode> parameters = policy.parameters(rule.id(), rule.parameters());
            if (rule.isDeclarative()) {
                DeclarativeRule compiled = compile(rule, severity, parameters, config);
                rule.targets().forEach(target -> declarative.computeIfAbsent(target, t -> new ArrayList<>()).add(compiled));
            } else {
                Map<String, Object> values = Map.copyOf(Parameters.toJava(parameters));
                code.add(new RuleCheck.ActiveCodeRule(instantiate(rule),
                        sink -> new RuleFindings(rule.id(), severity, values, sink, assumed, options.partial())
                                .forKubernetes(kubernetesMinor)));
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        known.forEach(info -> ids.add(info.id()));
        return new RuleCheck(declarative, code, new Suppressions(ids, policy::enabled), policy, custom.infos());
    }

    /** A rule compiled with its configured parameters: one that breaks the condition is the configuration's error. */
    private static DeclarativeRule compile(RuleDefinition rule, Severity severity, Map<String, JsonNode> parameters,
                                           KvetConfig config) throws CheckSetupException {
        try {
            return DeclarativeRule.compile(rule, severity, parameters);
        } catch (InvalidRuleException e) {
            throw new CheckSetupException((config.file() == null ? "configuration" : config.file()) + ": the "
                    + "parameters of " + rule.id() + " break its condition: " + e.reason());
        }
    }

    /** A new instance of a code rule's class. */
    static CodeRule instantiate(RuleDefinition rule) {
        try {
            Class<?> type = Class.forName(rule.implementation(), true, RuleCheckFactory.class.getClassLoader());
            if (!CodeRule.class.isAssignableFrom(type)) {
                throw new InvalidRuleException(rule.id() + "/rule.yaml", rule.implementation() + " is not a CodeRule");
            }
            return (CodeRule) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new InvalidRuleException(rule.id() + "/rule.yaml", "cannot create " + rule.implementation()
                    + " (" + e + "); a code rule needs a public no-argument constructor");
        }
    }
}
