package dev.kvet.schedule.score;

import dev.kvet.schedule.inventory.Taint;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.Toleration;
import dev.kvet.schedule.snapshot.NodeInfo;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.List;

/**
 * TaintToleration's score (weight 3): favours nodes with fewer PreferNoSchedule taints the pod does not
 * tolerate, counting only tolerations whose effect is PreferNoSchedule or empty.
 */
public final class PreferNoScheduleTaints implements Score {

    @Override
    public int weight() {
        return 3;
    }

    @Override
    public long[] scores(Pod pod, Snapshot snapshot, List<NodeInfo> feasible) {
        List<Toleration> tolerations = pod.spec().tolerations().stream()
                .filter(t -> t.effect().isEmpty() || Taint.PREFER_NO_SCHEDULE.equals(t.effect())).toList();
        long[] counts = new long[feasible.size()];
        for (int i = 0; i < counts.length; i++) {
            for (Taint taint : feasible.get(i).node().taints()) {
                if (Taint.PREFER_NO_SCHEDULE.equals(taint.effect())
                        && tolerations.stream().noneMatch(t -> t.tolerates(taint))) {
                    counts[i]++;
                }
            }
        }
        return Score.normalize(counts, true);
    }
}
