package dev.kvet.schedule;

import dev.kvet.finding.Finding;
import dev.kvet.object.KubeObject;
import dev.kvet.schedule.inventory.Inventory;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pressure.Risk;
import dev.kvet.schedule.pressure.Risks;
import java.util.ArrayList;
import java.util.List;

/**
 * One dry run: the workloads expanded to pods, placed on the inventory, and the risks of the result.
 *
 * @param inventory the nodes
 * @param schedule  where every pod went
 * @param risks     pending pods and node pressure, as findings
 * @param findings  every finding: the inventory's, bad quantities in workloads, and the risks
 */
public record DryRun(Inventory inventory, Schedule schedule, List<Risk> risks, List<Finding> findings) {

    public DryRun {
        risks = List.copyOf(risks);
        findings = List.copyOf(findings);
    }

    /** Schedules the workloads among the objects on the inventory. */
    public static DryRun of(Inventory inventory, List<KubeObject> objects) {
        List<Finding> findings = new ArrayList<>(inventory.findings());
        List<Pod> pods = WorkloadPods.expand(objects, inventory.nodes(), findings::add);
        Schedule schedule = new Scheduler().schedule(inventory.nodes(), pods);
        List<Risk> risks = Risks.of(schedule);
        risks.forEach(risk -> findings.add(risk.finding()));
        return new DryRun(inventory, schedule, risks, findings);
    }
}
