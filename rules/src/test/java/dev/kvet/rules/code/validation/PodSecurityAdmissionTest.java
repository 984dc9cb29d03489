package dev.kvet.rules.code.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.check.Manifests;
import dev.kvet.document.LocatedDocument;
import dev.kvet.document.ManifestParser;
import dev.kvet.finding.Finding;
import dev.kvet.finding.Severity;
import dev.kvet.object.KubeObject;
import dev.kvet.object.ObjectReader;
import dev.kvet.rules.code.RuleFindings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The subtle cases of the PodSecurity admission's checks, mirrored from the cases of
 * {@code k8s.io/pod-security-admission/policy/check_*_test.go} (named in each test).
 */
class PodSecurityAdmissionTest {

    private static final String RESTRICTED = """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
              labels:
                pod-security.kubernetes.io/enforce: restricted
            """;

    @Test
    void aDeploymentWithoutAllowPrivilegeEscalationFalseIsReportedAtTheContainersSecurityContext() {
        assertEquals(List.of("16:5 the PodSecurity admission of namespace \"shop\" (enforce: restricted) rejects this "
                        + "pod: allowPrivilegeEscalation must be false in container \"web\" (control Privilege Escalation)"),
                findings(RESTRICTED, """
                        kind: Pod
                        metadata: {name: web, namespace: shop}
                        spec:
                          securityContext:
                            runAsNonRoot: true
                            seccompProfile: {type: RuntimeDefault}
                          containers:
                          - name: web
                            securityContext:
                              capabilities: {drop: [ALL]}
                        """));
    }

    /** check_runAsNonRoot_test.go: a container's true stands in for a missing pod-level one, never for a false. */
    @Test
    void runAsNonRootAtPodAndContainerLevel() {
        assertEquals(List.of(), problems(restricted(null), pod("runAsNonRoot: true", "a", "b")));
        assertEquals(List.of(), problems(restricted(null), pod("{}", "a: {runAsNonRoot: true}",
                "b: {runAsNonRoot: true}")));
        assertEquals(List.of("runAsNonRoot must be true in the pod or in container \"b\""),
                problems(restricted(null), pod("{}", "a: {runAsNonRoot: true}", "b")));
        assertEquals(List.of("runAsNonRoot must be true in container \"b\""),
                problems(restricted(null), pod("runAsNonRoot: true", "a", "b: {runAsNonRoot: false}")));
        assertEquals(List.of("runAsNonRoot must be true in the pod"),
                problems(restricted(null), pod("runAsNonRoot: false", "a: {runAsNonRoot: true}",
                        "b: {runAsNonRoot: true}")));
    }

    /** check_runAsNonRoot_test.go, check_runAsUser_test.go: policy v1.35 skips both for hostUsers: false. */
    @Test
    void userNamespacePodsPassRunAsNonRootFromPolicy135() {
        String pod = pod("runAsUser: 0", "a").replace("spec:\n", "spec:\n  hostUsers: false\n");
        assertEquals(List.of(), problems(restricted(null), pod));
        assertEquals(List.of("runAsNonRoot must be true in the pod or in container \"a\"",
                        "runAsUser must not be 0 in the pod"),
                problems(restricted("v1.34"), pod));
    }

    /**
     * The admission evaluates {@code latest}, and a pinned version newer than the API server, as the server's own
     * version: the target Kubernetes version of the run (api/helpers.go, ParseVersion and the evaluator's lookup).
     */
    @Test
    void latestAndNewerPinsMeanTheTargetKubernetesVersion() {
        String pod = pod("runAsUser: 0", "a").replace("spec:\n", "spec:\n  hostUsers: false\n");
        List<String> asOf134 = List.of("runAsNonRoot must be true in the pod or in container \"a\"",
                "runAsUser must not be 0 in the pod");
        assertEquals(asOf134, problems(34, restricted(null), pod));
        assertEquals(asOf134, problems(34, restricted("v1.36"), pod));
        assertEquals(List.of(), problems(36, restricted(null), pod));
    }

    /** check_allowPrivilegeEscalation_test.go, check_seccompProfile_restricted_test.go: Windows pods from 1.25. */
    @Test
    void windowsPodsPassTheLinuxOnlyChecksFromPolicy125() {
        String pod = """
                kind: Pod
                metadata: {name: iis, namespace: shop}
                spec:
                  os: {name: windows}
                  securityContext: {runAsNonRoot: true}
                  containers:
                  - name: iis
                """;
        assertEquals(List.of(), problems(restricted("v1.25"), pod));
        assertEquals(List.of("seccompProfile.type must be RuntimeDefault or Localhost in the pod or in container \"iis\"",
                "allowPrivilegeEscalation must be false in container \"iis\"",
                "capabilities.drop must include ALL in container \"iis\""), problems(restricted("v1.24"), pod));
    }

    /** visitor.go: ephemeral containers are checked like the others. */
    @Test
    void ephemeralContainersCount() {
        String pod = pod("{runAsNonRoot: true}", "a") + """
                  ephemeralContainers:
                  - name: debug
                    securityContext: {privileged: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]},
                      seccompProfile: {type: RuntimeDefault}}
                """;
        assertEquals(List.of("privileged must be false in container \"debug\""), problems(restricted(null), pod));
    }

    /** check_sysctls_test.go: a sysctl is safe from the version that added it; a bad version reads as latest. */
    @Test
    void aPinnedVersionAppliesItsOwnSafeSysctls() {
        String pod = pod("{runAsNonRoot: true, sysctls: [{name: net.ipv4.tcp_keepalive_time, value: '600'}]}", "a");
        assertEquals(List.of("the sysctl net.ipv4.tcp_keepalive_time is not in the safe set"),
                problems(restricted("v1.28"), pod));
        assertEquals(List.of(), problems(restricted("v1.29"), pod));
        assertEquals(List.of(), problems(restricted("1.28"), pod));
    }

    /** The baseline checks that restricted overrides run at baseline only: a hostPath volume is reported once. */
    @Test
    void overriddenBaselineChecksDoNotRepeatUnderRestricted() {
        String pod = pod("{runAsNonRoot: true}", "a") + """
                  volumes:
                  - name: logs
                    hostPath: {path: /var/log}
                """;
        assertEquals(List.of("volume \"logs\" uses the restricted volume type hostPath (allowed: configMap, csi, "
                + "downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected, secret)"),
                problems(restricted(null), pod));
        assertEquals(List.of("volume \"logs\" must not be a hostPath volume"),
                problems(restricted(null).replace("restricted", "baseline"), pod));
    }

    private static String restricted(String version) {
        return version == null ? RESTRICTED
                : RESTRICTED + "    pod-security.kubernetes.io/enforce-version: " + version + "\n";
    }

    /** A pod of namespace shop with a seccomp profile, the pod's other settings and containers named as given. */
    private static String pod(String podContext, String... containers) {
        StringBuilder yaml = new StringBuilder("""
                kind: Pod
                metadata: {name: web, namespace: shop}
                spec:
                  securityContext: %s
                  containers:
                """.formatted(podContext.startsWith("{") ? podContext : "{" + podContext + "}"));
        for (String container : containers) {
            String[] parts = container.split(": ", 2);
            String extra = parts.length == 2 ? parts[1].substring(1, parts[1].length() - 1) + ", " : "";
            yaml.append("  - name: ").append(parts[0]).append("\n    securityContext: {").append(extra)
                    .append("allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, ")
                    .append("seccompProfile: {type: RuntimeDefault}}\n");
        }
        return yaml.toString();
    }

    /** What the findings say is wrong, after "rejects this pod: " and before the control. */
    private static List<String> problems(String... documents) {
        return problems(Integer.MAX_VALUE, documents);
    }

    /** The problems when the run targets Kubernetes 1.{@code kubernetesMinor}. */
    private static List<String> problems(int kubernetesMinor, String... documents) {
        return findings(kubernetesMinor, documents).stream()
                .map(message -> message.substring(message.indexOf("pod: ") + 5, message.lastIndexOf(" (control")))
                .toList();
    }

    private static List<String> findings(String... documents) {
        return findings(Integer.MAX_VALUE, documents);
    }

    private static List<String> findings(int kubernetesMinor, String... documents) {
        List<KubeObject> objects = new ArrayList<>();
        String yaml = String.join("---\n", documents);
        for (LocatedDocument document : new ManifestParser().parse("pods.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                .documents()) {
            new ObjectReader().read(document, objects, new ArrayList<>());
        }
        PodSecurityAdmission rule = new PodSecurityAdmission();
        List<Finding> found = new ArrayList<>();
        rule.checkAll(Manifests.of(objects, rule.indexers()),
                new RuleFindings("validation/pod-security-admission", Severity.ERROR, Map.of(), found::add)
                        .forKubernetes(kubernetesMinor));
        return found.stream().map(f -> f.span().line() + ":" + f.span().column() + " " + f.message()).toList();
    }
}
