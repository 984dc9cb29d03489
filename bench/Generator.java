import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the benchmark corpus: {@code corpus/} with 1,000 files of 10 documents each, as teams ship them
 * (a workload with its Service, ConfigMap, ServiceAccount, RBAC and four add-ons such as an Ingress, a
 * CronJob, an autoscaler or a network policy), one in ten documents with a bug people really make; and
 * {@code small/app.yaml}, the one small file a pre-commit hook checks. The same seed always gives the same
 * bytes, so two machines time the same input.
 *
 * <p>Run from the repository root: {@code java bench/Generator.java bench/work}.
 */
public final class Generator {

    static final int FILES = 1_000;
    static final int TEAMS = 20;
    static final long SEED = 20_240_611L;
    static final double BUG_RATE = 0.1;

    static final String[] TEAMS_NAMES = {"payments", "search", "checkout", "identity", "catalog", "billing",
            "shipping", "reviews", "media", "ads", "analytics", "inventory", "pricing", "support", "mobile",
            "growth", "platform", "data", "risk", "notify"};
    static final String[] SERVICES = {"api", "web", "worker", "gateway", "indexer", "scheduler", "sync",
            "exporter", "cache", "consumer", "publisher", "renderer", "resolver", "ingest", "auth", "ledger"};
    static final String[] IMAGES = {"registry.example.com/%s/%s:%d.%d.%d", "ghcr.io/example/%s-%s:v%d.%d.%d",
            "eu.gcr.io/example-prod/%s/%s:%d.%d.%d"};
    static final String[] ENV_NAMES = {"LOG_LEVEL", "LOG_FORMAT", "HTTP_PORT", "GRPC_PORT", "DB_HOST", "DB_PORT",
            "DB_NAME", "DB_POOL_SIZE", "REDIS_URL", "KAFKA_BROKERS", "OTEL_EXPORTER_OTLP_ENDPOINT", "FEATURE_FLAGS",
            "CACHE_TTL", "REQUEST_TIMEOUT", "MAX_BODY_SIZE", "REGION", "TZ", "JAVA_TOOL_OPTIONS", "GOMAXPROCS",
            "SENTRY_DSN"};

    private final Random random = new Random(SEED);
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private int bugs;

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "bench/work");
        Generator generator = new Generator();
        int written = generator.writeCorpus(root.resolve("corpus"));
        generator.writeSmall(root.resolve("small"));
        System.out.printf("wrote %d files, %d documents (%d with a bug) to %s, and %s%n", FILES, written,
                generator.bugs, root.resolve("corpus"), root.resolve("small/app.yaml"));
    }

    private int writeCorpus(Path corpus) throws IOException {
        int documents = 0;
        for (int file = 0; file < FILES; file++) {
            String team = TEAMS_NAMES[file % TEAMS];
            App app = new App(team, SERVICES[(file / TEAMS) % SERVICES.length] + "-" + (file / TEAMS), file);
            out.setLength(0);
            documents += writeApp(app);
            Path path = corpus.resolve(team).resolve(app.name + ".yaml");
            Files.createDirectories(path.getParent());
            Files.writeString(path, out, StandardCharsets.UTF_8);
        }
        return documents;
    }

    private void writeSmall(Path dir) throws IOException {
        out.setLength(0);
        App app = new App("shop", "web", 0);
        line(0, "# One application as a developer commits it: the file a pre-commit hook checks.");
        deployment(app, false);
        separator();
        service(app, false);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("app.yaml"), out, StandardCharsets.UTF_8);
    }

    /** Writes the ten documents of one application; returns how many. */
    private int writeApp(App app) {
        line(0, "# " + app.team + "/" + app.name + ": rendered manifests");
        int kind = random.nextInt(20);
        if (kind < 12) {
            deployment(app, buggy());
        } else if (kind < 17) {
            statefulSet(app, buggy());
        } else {
            daemonSet(app, buggy());
        }
        separator();
        service(app, buggy());
        separator();
        configMap(app, buggy());
        separator();
        serviceAccount(app);
        separator();
        role(app, buggy());
        separator();
        roleBinding(app, buggy());
        List<Runnable> extras = new ArrayList<>(List.of(
                () -> ingress(app, buggy()), () -> cronJob(app, buggy()), () -> autoscaler(app, buggy()),
                () -> disruptionBudget(app, buggy()), () -> networkPolicy(app), () -> secret(app, buggy()),
                () -> claim(app, buggy()), () -> job(app, buggy())));
        for (int i = 0; i < 4; i++) {
            separator();
            extras.remove(random.nextInt(extras.size())).run();
        }
        return 10;
    }

    private boolean buggy() {
        boolean buggy = random.nextDouble() < BUG_RATE;
        if (buggy) {
            bugs++;
        }
        return buggy;
    }

    private void deployment(App app, boolean buggy) {
        int bug = buggy ? random.nextInt(10) : -1;
        header("apps/v1", "Deployment", app.name, app);
        line(1, "labels:");
        labels(2, app);
        line(0, "spec:");
        line(1, bug == 0 ? "replicas: \"" + (2 + random.nextInt(4)) + "\"" : "replicas: " + (2 + random.nextInt(4)));
        line(1, "revisionHistoryLimit: 5");
        line(1, "strategy:");
        line(2, "type: RollingUpdate");
        line(2, "rollingUpdate:");
        line(3, "maxSurge: 25%");
        line(3, "maxUnavailable: 0");
        selector(1, app, bug == 1);
        podTemplate(1, app, bug);
    }

    private void statefulSet(App app, boolean buggy) {
        int bug = buggy ? random.nextInt(10) : -1;
        header("apps/v1", "StatefulSet", app.name, app);
        line(1, "labels:");
        labels(2, app);
        line(0, "spec:");
        line(1, "serviceName: " + app.name);
        line(1, bug == 0 ? "replicas: three" : "replicas: 3");
        line(1, "podManagementPolicy: Parallel");
        selector(1, app, bug == 1);
        podTemplate(1, app, bug);
        line(1, "volumeClaimTemplates:");
        line(1, "- metadata:");
        line(3, "name: data");
        line(2, "spec:");
        line(3, "accessModes: [\"ReadWriteOnce\"]");
        line(3, "storageClassName: fast-ssd");
        line(3, "resources:");
        line(4, "requests:");
        line(5, "storage: " + (10 * (1 + random.nextInt(10))) + "Gi");
    }

    private void daemonSet(App app, boolean buggy) {
        int bug = buggy ? random.nextInt(10) : -1;
        header("apps/v1", "DaemonSet", app.name, app);
        line(0, "spec:");
        selector(1, app, bug == 1);
        line(1, "updateStrategy:");
        line(2, bug == 0 ? "type: Rolling" : "type: RollingUpdate");
        podTemplate(1, app, bug);
    }

    private void selector(int depth, App app, boolean mismatched) {
        line(depth, "selector:");
        line(depth + 1, "matchLabels:");
        line(depth + 2, "app.kubernetes.io/name: " + (mismatched ? app.name + "-v2" : app.name));
    }

    /** The pod template; {@code bug} picks one of the mistakes in its containers (0 and 1 are the owner's). */
    private void podTemplate(int depth, App app, int bug) {
        line(depth, "template:");
        line(depth + 1, "metadata:");
        line(depth + 2, "labels:");
        labels(depth + 3, app);
        line(depth + 2, "annotations:");
        line(depth + 3, "prometheus.io/scrape: \"true\"");
        line(depth + 3, "prometheus.io/port: \"9090\"");
        line(depth + 1, "spec:");
        int spec = depth + 2;
        line(spec, "serviceAccountName: " + app.name);
        line(spec, "automountServiceAccountToken: false");
        line(spec, "terminationGracePeriodSeconds: 30");
        if (bug == 2) {
            line(spec, "hostNetwork: true");
        }
        line(spec, "securityContext:");
        line(spec + 1, "runAsNonRoot: true");
        line(spec + 1, "runAsUser: " + (10000 + random.nextInt(1000)));
        line(spec + 1, "fsGroup: 2000");
        line(spec + 1, "seccompProfile:");
        line(spec + 2, "type: RuntimeDefault");
        line(spec, "topologySpreadConstraints:");
        line(spec, "- maxSkew: 1");
        line(spec + 1, "topologyKey: topology.kubernetes.io/zone");
        line(spec + 1, "whenUnsatisfiable: ScheduleAnyway");
        line(spec + 1, "labelSelector:");
        line(spec + 2, "matchLabels:");
        line(spec + 3, "app.kubernetes.io/name: " + app.name);
        if (random.nextInt(4) == 0) {
            line(spec, "initContainers:");
            line(spec, "- name: migrate");
            line(spec + 1, "image: " + image(app) + "-migrations");
            line(spec + 1, "command: [\"/bin/migrate\", \"--wait-for-db\", \"up\"]");
            resources(spec + 1, false, false);
        }
        line(spec, "containers:");
        container(spec, app, app.name, bug);
        if (random.nextInt(3) == 0) {
            line(spec, "- name: log-shipper");
            line(spec + 1, "image: docker.io/fluent/fluent-bit:3.0." + random.nextInt(8));
            line(spec + 1, "args: [\"-c\", \"/fluent-bit/etc/fluent-bit.conf\"]");
            resources(spec + 1, false, false);
            line(spec + 1, "volumeMounts:");
            line(spec + 1, "- name: logs");
            line(spec + 2, "mountPath: /var/log/app");
            line(spec + 2, "readOnly: true");
        }
        line(spec, "volumes:");
        line(spec, "- name: config");
        line(spec + 1, "configMap:");
        line(spec + 2, "name: " + app.name + "-config");
        line(spec, "- name: logs");
        line(spec + 1, "emptyDir:");
        line(spec + 2, "sizeLimit: 1Gi");
        line(spec, "- name: tmp");
        line(spec + 1, "emptyDir: {}");
    }

    private void container(int depth, App app, String name, int bug) {
        int c = depth + 1;
        line(depth, "- name: " + name);
        line(c, switch (bug) {
            case 3 -> "image: " + app.team + "/" + app.name + ":latest";
            case 4 -> "image: " + app.team + "/" + app.name;
            default -> "image: " + image(app);
        });
        line(c, bug == 5 ? "imagePullPolice: IfNotPresent" : "imagePullPolicy: IfNotPresent");
        line(c, "args:");
        line(c, "- --config=/etc/" + app.name + "/config.yaml");
        line(c, "- --port=8080");
        line(c, "ports:");
        line(c, "- name: http");
        line(c + 1, bug == 6 ? "containerPort: \"8080\"" : "containerPort: 8080");
        line(c + 1, "protocol: TCP");
        line(c, "- name: metrics");
        line(c + 1, "containerPort: 9090");
        line(c, "env:");
        int count = 4 + random.nextInt(10);
        int offset = random.nextInt(ENV_NAMES.length);
        for (int i = 0; i < count; i++) {
            String env = ENV_NAMES[(offset + i) % ENV_NAMES.length];
            line(c, "- name: " + env);
            line(c + 1, "value: \"" + envValue(env) + "\"");
        }
        if (bug == 7) {
            line(c, "- name: ENABLE_TRACING");
            line(c + 1, "value: yes");
        }
        line(c, "- name: POD_NAME");
        line(c + 1, "valueFrom:");
        line(c + 2, "fieldRef:");
        line(c + 3, "fieldPath: metadata.name");
        line(c, "envFrom:");
        line(c, "- configMapRef:");
        line(c + 2, "name: " + app.name + "-config");
        if (bug != 8) {
            resources(c, bug == 9, true);
        }
        line(c, "readinessProbe:");
        line(c + 1, "httpGet:");
        line(c + 2, "path: /ready");
        line(c + 2, "port: http");
        line(c + 1, "periodSeconds: 5");
        line(c, "livenessProbe:");
        line(c + 1, "httpGet:");
        line(c + 2, "path: /healthz");
        line(c + 2, bug == 2 ? "port: health" : "port: http");
        line(c + 1, "initialDelaySeconds: 10");
        line(c, "securityContext:");
        line(c + 1, "allowPrivilegeEscalation: false");
        line(c + 1, "readOnlyRootFilesystem: true");
        line(c + 1, "capabilities:");
        line(c + 2, "drop: [\"ALL\"]");
        line(c, "volumeMounts:");
        line(c, "- name: config");
        line(c + 1, "mountPath: /etc/" + app.name);
        line(c + 1, "readOnly: true");
        line(c, "- name: logs");
        line(c + 1, "mountPath: /var/log/app");
        line(c, "- name: tmp");
        line(c + 1, "mountPath: /tmp");
    }

    /** Requests and limits; {@code badQuantity} writes the "512mb" people mean as 512 MiB. */
    private void resources(int depth, boolean badQuantity, boolean big) {
        int memory = (big ? 256 : 32) * (1 + random.nextInt(4));
        line(depth, "resources:");
        line(depth + 1, "requests:");
        line(depth + 2, "cpu: " + (big ? 100 * (1 + random.nextInt(5)) : 10 * (1 + random.nextInt(5))) + "m");
        line(depth + 2, "memory: " + (badQuantity ? memory + "mb" : memory + "Mi"));
        line(depth + 1, "limits:");
        line(depth + 2, "memory: " + memory * 2 + "Mi");
    }

    private void service(App app, boolean buggy) {
        int bug = buggy ? random.nextInt(4) : -1;
        header("v1", "Service", app.name, app);
        line(1, "labels:");
        labels(2, app);
        line(0, "spec:");
        line(1, bug == 0 ? "type: Loadbalancer" : "type: ClusterIP");
        line(1, "selector:");
        line(2, "app.kubernetes.io/name: " + (bug == 1 ? app.name.replace('-', '_') : app.name));
        line(1, "ports:");
        line(1, "- name: http");
        line(2, bug == 2 ? "port: 80800" : "port: 80");
        line(2, bug == 3 ? "targetPort: web" : "targetPort: http");
        line(2, "protocol: TCP");
        line(1, "- name: metrics");
        line(2, "port: 9090");
        line(2, "targetPort: metrics");
    }

    private void configMap(App app, boolean buggy) {
        int bug = buggy ? random.nextInt(3) : -1;
        header("v1", "ConfigMap", app.name + "-config", app);
        line(0, "data:");
        line(1, "LOG_LEVEL: info");
        line(1, bug == 0 ? "CACHE_ENABLED: true" : "CACHE_ENABLED: \"true\"");
        line(1, bug == 1 ? "WORKERS: 8" : "WORKERS: \"8\"");
        if (bug == 2) {
            line(1, "LOG_LEVEL: debug");
        }
        line(1, "config.yaml: |");
        line(2, "server:");
        line(3, "port: 8080");
        line(3, "readTimeout: 15s");
        line(2, "upstreams:");
        int upstreams = 1 + random.nextInt(6);
        for (int i = 0; i < upstreams; i++) {
            line(2, "- name: " + SERVICES[random.nextInt(SERVICES.length)]);
            line(3, "url: http://" + SERVICES[random.nextInt(SERVICES.length)] + "." + app.team + ".svc:8080");
            line(3, "timeout: " + (1 + random.nextInt(30)) + "s");
        }
    }

    private void serviceAccount(App app) {
        header("v1", "ServiceAccount", app.name, app);
        line(0, "automountServiceAccountToken: false");
    }

    private void role(App app, boolean buggy) {
        header("rbac.authorization.k8s.io/v1", "Role", app.name, app);
        line(0, "rules:");
        if (buggy) {
            line(0, "- apiGroups: [\"*\"]");
            line(1, "resources: [\"*\"]");
            line(1, "verbs: [\"*\"]");
            return;
        }
        line(0, "- apiGroups: [\"\"]");
        line(1, "resources: [\"configmaps\", \"secrets\"]");
        line(1, "resourceNames: [\"" + app.name + "-config\", \"" + app.name + "-credentials\"]");
        line(1, "verbs: [\"get\", \"watch\"]");
        line(0, "- apiGroups: [\"coordination.k8s.io\"]");
        line(1, "resources: [\"leases\"]");
        line(1, "verbs: [\"get\", \"create\", \"update\"]");
    }

    private void roleBinding(App app, boolean buggy) {
        header("rbac.authorization.k8s.io/v1", "RoleBinding", app.name, app);
        line(0, "roleRef:");
        line(1, "apiGroup: rbac.authorization.k8s.io");
        line(1, "kind: Role");
        line(1, "name: " + (buggy ? app.name + "-reader" : app.name));
        line(0, "subjects:");
        line(0, "- kind: ServiceAccount");
        line(1, "name: " + app.name);
        line(1, "namespace: " + app.team);
    }

    private void ingress(App app, boolean buggy) {
        int bug = buggy ? random.nextInt(3) : -1;
        header(bug == 0 ? "extensions/v1beta1" : "networking.k8s.io/v1", "Ingress", app.name, app);
        line(1, "annotations:");
        line(2, "cert-manager.io/cluster-issuer: letsencrypt");
        line(0, "spec:");
        line(1, "ingressClassName: nginx");
        line(1, "tls:");
        line(1, "- hosts: [\"" + app.host() + "\"]");
        line(2, "secretName: " + app.name + "-tls");
        line(1, "rules:");
        line(1, "- host: " + app.host());
        line(2, "http:");
        line(3, "paths:");
        line(3, "- path: /");
        if (bug != 1) {
            line(4, "pathType: Prefix");
        }
        line(4, "backend:");
        line(5, "service:");
        line(6, "name: " + (bug == 2 ? app.name + "-svc" : app.name));
        line(6, "port:");
        line(7, "name: http");
    }

    private void cronJob(App app, boolean buggy) {
        int bug = buggy ? random.nextInt(3) : -1;
        header(bug == 0 ? "batch/v1beta1" : "batch/v1", "CronJob", app.name + "-cleanup", app);
        line(0, "spec:");
        line(1, bug == 1 ? "schedule: \"*/15 * * *\"" : "schedule: \"" + random.nextInt(60) + " */6 * * *\"");
        line(1, "concurrencyPolicy: Forbid");
        line(1, "successfulJobsHistoryLimit: 3");
        line(1, "jobTemplate:");
        line(2, "spec:");
        line(3, "backoffLimit: 2");
        line(3, "template:");
        line(4, "spec:");
        line(5, bug == 2 ? "restartPolicy: Always" : "restartPolicy: OnFailure");
        line(5, "containers:");
        line(5, "- name: cleanup");
        line(6, "image: " + image(app));
        line(6, "command: [\"/bin/cleanup\", \"--older-than=720h\"]");
        resources(6, false, false);
    }

    private void job(App app, boolean buggy) {
        header("batch/v1", "Job", app.name + "-seed", app);
        line(0, "spec:");
        line(1, "ttlSecondsAfterFinished: 3600");
        line(1, "template:");
        line(2, "spec:");
        line(3, "restartPolicy: Never");
        line(3, "containers:");
        line(3, "- name: seed");
        line(4, "image: " + (buggy ? "busybox" : image(app)));
        line(4, "command: [\"/bin/seed\"]");
        resources(4, false, false);
    }

    private void autoscaler(App app, boolean buggy) {
        header("autoscaling/v2", "HorizontalPodAutoscaler", app.name, app);
        line(0, "spec:");
        line(1, "scaleTargetRef:");
        line(2, "apiVersion: apps/v1");
        line(2, "kind: Deployment");
        line(2, "name: " + app.name);
        line(1, buggy ? "minReplicas: 10" : "minReplicas: 2");
        line(1, "maxReplicas: " + (buggy ? 4 : 4 + random.nextInt(20)));
        line(1, "metrics:");
        line(1, "- type: Resource");
        line(2, "resource:");
        line(3, "name: cpu");
        line(3, "target:");
        line(4, "type: Utilization");
        line(4, "averageUtilization: " + (50 + random.nextInt(30)));
    }

    private void disruptionBudget(App app, boolean buggy) {
        header("policy/v1", "PodDisruptionBudget", app.name, app);
        line(0, "spec:");
        line(1, buggy ? "minAvailable: 100%" : "maxUnavailable: 1");
        line(1, "selector:");
        line(2, "matchLabels:");
        line(3, "app.kubernetes.io/name: " + app.name);
    }

    private void networkPolicy(App app) {
        header("networking.k8s.io/v1", "NetworkPolicy", app.name, app);
        line(0, "spec:");
        line(1, "podSelector:");
        line(2, "matchLabels:");
        line(3, "app.kubernetes.io/name: " + app.name);
        line(1, "policyTypes: [\"Ingress\"]");
        line(1, "ingress:");
        line(1, "- from:");
        line(2, "- namespaceSelector:");
        line(4, "matchLabels:");
        line(5, "kubernetes.io/metadata.name: ingress-nginx");
        line(2, "ports:");
        line(2, "- port: http");
        line(3, "protocol: TCP");
    }

    private void secret(App app, boolean buggy) {
        header("v1", "Secret", app.name + "-credentials", app);
        line(0, "type: Opaque");
        line(0, "data:");
        line(1, "username: " + (buggy ? "app-user" : "YXBwLXVzZXI="));
        line(1, "password: Y2hhbmdlLW1lLXBsZWFzZQ==");
    }

    private void claim(App app, boolean buggy) {
        header("v1", "PersistentVolumeClaim", app.name + "-uploads", app);
        line(0, "spec:");
        line(1, "accessModes: [\"ReadWriteOnce\"]");
        line(1, "storageClassName: standard");
        line(1, "resources:");
        line(2, "requests:");
        line(3, "storage: " + (5 * (1 + random.nextInt(20))) + (buggy ? "GB" : "Gi"));
    }

    private void header(String apiVersion, String kind, String name, App app) {
        line(0, "apiVersion: " + apiVersion);
        line(0, "kind: " + kind);
        line(0, "metadata:");
        line(1, "name: " + name);
        line(1, "namespace: " + app.team);
    }

    private void labels(int depth, App app) {
        line(depth, "app.kubernetes.io/name: " + app.name);
        line(depth, "app.kubernetes.io/part-of: " + app.team);
        line(depth, "app.kubernetes.io/version: \"" + app.version() + "\"");
    }

    private String image(App app) {
        String pattern = IMAGES[app.index % IMAGES.length];
        return String.format(pattern, app.team, app.name, 1 + app.index % 3, app.index % 17, app.index % 9);
    }

    private String envValue(String name) {
        return switch (name) {
            case "LOG_LEVEL" -> "info";
            case "LOG_FORMAT" -> "json";
            case "HTTP_PORT" -> "8080";
            case "GRPC_PORT" -> "9000";
            case "DB_PORT" -> "5432";
            case "DB_POOL_SIZE", "GOMAXPROCS" -> Integer.toString(2 + random.nextInt(30));
            case "TZ" -> "UTC";
            case "REGION" -> "eu-west-" + (1 + random.nextInt(3));
            default -> name.toLowerCase().replace('_', '-') + "-" + Integer.toHexString(random.nextInt(1 << 20));
        };
    }

    private void separator() {
        out.append("---\n");
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    /** One application of one team. */
    private record App(String team, String name, int index) {
        String version() {
            return (1 + index % 3) + "." + index % 17 + "." + index % 9;
        }

        String host() {
            return name + "." + team + ".example.com";
        }
    }
}
