package dev.kvet.check;

import dev.kvet.finding.Finding;
import dev.kvet.object.KubeObject;
import java.util.function.Consumer;

/**
 * Something that examines objects and reports findings: the schema engine, the rule engine, the scheduler.
 * Implementations must be safe to call from several threads at once for {@link #checkObject}.
 */
public interface Check {

    /** Examines one object on its own; called once per object, possibly in parallel. */
    default void checkObject(KubeObject object, Consumer<Finding> findings) {
    }

    /** Examines all objects of the run together (cross-resource checks); called once, after every checkObject. */
    default void checkAll(Manifests manifests, Consumer<Finding> findings) {
    }
}
