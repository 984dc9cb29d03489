package dev.kvet.schedule;

import dev.kvet.check.Check;
import dev.kvet.check.Manifests;
import dev.kvet.finding.Finding;
import dev.kvet.schedule.inventory.Inventory;
import java.util.function.Consumer;

/** The scheduler as a check: schedules every workload of the run on the inventory and reports the risks. */
public final class SchedulingCheck implements Check {

    private final Inventory inventory;
    private final Consumer<DryRun> results;

    /** A check over an inventory; {@code results} hears the dry run (front ends that print placements use it). */
    public SchedulingCheck(Inventory inventory, Consumer<DryRun> results) {
        this.inventory = inventory;
        this.results = results;
    }

    @Override
    public void checkAll(Manifests manifests, Consumer<Finding> findings) {
        DryRun run = DryRun.of(inventory, manifests.objects());
        run.findings().forEach(findings);
        results.accept(run);
    }
}
