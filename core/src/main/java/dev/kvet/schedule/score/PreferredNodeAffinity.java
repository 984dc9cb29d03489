package dev.kvet.schedule.score;

import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.PodSpec;
import dev.kvet.schedule.snapshot.NodeInfo;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.List;

/** NodeAffinity's score (weight 2): the summed weights of the preferred terms a node matches, normalized. */
public final class PreferredNodeAffinity implements Score {

    @Override
    public int weight() {
        return 2;
    }

    @Override
    public long[] scores(Pod pod, Snapshot snapshot, List<NodeInfo> feasible) {
        long[] sums = new long[feasible.size()];
        for (int i = 0; i < sums.length; i++) {
            for (PodSpec.PreferredNodeTerm preferred : pod.spec().preferredNodeTerms()) {
                if (preferred.weight() != 0 && preferred.term().matches(feasible.get(i).node())) {
                    sums[i] += preferred.weight();
                }
            }
        }
        return Score.normalize(sums, false);
    }
}
