package dev.kvet.schedule.output;

import dev.kvet.finding.Finding;
import dev.kvet.report.JsonReporter;
import dev.kvet.resource.QuantityFormat;
import dev.kvet.resource.ResourceList;
import dev.kvet.run.Report;
import dev.kvet.schedule.DryRun;
import dev.kvet.schedule.Placement;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.pressure.Risk;
import dev.kvet.schedule.snapshot.NodeInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine-readable dry run, a contract documented in the README:
 * {@code {"pods":[{name,namespace,workload:{kind,name},status,node,qos,reasons,message}],
 * "nodes":[{name,allocatable,requested,limits,pods,risks}],"summary":{pods,scheduled,pending,refused},
 * "findings":[...]}}; quantities are Kubernetes strings, {@code status} is scheduled, pending or refused, and
 * {@code node} is null for a pending or refused pod.
 */
public final class ScheduleJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ScheduleJson() {
    }

    /** Writes the dry run and the run's findings. */
    public static void write(DryRun run, Report report, PrintWriter out) {
        out.println(MAPPER.writeValueAsString(tree(run, report)));
    }

    /** The JSON tree of the dry run. */
    public static ObjectNode tree(DryRun run, Report report) {
        ObjectNode root = NODES.objectNode();
        ArrayNode pods = root.putArray("pods");
        for (Placement placement : run.schedule().placements()) {
            pods.add(pod(placement));
        }
        ArrayNode nodes = root.putArray("nodes");
        for (NodeInfo node : run.schedule().nodes()) {
            nodes.add(node(node, run.risks()));
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("pods", run.schedule().placements().size());
        summary.put("scheduled", run.schedule().placedCount());
        summary.put("pending", run.schedule().pendingCount());
        summary.put("refused", run.schedule().refusedCount());
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            findings.add(JsonReporter.finding(finding));
        }
        return root;
    }

    private static ObjectNode pod(Placement placement) {
        Pod pod = placement.pod();
        ObjectNode node = NODES.objectNode();
        node.put("name", pod.name());
        node.put("namespace", pod.namespace());
        ObjectNode workload = node.putObject("workload");
        workload.put("kind", pod.workload().kind());
        workload.put("name", pod.workload().name());
        node.put("status", placement.status());
        node.put("node", placement.placed() ? placement.node().name() : null);
        node.put("qos", pod.resources().qos().label());
        ArrayNode reasons = node.putArray("reasons");
        placement.reasons().forEach(reasons::add);
        node.put("message", placement.message());
        return node;
    }

    private static ObjectNode node(NodeInfo info, List<Risk> risks) {
        ObjectNode node = NODES.objectNode();
        node.put("name", info.node().name());
        ResourceList allocatable = info.allocatable();
        Set<String> names = names(allocatable, info.requested(), info.limits());
        node.set("allocatable", resources(allocatable, names, info.node().allowedPods()));
        node.set("requested", resources(info.requested(), names, info.pods().size()));
        node.set("limits", resources(info.limits(), names, -1));
        ArrayNode pods = node.putArray("pods");
        info.pods().forEach(pod -> pods.add(pod.name()));
        ArrayNode nodeRisks = node.putArray("risks");
        for (Risk risk : risks) {
            if (info.node().name().equals(risk.node())) {
                ObjectNode entry = nodeRisks.addObject();
                entry.put("rule", risk.finding().rule());
                entry.put("severity", risk.finding().severity().label());
                entry.put("message", risk.finding().message());
            }
        }
        return node;
    }

    private static Set<String> names(ResourceList... lists) {
        Set<String> names = new TreeSet<>(List.of(ResourceList.CPU, ResourceList.MEMORY));
        for (ResourceList list : lists) {
            if (list.ephemeralStorage() != 0) {
                names.add(ResourceList.EPHEMERAL_STORAGE);
            }
            names.addAll(list.scalars().keySet());
        }
        names.remove("pods");
        return names;
    }

    private static ObjectNode resources(ResourceList list, Set<String> names, long pods) {
        ObjectNode node = NODES.objectNode();
        List<String> ordered = new ArrayList<>(names);
        for (String name : ordered) {
            node.put(name, QuantityFormat.of(name, list.get(name)));
        }
        if (pods >= 0) {
            node.put("pods", Long.toString(pods));
        }
        return node;
    }
}
