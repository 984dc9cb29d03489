package dev.kvet.schedule.output;

import dev.kvet.finding.Finding;
import dev.kvet.resource.ResourceList;
import dev.kvet.run.Report;
import dev.kvet.schedule.DryRun;
import dev.kvet.schedule.Placement;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pod.QosClass;
import dev.kvet.schedule.pressure.Risk;
import dev.kvet.schedule.snapshot.NodeInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The dry run as one self-contained HTML page (no scripts or assets from the network), for a CI job to keep:
 * a heat strip of every node, the pending pods with kube-scheduler's reasons and the refused ones with the
 * kubelet's, per node stacked bars of cpu and memory requests (one segment per pod, coloured by QoS class) against
 * allocatable with the sum of limits marked, and the risks.
 */
public final class ScheduleHtml {

    private static final String STYLE = """
            :root{--g:#2e7d32;--b:#f9a825;--be:#c62828;--track:#eceff1;--ink:#263238;--mute:#607d8b}
            body{font:14px/1.4 system-ui,-apple-system,Segoe UI,sans-serif;color:var(--ink);margin:24px;background:#fafafa}
            h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px}
            .summary{color:var(--mute);margin-bottom:12px}.summary b{color:var(--ink)}
            .legend span{display:inline-block;margin-right:14px}.sw{display:inline-block;width:12px;height:12px;border-radius:2px;vertical-align:-1px;margin-right:4px}
            .G{background:var(--g)}.B{background:var(--b)}.BE{background:var(--be)}
            .strip{display:flex;flex-wrap:wrap;gap:2px;margin:8px 0 4px}.strip a{width:14px;height:14px;border-radius:2px;display:block}
            table{border-collapse:collapse;background:#fff;width:100%}td,th{padding:4px 8px;border-bottom:1px solid #e0e0e0;text-align:left;vertical-align:top}
            th{font-weight:600;color:var(--mute)}.pending td{color:#b71c1c}
            .risk-error{color:#b71c1c}.risk-warning{color:#e65100}.risk-info{color:#455a64}
            .nodes{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:10px}
            .node{background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:8px 10px}
            .node.hot{border-color:#e65100}.node h3{font-size:14px;margin:0 0 6px;display:flex;justify-content:space-between}
            .node h3 small{color:var(--mute);font-weight:400}
            .row{display:grid;grid-template-columns:52px 1fr 118px;align-items:center;gap:6px;font-size:12px;margin:3px 0}
            .bar{position:relative;height:14px;background:var(--track);border-radius:3px;overflow:hidden;display:flex}
            .bar i{display:block;height:100%;border-right:1px solid #fff;box-sizing:border-box}
            .bar .limit{position:absolute;top:0;bottom:0;width:2px;background:#000}
            .bar.over{outline:2px solid #e65100}
            .num{color:var(--mute);text-align:right;white-space:nowrap}
            .risks{font-size:12px;margin:6px 0 0;padding-left:16px}.qos{font-size:12px;color:var(--mute)}
            """;

    private ScheduleHtml() {
    }

    /** Writes the page. */
    public static void write(DryRun run, Report report, PrintWriter out) {
        StringBuilder html = new StringBuilder(16_384);
        int total = run.schedule().placements().size();
        long refused = run.schedule().refusedCount();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>kvet schedule</title><style>").append(STYLE).append("</style></head><body>")
                .append("<h1>kvet schedule</h1><div class=\"summary\"><b>").append(run.schedule().placedCount())
                .append('/').append(total).append("</b> pods scheduled on <b>").append(run.schedule().nodes().size())
                .append("</b> nodes, <b>").append(run.schedule().pendingCount()).append("</b> pending, ")
                .append(refused > 0 ? "<b>" + refused + "</b> refused, " : "").append("<b>")
                .append(report.findings().size()).append("</b> findings</div><div class=\"legend\">")
                .append("<span><i class=\"sw G\"></i>Guaranteed</span><span><i class=\"sw B\"></i>Burstable</span>")
                .append("<span><i class=\"sw BE\"></i>BestEffort</span>")
                .append("<span>&#9646; black mark: sum of limits</span></div>");
        strip(run, html);
        podsThatDoNotRun("Pending pods", run, Placement::pending, html);
        podsThatDoNotRun("Refused pods", run, Placement::refused, html);
        nodes(run, html);
        findings(report, html);
        html.append("</body></html>");
        out.println(html);
    }

    private static void strip(DryRun run, StringBuilder html) {
        html.append("<h2>Nodes by requested share (cpu or memory, whichever is higher)</h2><div class=\"strip\">");
        for (NodeInfo node : run.schedule().nodes()) {
            long share = Math.max(Amounts.percent(node.requested().cpu(), node.allocatable().cpu()),
                    Amounts.percent(node.requested().memory(), node.allocatable().memory()));
            html.append("<a href=\"#node-").append(escape(node.node().name())).append("\" title=\"")
                    .append(escape(node.node().name())).append(": ").append(share).append("% requested\" style=\"background:")
                    .append(heat(share)).append("\"></a>");
        }
        html.append("</div>");
    }

    /** From pale green (idle) through amber to red (full). */
    private static String heat(long percent) {
        double share = Math.min(100, percent) / 100.0;
        int hue = (int) Math.round(120 * (1 - share));
        return String.format(Locale.ROOT, "hsl(%d,65%%,%d%%)", hue, 80 - (int) Math.round(share * 35));
    }

    /** A table of the pods in one of the fates that leave a pod without a node, if there are any. */
    private static void podsThatDoNotRun(String title, DryRun run, Predicate<Placement> fate, StringBuilder html) {
        List<Placement> pods = run.schedule().placements().stream().filter(fate).toList();
        if (pods.isEmpty()) {
            return;
        }
        html.append("<h2>").append(title)
                .append("</h2><table><tr><th>Pod</th><th>Workload</th><th>QoS</th><th>Why</th></tr>");
        for (Placement placement : pods) {
            Pod pod = placement.pod();
            html.append("<tr class=\"pending\"><td>").append(escape(pod.name())).append("</td><td>")
                    .append(escape(pod.workload().kind() + "/" + pod.workload().name())).append("</td><td>")
                    .append(pod.resources().qos().label()).append("</td><td>").append(escape(placement.message()))
                    .append("</td></tr>");
        }
        html.append("</table>");
    }

    private static void findings(Report report, StringBuilder html) {
        if (report.findings().isEmpty()) {
            return;
        }
        html.append("<h2>Risks and findings</h2><table><tr><th>Where</th><th>Rule</th><th>Message</th></tr>");
        for (Finding finding : report.findings()) {
            html.append("<tr class=\"risk-").append(finding.severity().label()).append("\"><td>")
                    .append(escape(finding.file() + ":" + finding.span().line() + ":" + finding.span().column()))
                    .append("</td><td>").append(escape(finding.rule())).append("</td><td>")
                    .append(escape(finding.message())).append("</td></tr>");
        }
        html.append("</table>");
    }

    private static void nodes(DryRun run, StringBuilder html) {
        html.append("<h2>Nodes</h2><div class=\"nodes\">");
        for (NodeInfo node : run.schedule().nodes()) {
            List<Risk> risks = run.risks().stream().filter(r -> node.node().name().equals(r.node())).toList();
            Map<QosClass, Integer> mix = Amounts.qosMix(node);
            html.append("<div class=\"node").append(risks.isEmpty() ? "" : " hot").append("\" id=\"node-")
                    .append(escape(node.node().name())).append("\"><h3>").append(escape(node.node().name()))
                    .append(node.node().unschedulable() ? " (cordoned)" : "").append("<small>")
                    .append(node.pods().size()).append('/').append(node.node().allowedPods())
                    .append(" pods</small></h3>");
            bar(node, ResourceList.CPU, "cpu", pod -> pod.resources().requests().cpu(), node.limits().cpu(), html);
            bar(node, ResourceList.MEMORY, "memory", pod -> pod.resources().requests().memory(),
                    node.limits().memory(), html);
            html.append("<div class=\"qos\">limits: cpu ").append(share(node.limits().cpu(), node.allocatable().cpu()))
                    .append(", memory ").append(share(node.limits().memory(), node.allocatable().memory()))
                    .append("</div>");
            html.append("<div class=\"qos\">").append(mix.get(QosClass.GUARANTEED)).append(" Guaranteed, ")
                    .append(mix.get(QosClass.BURSTABLE)).append(" Burstable, ").append(mix.get(QosClass.BEST_EFFORT))
                    .append(" BestEffort</div>");
            if (!risks.isEmpty()) {
                html.append("<ul class=\"risks\">");
                for (Risk risk : risks) {
                    html.append("<li class=\"risk-").append(risk.finding().severity().label()).append("\">")
                            .append(escape(risk.finding().message())).append("</li>");
                }
                html.append("</ul>");
            }
            html.append("</div>");
        }
        html.append("</div>");
    }

    private static void bar(NodeInfo node, String resource, String label, ToLongFunction<Pod> request, long limits,
                            StringBuilder html) {
        long allocatable = node.allocatable().get(resource);
        long requested = node.requested().get(resource);
        boolean over = limits > allocatable;
        html.append("<div class=\"row\"><span>").append(label).append("</span><div class=\"bar")
                .append(over ? " over" : "").append("\" title=\"limits ")
                .append(Amounts.readable(resource, limits)).append(" (").append(Amounts.percent(limits, allocatable))
                .append("% of allocatable)\">");
        for (Pod pod : node.pods()) {
            long amount = request.applyAsLong(pod);
            if (amount <= 0 || allocatable <= 0) {
                continue;
            }
            double width = 100.0 * amount / allocatable;
            html.append("<i class=\"").append(qosClass(pod.resources().qos())).append("\" style=\"width:")
                    .append(String.format(Locale.ROOT, "%.3f", width)).append("%\" title=\"")
                    .append(escape(pod.name())).append(": ").append(Amounts.readable(resource, amount))
                    .append("\"></i>");
        }
        if (limits > 0 && allocatable > 0) {
            html.append("<span class=\"limit\" style=\"left:calc(")
                    .append(String.format(Locale.ROOT, "%.3f", Math.min(100.0, 100.0 * limits / allocatable)))
                    .append("% - 2px)\"></span>");
        }
        html.append("</div><span class=\"num\">").append(Amounts.readable(resource, requested)).append(" / ")
                .append(Amounts.readable(resource, allocatable)).append("</span></div>");
    }

    /** A share of allocatable, in red beyond 100%. */
    private static String share(long amount, long allocatable) {
        long percent = Amounts.percent(amount, allocatable);
        return percent > 100 ? "<b class=\"risk-warning\">" + percent + "%</b>" : percent + "%";
    }

    private static String qosClass(QosClass qos) {
        return switch (qos) {
            case GUARANTEED -> "G";
            case BURSTABLE -> "B";
            case BEST_EFFORT -> "BE";
        };
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
