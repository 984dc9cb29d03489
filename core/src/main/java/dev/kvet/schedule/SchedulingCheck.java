package dev.kvet.schedule;

import dev.kvet.check.Check;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.finding.Finding;
import dev.kvet.object.KubeObject;
import dev.kvet.schedule.inventory.Inventory;
import dev.kvet.workload.PodTemplate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The scheduler as a check: schedules every workload of the run on the inventory and reports the risks. */
public final class SchedulingCheck implements Check {

    /**
     * The objects the dry run reads, kept whole: workloads, whose pods are placed and report at their own fields,
     * and PriorityClasses.
     */
    private static final Indexer<KubeObject> SCHEDULED = object ->
            "PriorityClass".equals(object.kind()) || PodTemplate.of(object).isPresent() ? object : null;

    private final Inventory inventory;
    private final Consumer<DryRun> results;

    /** A check over an inventory; {@code results} hears the dry run (front ends that print placements use it). */
    public SchedulingCheck(Inventory inventory, Consumer<DryRun> results) {
        this.inventory = inventory;
        this.results = results;
    }

    @Override
    public List<Indexer<?>> indexers() {
        return List.of(SCHEDULED);
    }

    @Override
    public void checkAll(Manifests manifests, Consumer<Finding> findings) {
        List<KubeObject> objects = manifests.objects().stream().map(object -> object.fact(SCHEDULED))
                .filter(Objects::nonNull).toList();
        DryRun run = DryRun.of(inventory, objects);
        run.findings().forEach(findings);
        results.accept(run);
    }
}
