package dev.kvet.schedule.score;

import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.snapshot.NodeInfo;
import dev.kvet.schedule.snapshot.Snapshot;
import java.util.List;

/** One of kube-scheduler's score plugins, with its weight in the default profile. */
public interface Score {

    /** kube-scheduler's highest node score. */
    long MAX_NODE_SCORE = 100;

    /** The plugin's weight in the default profile. */
    int weight();

    /** The normalized scores (0 to 100) of the feasible nodes, in their order. */
    long[] scores(Pod pod, Snapshot snapshot, List<NodeInfo> feasible);

    /** The score plugins of kube-scheduler's default profile with their default weights. */
    static List<Score> defaults() {
        return List.of(new PreferNoScheduleTaints(), new PreferredNodeAffinity(), new LeastAllocated(),
                new SoftTopologySpread(), new PreferredPodAffinity(), new BalancedAllocation());
    }

    /**
     * kube-scheduler's {@code DefaultNormalizeScore}: scales scores so the highest becomes 100, reversed when
     * lower raw scores are better; when every score is 0, reversed scores all become 100.
     */
    static long[] normalize(long[] scores, boolean reverse) {
        long max = 0;
        for (long score : scores) {
            max = Math.max(max, score);
        }
        long[] normalized = new long[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (max == 0) {
                normalized[i] = reverse ? MAX_NODE_SCORE : 0;
            } else {
                long scaled = MAX_NODE_SCORE * scores[i] / max;
                normalized[i] = reverse ? MAX_NODE_SCORE - scaled : scaled;
            }
        }
        return normalized;
    }
}
