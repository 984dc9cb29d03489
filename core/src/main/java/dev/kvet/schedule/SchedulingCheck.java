package dev.kvet.schedule;

import dev.kvet.check.Check;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.finding.Finding;
import dev.kvet.location.SourceText;
import dev.kvet.object.KubeObject;
import dev.kvet.schedule.inventory.Inventory;
import dev.kvet.schema.SchemaRule;
import dev.kvet.workload.PodTemplate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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

    /**
     * A quantity the schema engine refused (with advice on how to write it) is not reported a second time by the
     * scheduler; a run without the schema engine (or with its rule off) keeps the scheduler's finding.
     */
    @Override
    public List<Finding> review(List<Finding> findings, Manifests manifests, Map<String, SourceText> texts) {
        Set<String> refused = findings.stream()
                .filter(finding -> finding.rule().equals(SchemaRule.INVALID_VALUE.id()))
                .map(SchedulingCheck::place)
                .collect(Collectors.toSet());
        if (refused.isEmpty()) {
            return findings;
        }
        return findings.stream()
                .filter(finding -> !(finding.rule().equals(ScheduleRule.INVALID_QUANTITY.id())
                        && refused.contains(place(finding))))
                .toList();
    }

    private static String place(Finding finding) {
        return finding.file() + "#" + finding.document() + finding.pointer();
    }
}
