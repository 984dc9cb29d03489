package dev.kvet.schedule.output;

import dev.kvet.resource.ResourceList;
import dev.kvet.schedule.DryRun;
import dev.kvet.schedule.Placement;
import dev.kvet.schedule.pod.QosClass;
import dev.kvet.schedule.snapshot.NodeInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dry run for people: a placement table (pod, workload, node, Pending or Refused, QoS, reason) and a node
 * table with bars of requested cpu and memory against allocatable, limits as shares of allocatable, pod counts
 * and the QoS mix. Findings follow, printed by the ordinary text reporter.
 */
public final class ScheduleText {

    private static final int BAR = 10;

    private final boolean color;

    /** A writer; {@code color} adds ANSI colours. */
    public ScheduleText(boolean color) {
        this.color = color;
    }

    /** Writes both tables. */
    public void write(DryRun run, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"POD", "WORKLOAD", "NODE", "QOS", "REASON"});
        for (Placement placement : run.schedule().placements()) {
            rows.add(new String[] {placement.pod().name(),
                    placement.pod().workload().kind() + "/" + placement.pod().workload().name(),
                    placement.where(),
                    placement.pod().resources().qos().label(),
                    placement.placed() ? "" : placement.message()});
        }
        table(rows, out, row -> row[2].equals("Pending") || row[2].equals("Refused") ? "1;31" : null);
        out.println();
        boolean storage = run.schedule().nodes().stream().anyMatch(node -> node.allocatable().ephemeralStorage() > 0);
        List<String[]> nodes = new ArrayList<>();
        nodes.add(storage
                ? new String[] {"NODE", "CPU REQUESTS", "MEMORY REQUESTS", "STORAGE REQUESTS", "PODS", "LIMITS CPU/MEM",
                        "QOS G/B/BE"}
                : new String[] {"NODE", "CPU REQUESTS", "MEMORY REQUESTS", "PODS", "LIMITS CPU/MEM", "QOS G/B/BE"});
        for (NodeInfo node : run.schedule().nodes()) {
            nodes.add(nodeRow(node, storage));
        }
        table(nodes, out, row -> null);
        out.println();
        out.println(paint(run.schedule().outcome(), run.schedule().everyPodPlaced() ? "1;32" : "1;31"));
    }

    private String[] nodeRow(NodeInfo node, boolean storage) {
        ResourceList allocatable = node.allocatable();
        Map<QosClass, Integer> mix = Amounts.qosMix(node);
        List<String> row = new ArrayList<>(List.of(
                node.node().name() + (node.node().unschedulable() ? " (cordoned)" : ""),
                usage(ResourceList.CPU, node.requested().cpu(), allocatable.cpu()),
                usage(ResourceList.MEMORY, node.requested().memory(), allocatable.memory())));
        if (storage) {
            row.add(usage(ResourceList.EPHEMERAL_STORAGE, node.requested().ephemeralStorage(),
                    allocatable.ephemeralStorage()));
        }
        row.add(node.pods().size() + "/" + node.node().allowedPods());
        row.add(Amounts.percent(node.limits().cpu(), allocatable.cpu()) + "%/"
                + Amounts.percent(node.limits().memory(), allocatable.memory()) + "%");
        row.add(mix.get(QosClass.GUARANTEED) + "/" + mix.get(QosClass.BURSTABLE) + "/" + mix.get(QosClass.BEST_EFFORT));
        return row.toArray(String[]::new);
    }

    /** A bar such as {@code [#######...]  70% 1400m/2}. */
    static String usage(String resource, long used, long allocatable) {
        long percent = Amounts.percent(used, allocatable);
        int filled = (int) Math.min(BAR, Math.round(BAR * (allocatable <= 0 ? 0 : (double) used / allocatable)));
        return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + String.format(Locale.ROOT, "%3d%% ", percent)
                + Amounts.readable(resource, used) + "/" + Amounts.readable(resource, allocatable);
    }

    private interface RowColor {
        String of(String[] row);
    }

    private void table(List<String[]> rows, PrintWriter out, RowColor rowColor) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns - 1; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i < columns - 1 ? String.format("%-" + widths[i] + "s  ", row[i]) : row[i]);
            }
            String text = line.toString().stripTrailing();
            String code = r == 0 ? "1" : rowColor.of(row);
            out.println(code == null ? text : paint(text, code));
        }
    }

    private String paint(String text, String code) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
