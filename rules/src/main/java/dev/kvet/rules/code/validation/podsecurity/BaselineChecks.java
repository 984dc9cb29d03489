package dev.kvet.rules.code.validation.podsecurity;

import static dev.kvet.rules.code.validation.podsecurity.SecurityContext.isSet;
import static dev.kvet.rules.code.validation.podsecurity.SecurityContext.isTrue;
import static dev.kvet.rules.code.validation.podsecurity.SecurityContext.text;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.rules.code.support.Probe;
import dev.kvet.workload.Container;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of the baseline level, as the PodSecurity admission's {@code check_*.go} make them: every container
 * (init, app and ephemeral) counts, and a container's setting never excuses the pod's.
 */
final class BaselineChecks {

    /** capabilities_baseline: what a container may add. */
    static final Set<String> ALLOWED_CAPABILITIES = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER",
            "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    /** sysctls: the safe sysctls, by the policy version that first allows each. */
    static final Map<String, Integer> SAFE_SYSCTLS = Map.ofEntries(
            Map.entry("kernel.shm_rmid_forced", 0), Map.entry("net.ipv4.ip_local_port_range", 0),
            Map.entry("net.ipv4.tcp_syncookies", 0), Map.entry("net.ipv4.ping_group_range", 0),
            Map.entry("net.ipv4.ip_unprivileged_port_start", 0), Map.entry("net.ipv4.ip_local_reserved_ports", 27),
            Map.entry("net.ipv4.tcp_keepalive_time", 29), Map.entry("net.ipv4.tcp_fin_timeout", 29),
            Map.entry("net.ipv4.tcp_keepalive_intvl", 29), Map.entry("net.ipv4.tcp_keepalive_probes", 29),
            Map.entry("net.ipv4.tcp_rmem", 32), Map.entry("net.ipv4.tcp_wmem", 32));

    /** seLinuxOptions: the SELinux types a pod may ask for, by the policy version that first allows each. */
    private static final Map<String, Integer> SELINUX_TYPES = Map.of(
            "", 0, "container_t", 0, "container_init_t", 0, "container_kvm_t", 0, "container_engine_t", 31);

    private static final String APPARMOR_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";
    private static final Set<String> CONFINED_PROFILES = Set.of("RuntimeDefault", "Localhost");

    private BaselineChecks() {
    }

    static void check(PodViolations violations) {
        YamlMap spec = violations.pod().spec();
        if (spec == null) {
            return;
        }
        hostNamespaces(spec, violations);
        hostPathVolumes(spec, violations);
        appArmorAnnotations(violations);
        sysctls(SecurityContext.of(violations.pod()), violations);
        podAndContainerContexts(violations).forEach(context -> {
            seLinuxOptions(context, violations);
            appArmorProfile(context, violations);
            seccompProfile(context, violations);
            windowsHostProcess(context, violations);
        });
        for (Container container : violations.pod().containers()) {
            SecurityContext context = SecurityContext.of(container);
            if (isTrue(context.get("privileged"))) {
                violations.atValue(Control.PRIVILEGED, PolicyVersions.ALL, context.pointer("privileged"),
                        "privileged must be false in " + context.owner());
            }
            baselineCapabilities(context, violations);
            hostPorts(container, violations);
            procMount(context, violations);
            hostProbes(container, violations);
        }
    }

    /** The pod's security context, then each container's. */
    static List<SecurityContext> podAndContainerContexts(PodViolations violations) {
        List<SecurityContext> contexts = new ArrayList<>();
        contexts.add(SecurityContext.of(violations.pod()));
        violations.pod().containers().forEach(container -> contexts.add(SecurityContext.of(container)));
        return contexts;
    }

    private static void hostNamespaces(YamlMap spec, PodViolations violations) {
        for (String field : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (isTrue(spec.get(field))) {
                violations.atValue(Control.HOST_NAMESPACES, PolicyVersions.ALL, violations.pod().specField(field),
                        field + " must be false or unset");
            }
        }
    }

    private static void hostPathVolumes(YamlMap spec, PodViolations violations) {
        YamlList volumes = spec.list("volumes");
        for (int i = 0; volumes != null && i < volumes.size(); i++) {
            if (volumes.get(i) instanceof YamlMap volume && isSet(volume.get("hostPath"))) {
                violations.atKey(Control.HOST_PATH_VOLUMES, PolicyVersions.ALL,
                        violations.pod().specField("volumes").child(i).child("hostPath"),
                        "volume \"" + text(volume, "name") + "\" must not be a hostPath volume");
            }
        }
    }

    private static void appArmorAnnotations(PodViolations violations) {
        YamlMap metadata = violations.pod().metadata();
        YamlMap annotations = metadata == null ? null : metadata.map("annotations");
        if (annotations == null) {
            return;
        }
        annotations.entries().forEach((key, entry) -> {
            String value = text(entry.value());
            if (key.startsWith(APPARMOR_ANNOTATION) && !value.isEmpty() && !value.equals("runtime/default")
                    && !value.startsWith("localhost/")) {
                violations.atValue(Control.APPARMOR, PolicyVersions.ALL,
                        violations.pod().metadataPointer().child("annotations").child(key),
                        "the AppArmor profile of container \"" + key.substring(APPARMOR_ANNOTATION.length())
                                + "\" must be runtime/default or localhost/<profile>, not " + value);
            }
        });
    }

    private static void sysctls(SecurityContext pod, PodViolations violations) {
        YamlList sysctls = pod.get("sysctls") instanceof YamlList list ? list : null;
        for (int i = 0; sysctls != null && i < sysctls.size(); i++) {
            if (sysctls.get(i) instanceof YamlMap sysctl) {
                String name = text(sysctl, "name");
                Integer safeFrom = SAFE_SYSCTLS.get(name);
                if (safeFrom == null || safeFrom > 0) {
                    violations.atValue(Control.SYSCTLS,
                            safeFrom == null ? PolicyVersions.ALL : PolicyVersions.before(safeFrom),
                            pod.pointer("sysctls").child(i).child("name"),
                            "the sysctl " + name + " is not in the safe set");
                }
            }
        }
    }

    private static void seLinuxOptions(SecurityContext context, PodViolations violations) {
        YamlMap options = context.map("seLinuxOptions");
        if (options == null) {
            return;
        }
        String type = text(options, "type");
        Integer allowedFrom = SELINUX_TYPES.get(type);
        if (allowedFrom == null || allowedFrom > 0) {
            violations.atValue(Control.SELINUX, allowedFrom == null ? PolicyVersions.ALL
                            : PolicyVersions.before(allowedFrom), context.pointer("seLinuxOptions", "type"),
                    "seLinuxOptions.type " + type + " is forbidden in " + context.owner()
                            + " (allowed: container_t, container_init_t, container_kvm_t, container_engine_t)");
        }
        for (String field : List.of("user", "role")) {
            if (!text(options, field).isEmpty()) {
                violations.atValue(Control.SELINUX, PolicyVersions.ALL, context.pointer("seLinuxOptions", field),
                        "seLinuxOptions." + field + " must not be set in " + context.owner());
            }
        }
    }

    private static void appArmorProfile(SecurityContext context, PodViolations violations) {
        YamlMap profile = context.map("appArmorProfile");
        if (profile != null && !CONFINED_PROFILES.contains(text(profile, "type"))) {
            violations.atValue(Control.APPARMOR, PolicyVersions.ALL, context.pointer("appArmorProfile", "type"),
                    "appArmorProfile.type must be RuntimeDefault or Localhost in " + context.owner());
        }
    }

    private static void seccompProfile(SecurityContext context, PodViolations violations) {
        YamlMap profile = context.map("seccompProfile");
        if (profile != null && "Unconfined".equals(text(profile, "type"))) {
            violations.atValue(Control.SECCOMP_BASELINE, PolicyVersions.from(19),
                    context.pointer("seccompProfile", "type"),
                    "seccompProfile.type must not be Unconfined in " + context.owner());
        }
    }

    private static void windowsHostProcess(SecurityContext context, PodViolations violations) {
        YamlMap options = context.map("windowsOptions");
        if (options != null && isTrue(options.get("hostProcess"))) {
            violations.atValue(Control.WINDOWS_HOST_PROCESS, PolicyVersions.ALL,
                    context.pointer("windowsOptions", "hostProcess"),
                    "windowsOptions.hostProcess must be false in " + context.owner());
        }
    }

    private static void baselineCapabilities(SecurityContext context, PodViolations violations) {
        YamlMap capabilities = context.map("capabilities");
        YamlList add = capabilities == null ? null : capabilities.list("add");
        for (int i = 0; add != null && i < add.size(); i++) {
            String capability = text(add.get(i));
            if (!ALLOWED_CAPABILITIES.contains(capability)) {
                violations.atValue(Control.CAPABILITIES_BASELINE, PolicyVersions.ALL,
                        context.pointer("capabilities", "add").child(i), "the capability " + capability
                                + " must not be added in " + context.owner());
            }
        }
    }

    private static void hostPorts(Container container, PodViolations violations) {
        YamlList ports = container.node().list("ports");
        for (int i = 0; ports != null && i < ports.size(); i++) {
            if (ports.get(i) instanceof YamlMap port && port.get("hostPort") instanceof YamlScalar hostPort
                    && hostPort.value().value() instanceof Number number && number.longValue() != 0) {
                violations.atValue(Control.HOST_PORTS, PolicyVersions.ALL,
                        container.pointer("ports").child(i).child("hostPort"), "hostPort " + number
                                + " must not be set in container \"" + container.name() + "\"");
            }
        }
    }

    /**
     * procMount: only Default. From policy 1.35 the baseline check lets a pod in a user namespace unmask /proc,
     * while the restricted level's own check (procMount_restricted) still forbids it.
     */
    private static void procMount(SecurityContext context, PodViolations violations) {
        String procMount = text(context.get("procMount"));
        if (procMount.isEmpty() || procMount.equals("Default")) {
            return;
        }
        JsonPointer field = context.pointer("procMount");
        String problem = "procMount must be Default in " + context.owner();
        if (violations.userNamespace()) {
            violations.atValue(Control.PROC_MOUNT, PolicyVersions.before(35), field, problem);
            violations.atValue(Control.PROC_MOUNT_RESTRICTED, PolicyVersions.from(35), field, problem);
        } else {
            violations.atValue(Control.PROC_MOUNT, PolicyVersions.ALL, field, problem);
        }
    }

    /** hostProbesAndHostLifecycle: a probe or lifecycle hook may not connect to another host (policy 1.34+). */
    private static void hostProbes(Container container, PodViolations violations) {
        Map<String, JsonPointer> handlers = new LinkedHashMap<>();
        Probe.of(container).forEach(probe -> handlers.put(probe.field(), probe.pointer()));
        YamlMap lifecycle = container.node().map("lifecycle");
        for (String hook : List.of("postStart", "preStop")) {
            if (lifecycle != null && lifecycle.get(hook) instanceof YamlMap) {
                handlers.put("lifecycle." + hook, container.pointer("lifecycle").child(hook));
            }
        }
        handlers.forEach((name, pointer) -> {
            for (String handler : List.of("httpGet", "tcpSocket")) {
                YamlNode host = container.template().owner().node(pointer.child(handler).child("host"));
                if (!text(host).isEmpty()) {
                    violations.atValue(Control.HOST_PROBES, PolicyVersions.from(34),
                            pointer.child(handler).child("host"), name + "." + handler
                                    + ".host must not be set in container \"" + container.name() + "\"");
                }
            }
        });
    }
}
