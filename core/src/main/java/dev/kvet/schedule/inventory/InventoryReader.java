package dev.kvet.schedule.inventory;

import dev.kvet.document.LocatedDocument;
import dev.kvet.document.ManifestParser;
import dev.kvet.document.ParsedFile;
import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.finding.Finding;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.object.Labels;
import dev.kvet.object.ObjectReader;
import dev.kvet.resource.ResourceList;
import dev.kvet.schedule.ScheduleRule;
import dev.kvet.schedule.yaml.Quantities;
import dev.kvet.schedule.yaml.Scalars;
import dev.kvet.source.Source;
import dev.kvet.source.SourceCollector;
import dev.kvet.source.SourceException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads node inventories: {@code v1} Node objects as {@code kubectl get nodes -o yaml} prints them (a List or
 * several documents), {@code NodePool} objects ({@code kvet.dev/v1alpha1}: {@code spec.count} nodes made from
 * {@code spec.template}), and a {@code KubeletConfiguration} whose reservations apply to nodes that state only
 * their capacity. Anything else is a finding; nothing here throws on bad content.
 */
public final class InventoryReader {

    /** The apiVersion of the compact NodePool form. */
    public static final String POOL_API_VERSION = "kvet.dev/v1alpha1";

    private final List<KubeObject> objects = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    /** Reads the inventory files and folders (folders are walked for *.yaml, *.yml and *.json). */
    public static Inventory read(List<Path> paths) throws IOException {
        InventoryReader reader = new InventoryReader();
        List<String> names = paths.stream().map(Path::toString).toList();
        try {
            for (Source source : new SourceCollector(List.of()).collect(names).sources()) {
                reader.add(source.name(), source.read(ManifestParser.MAX_FILE_BYTES));
            }
        } catch (SourceException e) {
            throw new IOException(e.getMessage(), e);
        }
        return reader.inventory();
    }

    /** Adds one inventory file's content. */
    public InventoryReader add(String name, byte[] bytes) {
        ParsedFile parsed = new ManifestParser().parse(name, bytes);
        findings.addAll(parsed.findings());
        ObjectReader reader = new ObjectReader();
        for (LocatedDocument document : parsed.documents()) {
            reader.read(document, objects, findings);
        }
        return this;
    }

    /** The nodes of every file added, in reading order. */
    public Inventory inventory() {
        KubeletReservation defaults = KubeletReservation.DEFAULTS;
        for (KubeObject object : objects) {
            if ("KubeletConfiguration".equals(object.kind())) {
                defaults = reservation(object, JsonPointer.ROOT, defaults);
            }
        }
        List<Node> nodes = new ArrayList<>();
        List<Finding> problems = new ArrayList<>(findings);
        for (KubeObject object : objects) {
            String kind = object.kind();
            if ("Node".equals(kind)) {
                node(object, JsonPointer.ROOT, object.name(), defaults, problems).ifPresent(nodes::add);
            } else if ("NodePool".equals(kind)) {
                pool(object, defaults, nodes, problems);
            } else if (!"KubeletConfiguration".equals(kind)) {
                problems.add(problem(object, JsonPointer.of("kind"), "a " + kind + " is not part of a node "
                        + "inventory; it was ignored", "pass workloads as PATHS and nodes with --nodes"));
            }
        }
        Set<String> seen = new HashSet<>();
        List<Node> unique = new ArrayList<>();
        for (Node node : nodes) {
            if (seen.add(node.name())) {
                unique.add(node);
            } else {
                problems.add(problem(node.source(), JsonPointer.of("metadata", "name"),
                        "node " + node.name() + " is listed twice; the second one was ignored", null));
            }
        }
        return new Inventory(unique, problems);
    }

    private void pool(KubeObject pool, KubeletReservation defaults, List<Node> nodes, List<Finding> problems) {
        JsonPointer countPointer = JsonPointer.of("spec", "count");
        Integer count = count(pool.node(countPointer));
        if (count == null) {
            problems.add(problem(pool, countPointer, "a NodePool needs spec.count, a whole number from 0 to 100000",
                    "e.g. count: 3"));
            return;
        }
        if (pool.name() == null) {
            problems.add(problem(pool, JsonPointer.of("metadata"), "a NodePool needs metadata.name; its nodes are "
                    + "named <pool>-0, <pool>-1, ...", null));
            return;
        }
        KubeletReservation reservation = reservation(pool, JsonPointer.of("spec", "kubelet"), defaults);
        JsonPointer template = JsonPointer.of("spec", "template");
        for (int i = 0; i < count; i++) {
            List<Finding> sink = i == 0 ? problems : new ArrayList<>();
            node(pool, template, pool.name() + "-" + i, reservation, sink).ifPresent(nodes::add);
        }
    }

    private static Integer count(Object node) {
        if (node instanceof YamlScalar scalar && scalar.value().value() instanceof BigInteger value
                && value.signum() >= 0 && value.compareTo(BigInteger.valueOf(100_000)) <= 0) {
            return value.intValue();
        }
        return null;
    }

    private Optional<Node> node(KubeObject object, JsonPointer base, String name,
                                          KubeletReservation reservation, List<Finding> problems) {
        if (name == null) {
            problems.add(problem(object, JsonPointer.of("metadata"), "a Node needs metadata.name", null));
            return Optional.empty();
        }
        Quantities quantities = new Quantities(object, problems::add);
        JsonPointer status = base.child("status");
        ResourceList capacity = quantities.read(status.child("capacity"));
        boolean hasAllocatable = object.node(status.child("allocatable")) instanceof YamlMap;
        if (!hasAllocatable && !(object.node(status.child("capacity")) instanceof YamlMap)) {
            problems.add(problem(object, base.isRoot() ? JsonPointer.of("metadata", "name") : base,
                    "node " + name + " has neither status.capacity nor status.allocatable, so nothing fits on it",
                    "add status.capacity (cpu, memory, pods); allocatable is derived from it"));
            return Optional.empty();
        }
        ResourceList allocatable = hasAllocatable ? quantities.read(status.child("allocatable"))
                : reservation.allocatable(capacity);
        long pods = allocatable.has("pods") ? allocatable.get("pods")
                : capacity.has("pods") ? capacity.get("pods") : reservation.maxPods();
        YamlMap metadata = object.node(base.child("metadata")) instanceof YamlMap map ? map : null;
        Map<String, String> labels = new LinkedHashMap<>(Labels.of(metadata == null ? null : metadata.map("labels")));
        labels.putIfAbsent(Node.HOSTNAME_LABEL, name);
        JsonPointer spec = base.child("spec");
        boolean unschedulable = object.node(spec.child("unschedulable")) instanceof YamlScalar scalar
                && Boolean.TRUE.equals(scalar.value().value());
        return Optional.of(new Node(name, labels, taints(object, spec.child("taints"), problems),
                unschedulable, capacity, allocatable, pods, reservation.evictionMemory().of(capacity.memory()),
                object));
    }

    private List<Taint> taints(KubeObject object, JsonPointer pointer, List<Finding> problems) {
        if (!(object.node(pointer) instanceof YamlList list)) {
            return List.of();
        }
        List<Taint> taints = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof YamlMap map)) {
                continue;
            }
            String effect = Scalars.text(map, "effect");
            if (!Taint.NO_SCHEDULE.equals(effect) && !Taint.NO_EXECUTE.equals(effect)
                    && !Taint.PREFER_NO_SCHEDULE.equals(effect)) {
                problems.add(problem(object, pointer.child(i).child("effect"), "taint effect must be NoSchedule, "
                        + "PreferNoSchedule or NoExecute, not " + (effect == null ? "missing" : effect), null));
                continue;
            }
            taints.add(new Taint(Scalars.text(map, "key"), Scalars.text(map, "value"), effect));
        }
        return taints;
    }

    /** The reservation a KubeletConfiguration (or a pool's spec.kubelet) states, over the given defaults. */
    private KubeletReservation reservation(KubeObject object, JsonPointer base, KubeletReservation defaults) {
        if (!(object.node(base) instanceof YamlMap config)) {
            return defaults;
        }
        Quantities quantities = new Quantities(object, findings::add);
        ResourceList kube = config.has("kubeReserved") ? quantities.read(base.child("kubeReserved"))
                : defaults.kubeReserved();
        ResourceList system = config.has("systemReserved") ? quantities.read(base.child("systemReserved"))
                : defaults.systemReserved();
        KubeletReservation.Threshold memory = defaults.evictionMemory();
        KubeletReservation.Threshold storage = defaults.evictionStorage();
        JsonPointer eviction = base.child("evictionHard");
        if (config.has("evictionHard")) {
            memory = threshold(object, eviction.child("memory.available"), quantities, memory);
            storage = threshold(object, eviction.child("nodefs.available"), quantities, storage);
        }
        Integer maxPods = count(object.node(base.child("maxPods")));
        return new KubeletReservation(kube, system, memory, storage, maxPods == null ? defaults.maxPods() : maxPods);
    }

    private KubeletReservation.Threshold threshold(KubeObject object, JsonPointer pointer, Quantities quantities,
                                                   KubeletReservation.Threshold fallback) {
        if (object.node(pointer) instanceof YamlScalar scalar && scalar.text().endsWith("%")) {
            try {
                return KubeletReservation.Threshold.percent(
                        Double.parseDouble(scalar.text().substring(0, scalar.text().length() - 1)));
            } catch (NumberFormatException e) {
                findings.add(problem(object, pointer, "'" + scalar.text() + "' is not a percentage", "e.g. 10%"));
                return fallback;
            }
        }
        return quantities.quantity(pointer).map(q -> KubeletReservation.Threshold.amount(q.longValue()))
                .orElse(fallback);
    }

    private static Finding problem(KubeObject object, JsonPointer pointer, String message, String hint) {
        return object.findingAtKey(pointer, ScheduleRule.INVENTORY.info().severity(), ScheduleRule.INVENTORY.id(),
                message, hint);
    }
}
