package dev.kvet.rules.code;

import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.object.KubeObject;
import java.util.List;

/**
 * A rule written in Java, for what a JSON Schema condition cannot say: arithmetic, name resolution, checks
 * across objects. One rule per class. Its id, severity and documentation live in its {@code rule.yaml}, like
 * every other rule; the class only finds the problems.
 */
public interface CodeRule {

    /** Examines one object on its own. */
    default void checkObject(KubeObject object, RuleFindings findings) {
    }

    /**
     * What {@link #checkAll} reads of each object: the run keeps only these facts once an object's own checks are
     * done.
     */
    default List<Indexer<?>> indexers() {
        return List.of();
    }

    /**
     * Whether what {@link #checkAll} finds holds when the run sees only part of the manifests (what a commit
     * changed): a contradiction between objects that are there does; that nothing of the files matches a selector
     * does not, and such a rule answers false so that a partial run skips it.
     */
    default boolean decidedByPartOfTheManifests() {
        return true;
    }

    /** Examines all objects of the run together, through the facts its indexers took. */
    default void checkAll(Manifests manifests, RuleFindings findings) {
    }
}
