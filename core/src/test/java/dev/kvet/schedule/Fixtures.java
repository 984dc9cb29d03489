package dev.kvet.schedule;

import dev.kvet.document.LocatedDocument;
import dev.kvet.document.ManifestParser;
import dev.kvet.finding.Finding;
import dev.kvet.object.KubeObject;
import dev.kvet.object.ObjectReader;
import dev.kvet.schedule.filter.Filter;
import dev.kvet.schedule.inventory.Inventory;
import dev.kvet.schedule.inventory.InventoryReader;
import dev.kvet.schedule.inventory.Node;
import dev.kvet.schedule.pod.Pod;
import dev.kvet.schedule.snapshot.NodeInfo;
import dev.kvet.schedule.snapshot.Snapshot;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds nodes, pods and snapshots from YAML, so tests read like the manifests they stand for. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The inventory of a YAML text. */
    public static Inventory inventory(String yaml) {
        return new InventoryReader().add("nodes.yaml", yaml.getBytes(StandardCharsets.UTF_8)).inventory();
    }

    /** The nodes of a YAML text. */
    public static List<Node> nodes(String yaml) {
        return inventory(yaml).nodes();
    }

    /** A node with a name, labels as {@code k=v,k2=v2}, and allocatable cpu, memory and pods. */
    public static String node(String name, String labels, String cpu, String memory, int pods) {
        StringBuilder yaml = new StringBuilder("---\napiVersion: v1\nkind: Node\nmetadata:\n  name: " + name
                + "\n  labels:\n    kubernetes.io/hostname: " + name + "\n");
        if (!labels.isEmpty()) {
            for (String label : labels.split(",")) {
                String[] parts = label.split("=", 2);
                yaml.append("    ").append(parts[0]).append(": \"").append(parts.length > 1 ? parts[1] : "")
                        .append("\"\n");
            }
        }
        yaml.append("status:\n  allocatable:\n    cpu: \"").append(cpu).append("\"\n    memory: \"").append(memory)
                .append("\"\n    pods: \"").append(pods).append("\"\n");
        return yaml.toString();
    }

    /** The objects of a YAML text. */
    public static List<KubeObject> objects(String yaml) {
        List<KubeObject> objects = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (LocatedDocument document : new ManifestParser().parse("workloads.yaml",
                yaml.getBytes(StandardCharsets.UTF_8)).documents()) {
            new ObjectReader().read(document, objects, findings);
        }
        return objects;
    }

    /** The pods the workloads of a YAML text expand to on the nodes. */
    public static List<Pod> pods(String yaml, List<Node> nodes) {
        return WorkloadPods.expand(objects(yaml), nodes, finding -> { });
    }

    /** The pod of a YAML text with one workload. */
    public static Pod pod(String yaml) {
        return pods(yaml, List.of()).get(0);
    }

    /** A snapshot of the nodes with the pods of a YAML text placed on the nodes their spec.nodeName names. */
    public static Snapshot snapshot(List<Node> nodes, String existingPods) {
        Snapshot snapshot = new Snapshot(nodes);
        if (existingPods != null) {
            for (Pod pod : pods(existingPods, nodes)) {
                NodeInfo node = snapshot.nodes().stream()
                        .filter(n -> n.node().name().equals(pod.spec().nodeName())).findFirst().orElseThrow();
                snapshot.place(pod, node);
            }
        }
        return snapshot;
    }

    /** What a filter says of each node, by node name; an empty list means the node passes. */
    public static Map<String, List<String>> filter(Filter filter, Pod pod, Snapshot snapshot) {
        Filter.NodeTest test = filter.prepare(pod, snapshot);
        Map<String, List<String>> results = new LinkedHashMap<>();
        for (NodeInfo node : snapshot.nodes()) {
            results.put(node.node().name(), test.reasons(node));
        }
        return results;
    }
}
