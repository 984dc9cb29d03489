package dev.kvet.rules.code;

import dev.kvet.check.IndexedObject;
import dev.kvet.finding.Finding;
import dev.kvet.finding.Severity;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.object.Place;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Where a code rule reports: it knows the rule's id, configured severity and parameters. */
public final class RuleFindings {

    private final String rule;
    private final Severity severity;
    private final Map<String, Object> parameters;
    private final Consumer<Finding> sink;
    private final Set<String> assumedPresent;
    private final boolean partial;
    private final int kubernetesMinor;

    /** Findings of one rule at one severity, going to {@code sink}. */
    public RuleFindings(String rule, Severity severity, Map<String, Object> parameters, Consumer<Finding> sink) {
        this(rule, severity, parameters, sink, Set.of(), false);
    }

    /**
     * Findings of one rule at one severity, going to {@code sink}, in a run that takes some objects as present and
     * that may see only part of the manifests ({@link dev.kvet.check.RunOptions#partial()}).
     */
    public RuleFindings(String rule, Severity severity, Map<String, Object> parameters, Consumer<Finding> sink,
                        Set<String> assumedPresent, boolean partial) {
        this(rule, severity, parameters, sink, assumedPresent, partial, Integer.MAX_VALUE);
    }

    private RuleFindings(String rule, Severity severity, Map<String, Object> parameters, Consumer<Finding> sink,
                         Set<String> assumedPresent, boolean partial, int kubernetesMinor) {
        this.rule = rule;
        this.severity = severity;
        this.parameters = Map.copyOf(parameters);
        this.sink = sink;
        this.assumedPresent = Set.copyOf(assumedPresent);
        this.partial = partial;
        this.kubernetesMinor = kubernetesMinor;
    }

    /**
     * Whether an object the files lack may exist all the same: the user said so ({@code --assume-present} or
     * {@code assumePresent} in the configuration), a kustomization generates it, or the run sees only part of the
     * manifests. References to it are not findings.
     */
    public boolean assumedPresent(String kind, String name) {
        return partial || assumedPresent.contains(kind + "/" + name);
    }

    /**
     * The same findings for a run whose files also make these objects, as {@code Kind/name}: objects a build tool
     * generates ({@link dev.kvet.check.Manifests#generated()}) are present once built.
     */
    public RuleFindings alsoPresent(Set<String> generated) {
        if (generated.isEmpty()) {
            return this;
        }
        Set<String> present = new HashSet<>(assumedPresent);
        present.addAll(generated);
        return new RuleFindings(rule, severity, parameters, sink, present, partial, kubernetesMinor);
    }

    /** The same findings, in a run that targets Kubernetes 1.{@code minor}. */
    public RuleFindings forKubernetes(int minor) {
        return new RuleFindings(rule, severity, parameters, sink, assumedPresent, partial, minor);
    }

    /**
     * The minor version of the Kubernetes the run targets (1.minor), for rules whose truth depends on it, such as
     * what "latest" means to an admission plugin; {@link Integer#MAX_VALUE} when the run does not say.
     */
    public int kubernetesMinor() {
        return kubernetesMinor;
    }

    /**
     * Whether the run sees only part of the manifests (what a commit changed): that no pod of the files matches a
     * selector proves nothing then, while a contradiction between files that are there still does.
     */
    public boolean partial() {
        return partial;
    }

    /** Reports a problem located at the key of the field the pointer (relative to the object) names. */
    public void atKey(KubeObject object, JsonPointer pointer, String message, String hint) {
        sink.accept(object.findingAtKey(pointer, severity, rule, message, hint));
    }

    /** Reports a problem located at the value the pointer (relative to the object) names. */
    public void atValue(KubeObject object, JsonPointer pointer, String message, String hint) {
        sink.accept(object.findingAtValue(pointer, severity, rule, message, hint));
    }

    /** Reports a problem at a place of an object that an indexer kept. */
    public void at(IndexedObject object, Place place, String message, String hint) {
        sink.accept(object.finding(place, severity, rule, message, hint));
    }

    /** A parameter of the rule as configured, or its default. */
    public int intParameter(String name, int defaultValue) {
        Object value = parameters.get(name);
        return value instanceof Number number ? number.intValue() : defaultValue;
    }

    /** A parameter of the rule as configured, or its default. */
    public String stringParameter(String name, String defaultValue) {
        Object value = parameters.get(name);
        return value == null ? defaultValue : value.toString();
    }

    /** The rule's id. */
    public String rule() {
        return rule;
    }
}
