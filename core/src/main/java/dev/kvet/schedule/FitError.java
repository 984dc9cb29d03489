package dev.kvet.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The message kube-scheduler gives a pod no node can take ({@code FitError.Error()} in
 * pkg/scheduler/framework/types.go): {@code 0/N nodes are available: } and the reasons, each with the number of
 * nodes that gave it, sorted as strings, joined with commas, ending with a period; or, when a PreFilter plugin
 * rejected the pod, that plugin's message.
 */
public final class FitError {

    private final int nodes;
    private final Map<String, Integer> histogram = new TreeMap<>();
    private String preFilterMessage;

    /** An empty tally over a number of nodes. */
    public FitError(int nodes) {
        this.nodes = nodes;
    }

    /** Counts the reasons one node gave. */
    public void add(List<String> reasons) {
        for (String reason : reasons) {
            histogram.merge(reason, 1, Integer::sum);
        }
    }

    /**
     * Records that a PreFilter plugin rejected the pod: every node gets its reason, and the message gives the
     * reason once, without a count.
     */
    public void preFilterFailed(String reason) {
        preFilterMessage = reason;
        for (int i = 0; i < nodes; i++) {
            add(List.of(reason));
        }
    }

    /** The histogram entries such as {@code 2 Insufficient memory}, sorted as Go's sort.Strings sorts them. */
    public List<String> reasons() {
        List<String> entries = new ArrayList<>();
        histogram.forEach((reason, count) -> entries.add(count + " " + reason));
        entries.sort(null);
        return entries;
    }

    /** The whole message. */
    public String message() {
        String head = "0/" + nodes + " nodes are available";
        if (preFilterMessage != null) {
            return head + ": " + preFilterMessage + ".";
        }
        List<String> reasons = reasons();
        return reasons.isEmpty() ? head + "." : head + ": " + String.join(", ", reasons) + ".";
    }
}
