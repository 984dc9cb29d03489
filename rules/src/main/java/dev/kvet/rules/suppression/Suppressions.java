package dev.kvet.rules.suppression;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.rules.config.Spelling;
import dev.kvet.finding.Finding;
import dev.kvet.finding.RuleInfo;
import dev.kvet.finding.Severity;
import dev.kvet.location.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies the suppressions written in the manifests to the findings of every engine, and reports those that
 * silence nothing or name no known rule, so that stale suppressions do not pile up.
 */
public final class Suppressions {

    /** The rule of suppressions that silence nothing. */
    public static final RuleInfo UNUSED = new RuleInfo("kvet/unused-suppression", Severity.INFO,
            "A suppression silences nothing",
            "A kvet.io/ignore annotation or # kvet:ignore comment names an unknown rule, or no finding of the rule "
                    + "stands where it applies. Remove it, or correct the rule id ('kvet rules' lists them).");

    /** What suppressions need of each object: the kvet.io/ignore annotation. */
    public static final List<Indexer<?>> INDEXERS = List.of(IgnoreAnnotations.INDEXER);

    private final Set<String> known;
    private final Predicate<String> active;

    /**
     * Suppressions checked against the rules of a run.
     *
     * @param known  every rule id of the run
     * @param active whether a rule runs in this configuration; suppressions of rules that are off are not reported
     */
    public Suppressions(Set<String> known, Predicate<String> active) {
        this.known = Set.copyOf(known);
        this.active = active;
    }

    /** The findings that no suppression silences, followed by one finding per useless suppression. */
    public List<Finding> apply(List<Finding> findings, Manifests manifests, Map<String, SourceText> texts) {
        Map<String, List<Suppression>> byFile = collect(manifests, texts);
        if (byFile.isEmpty()) {
            return findings;
        }
        Set<Suppression> used = new HashSet<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            boolean silenced = false;
            for (Suppression suppression : byFile.getOrDefault(finding.file(), List.of())) {
                if (suppression.silences(finding)) {
                    used.add(suppression);
                    silenced = true;
                }
            }
            if (!silenced) {
                kept.add(finding);
            }
        }
        byFile.values().forEach(suppressions -> suppressions.stream()
                .filter(suppression -> !used.contains(suppression))
                .map(this::unused)
                .filter(finding -> finding != null)
                .forEach(kept::add));
        return kept;
    }

    private static Map<String, List<Suppression>> collect(Manifests manifests, Map<String, SourceText> texts) {
        List<Suppression> all = new ArrayList<>();
        for (IndexedObject object : manifests.objects()) {
            List<Suppression> annotated = object.fact(IgnoreAnnotations.INDEXER);
            if (annotated != null) {
                all.addAll(annotated);
            }
        }
        for (SourceText text : texts.values()) {
            IgnoreComments.collect(text, all);
        }
        Map<String, List<Suppression>> byFile = new HashMap<>();
        all.forEach(suppression -> byFile.computeIfAbsent(suppression.file(), file -> new ArrayList<>()).add(suppression));
        return byFile;
    }

    /** The finding about a suppression that silenced nothing, or null when its rule is off anyway. */
    private Finding unused(Suppression suppression) {
        String rule = suppression.rule();
        String message;
        String hint;
        if (rule.isEmpty()) {
            message = suppression.origin() + " names no rule";
            hint = "name the rules it silences: # kvet:ignore category/rule-name";
        } else if (!known.contains(rule)) {
            message = suppression.origin() + " names unknown rule '" + rule + "'" + Spelling.suggest(rule, known);
            hint = "'kvet rules' lists the rule ids";
        } else if (active.test(rule)) {
            message = suppression.origin() + " silences " + rule + ", but no finding of it stands here";
            hint = "remove the suppression; the problem it silenced is gone";
        } else {
            return null;
        }
        return new Finding(suppression.file(), suppression.span(), UNUSED.severity(), UNUSED.id(), message, hint,
                suppression.pointer(), suppression.document(), suppression.object());
    }
}
