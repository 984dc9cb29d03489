import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a deterministic benchmark input for kvet schedule: 1,000 Nodes (as kubectl get nodes -o yaml prints
 * them, one List) in three zones, every tenth one tainted for GPUs, and workloads expanding to exactly 5,000
 * pods: a DaemonSet (900 pods), 350 Deployments (3,500 pods; some with zone spreading, some with hostname
 * anti-affinity or preferred zone affinity), 100 Jobs of 3 pods and 300 bare Pods.
 * Usage: java Generate.java OUTPUT_FOLDER
 */
public final class Generate {

    private static final String[] ZONES = {"zone-a", "zone-b", "zone-c"};
    private static final int[][] SHAPES = {{4, 16}, {8, 32}, {16, 64}};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target");
        Files.createDirectories(out);
        Random random = new Random(42);
        try (PrintWriter nodes = new PrintWriter(Files.newBufferedWriter(out.resolve("nodes.yaml")))) {
            nodes.println("apiVersion: v1\nkind: List\nitems:");
            for (int i = 0; i < 1000; i++) {
                int[] shape = SHAPES[random.nextInt(SHAPES.length)];
                String name = String.format("node-%04d", i);
                nodes.printf("- apiVersion: v1%n  kind: Node%n  metadata:%n    name: %s%n    labels:%n"
                        + "      kubernetes.io/hostname: %s%n      topology.kubernetes.io/zone: %s%n", name, name,
                        ZONES[i % ZONES.length]);
                if (i % 10 == 9) {
                    nodes.printf("  spec:%n    taints:%n    - {key: dedicated, value: gpu, effect: NoSchedule}%n");
                }
                nodes.printf("  status:%n    capacity: {cpu: \"%d\", memory: %dGi, pods: \"110\"}%n"
                        + "    allocatable: {cpu: \"%dm\", memory: %dMi, pods: \"110\"}%n", shape[0], shape[1],
                        shape[0] * 1000 - 80, shape[1] * 1024 - 612);
            }
        }
        try (PrintWriter work = new PrintWriter(Files.newBufferedWriter(out.resolve("workloads.yaml")))) {
            work.printf("apiVersion: apps/v1%nkind: DaemonSet%nmetadata: {name: node-agent}%nspec:%n"
                    + "  selector: {matchLabels: {app: node-agent}}%n  template:%n    metadata: {labels: {app: node-agent}}%n"
                    + "    spec:%n      containers:%n      - name: agent%n        image: example/agent:1%n"
                    + "        resources: {requests: {cpu: 50m, memory: 64Mi}, limits: {memory: 128Mi}}%n");
            for (int i = 0; i < 350; i++) {
                int replicas = 10 + (i % 2 == 0 ? i % 6 : -((i - 1) % 6));
                deployment(work, i, replicas, random);
            }
            for (int i = 0; i < 100; i++) {
                work.printf("---%napiVersion: batch/v1%nkind: Job%nmetadata: {name: job-%03d}%nspec:%n  parallelism: 3%n"
                        + "  template:%n    spec:%n      restartPolicy: Never%n      containers:%n      - name: run%n"
                        + "        image: example/job:1%n        resources: {requests: {cpu: 500m, memory: 1Gi}}%n", i);
            }
            for (int i = 0; i < 300; i++) {
                work.printf("---%napiVersion: v1%nkind: Pod%nmetadata: {name: pod-%03d, labels: {app: solo}}%nspec:%n"
                        + "  containers:%n  - name: main%n    image: example/solo:1%n"
                        + "    resources: {requests: {cpu: %dm, memory: %dMi}}%n", i, 100 + random.nextInt(400),
                        128 + random.nextInt(900));
            }
        }
    }

    private static void deployment(PrintWriter work, int i, int replicas, Random random) {
        String name = String.format("app-%03d", i);
        work.printf("---%napiVersion: apps/v1%nkind: Deployment%nmetadata: {name: %s}%nspec:%n  replicas: %d%n"
                + "  selector: {matchLabels: {app: %s}}%n  template:%n    metadata: {labels: {app: %s}}%n    spec:%n",
                name, replicas, name, name);
        switch (i % 5) {
            case 0 -> work.printf("      topologySpreadConstraints:%n      - {maxSkew: 1, topologyKey: "
                    + "topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: "
                    + "{matchLabels: {app: %s}}}%n", name);
            case 1 -> work.printf("      affinity:%n        podAntiAffinity:%n"
                    + "          requiredDuringSchedulingIgnoredDuringExecution:%n"
                    + "          - {topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: %s}}}%n", name);
            case 2 -> work.printf("      affinity:%n        nodeAffinity:%n"
                    + "          preferredDuringSchedulingIgnoredDuringExecution:%n          - weight: 50%n"
                    + "            preference: {matchExpressions: [{key: topology.kubernetes.io/zone, operator: In, "
                    + "values: [%s]}]}%n", ZONES[i % ZONES.length]);
            default -> { }
        }
        work.printf("      containers:%n      - name: main%n        image: example/%s:1%n"
                + "        resources: {requests: {cpu: %dm, memory: %dMi}, limits: {memory: %dMi}}%n", name,
                100 + random.nextInt(900), 256 + random.nextInt(1792), 2048 + random.nextInt(2048));
    }
}
