package dev.kvet.check;

import dev.kvet.finding.Finding;
import dev.kvet.finding.RuleInfo;
import dev.kvet.location.SourceText;
import dev.kvet.object.KubeObject;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Something that examines objects and reports findings: the schema engine, the rule engine, the scheduler.
 * Implementations must be safe to call from several threads at once for {@link #checkObject} and their indexers.
 */
public interface Check {

    /** Examines one object on its own; called once per object, possibly in parallel. */
    default void checkObject(KubeObject object, Consumer<Finding> findings) {
    }

    /**
     * What this check needs to remember of each object for {@link #checkAll} and {@link #review}: once an object's
     * own checks are done, the run keeps only these facts of it, not its tree.
     */
    default List<Indexer<?>> indexers() {
        return List.of();
    }

    /** Examines all objects of the run together (cross-resource checks); called once, after every checkObject. */
    default void checkAll(Manifests manifests, Consumer<Finding> findings) {
    }

    /**
     * Rules this check reports beyond those of its factory's {@link CheckFactory#rules()}: the ones the user's
     * configuration defines (custom rules), for reporters that describe every rule of a run.
     */
    default List<RuleInfo> configuredRules() {
        return List.of();
    }

    /**
     * Reviews the findings of every check once all have reported, and returns those to keep (plus any new
     * ones): where suppressions and configuration apply to all findings alike. Called once, after checkAll.
     *
     * @param texts the text of every file read, by file name
     */
    default List<Finding> review(List<Finding> findings, Manifests manifests, Map<String, SourceText> texts) {
        return findings;
    }
}
