package dev.kvet.rules.code.validation.podsecurity;

import static dev.kvet.rules.code.validation.podsecurity.SecurityContext.isFalse;
import static dev.kvet.rules.code.validation.podsecurity.SecurityContext.isSet;
import static dev.kvet.rules.code.validation.podsecurity.SecurityContext.text;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import dev.kvet.workload.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The checks that the restricted level adds to the baseline ones, as the PodSecurity admission's
 * {@code check_*.go} make them. A container's setting stands in for a missing pod-level one, never for a pod-level
 * one that is wrong. From policy 1.25 a Windows pod (spec.os.name: windows) passes the Linux-only ones:
 * allowPrivilegeEscalation, seccomp and capabilities.
 */
final class RestrictedChecks {

    /** restrictedVolumes: the volume sources a restricted pod may use; any other is forbidden. */
    static final Set<String> ALLOWED_VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "image", "persistentVolumeClaim", "projected", "secret");

    private static final Set<String> CONFINED_SECCOMP = Set.of("RuntimeDefault", "Localhost");

    private RestrictedChecks() {
    }

    static void check(PodViolations violations) {
        YamlMap spec = violations.pod().spec();
        if (spec == null) {
            return;
        }
        restrictedVolumes(spec, violations);
        runAsNonRoot(violations);
        runAsUser(violations);
        seccompProfile(violations);
        for (Container container : violations.pod().containers()) {
            SecurityContext context = SecurityContext.of(container);
            allowPrivilegeEscalation(context, violations);
            capabilities(context, violations);
        }
    }

    /** The versions of a check that began at {@code minor} and that Windows pods pass from 1.25. */
    private static PolicyVersions linuxOnly(int minor, PodViolations violations) {
        return violations.windows() ? new PolicyVersions(minor, 25) : PolicyVersions.from(minor);
    }

    /** The versions of a check that began at {@code minor} and that user-namespaced pods pass from 1.35. */
    private static PolicyVersions withHostUsers(int minor, PodViolations violations) {
        return violations.userNamespace() ? new PolicyVersions(minor, 35) : PolicyVersions.from(minor);
    }

    private static void restrictedVolumes(YamlMap spec, PodViolations violations) {
        YamlList volumes = spec.list("volumes");
        for (int i = 0; volumes != null && i < volumes.size(); i++) {
            if (!(volumes.get(i) instanceof YamlMap volume)
                    || volume.entries().keySet().stream().anyMatch(ALLOWED_VOLUMES::contains)) {
                continue;
            }
            int index = i;
            // A volume without a source is defaulted to an emptyDir, which is allowed.
            volume.entries().keySet().stream().filter(key -> !key.equals("name")).findFirst().ifPresent(type ->
                    violations.atKey(Control.RESTRICTED_VOLUMES, PolicyVersions.ALL,
                            violations.pod().specField("volumes").child(index).child(type),
                            "volume \"" + text(volume, "name") + "\" uses the restricted volume type " + type
                                    + " (allowed: " + String.join(", ", ALLOWED_VOLUMES.stream().sorted().toList())
                                    + ")"));
        }
    }

    private static void allowPrivilegeEscalation(SecurityContext context, PodViolations violations) {
        if (!isFalse(context.get("allowPrivilegeEscalation"))) {
            violations.atKey(Control.ALLOW_PRIVILEGE_ESCALATION, linuxOnly(8, violations),
                    context.pointer("allowPrivilegeEscalation"),
                    "allowPrivilegeEscalation must be false in " + context.owner());
        }
    }

    private static void capabilities(SecurityContext context, PodViolations violations) {
        PolicyVersions versions = linuxOnly(22, violations);
        YamlMap capabilities = context.map("capabilities");
        YamlList drop = capabilities == null ? null : capabilities.list("drop");
        if (drop == null || drop.items().stream().noneMatch(item -> "ALL".equals(text(item)))) {
            violations.atKey(Control.CAPABILITIES_RESTRICTED, versions, context.pointer("capabilities", "drop"),
                    "capabilities.drop must include ALL in " + context.owner());
        }
        YamlList add = capabilities == null ? null : capabilities.list("add");
        for (int i = 0; add != null && i < add.size(); i++) {
            String capability = text(add.get(i));
            if (!capability.equals("NET_BIND_SERVICE")) {
                violations.atValue(Control.CAPABILITIES_RESTRICTED, versions,
                        context.pointer("capabilities", "add").child(i), "the capability " + capability
                                + " must not be added in " + context.owner() + " (only NET_BIND_SERVICE may be)");
            }
        }
    }

    /** runAsNonRoot: true, the container's own or, for a container that sets none, the pod's. */
    private static void runAsNonRoot(PodViolations violations) {
        ownOrPods(violations, new Setting(Control.RUN_AS_NON_ROOT, withHostUsers(0, violations), "runAsNonRoot",
                SecurityContext::isTrue, "runAsNonRoot must be true"));
    }

    private static void runAsUser(PodViolations violations) {
        PolicyVersions versions = withHostUsers(23, violations);
        for (SecurityContext context : BaselineChecks.podAndContainerContexts(violations)) {
            if (context.get("runAsUser") instanceof YamlScalar user && user.value().value() instanceof Number number
                    && number.longValue() == 0) {
                violations.atValue(Control.RUN_AS_USER, versions, context.pointer("runAsUser"),
                        "runAsUser must not be 0 in " + context.owner());
            }
        }
    }

    /** seccompProfile_restricted: RuntimeDefault or Localhost, the container's own or the pod's. */
    private static void seccompProfile(PodViolations violations) {
        ownOrPods(violations, new Setting(Control.SECCOMP_RESTRICTED, linuxOnly(19, violations), "seccompProfile",
                profile -> profile instanceof YamlMap map && CONFINED_SECCOMP.contains(text(map, "type")),
                "seccompProfile.type must be RuntimeDefault or Localhost"));
    }

    /**
     * A security context setting that every container needs, its own or the pod's.
     *
     * @param field   the field of the security context
     * @param good    whether a value that is set is allowed
     * @param problem what to set
     */
    private record Setting(Control control, PolicyVersions versions, String field, Predicate<YamlNode> good,
                           String problem) {

        /** Whether the context sets the field, reporting a value that is not allowed. */
        boolean setIn(SecurityContext context, PodViolations violations) {
            YamlNode value = context.get(field);
            if (!isSet(value)) {
                return false;
            }
            if (!good.test(value)) {
                violations.atValue(control, versions, context.pointer(field), problem + " in " + context.owner());
            }
            return true;
        }
    }

    /**
     * As the admission checks a setting that containers may inherit: a bad value anywhere is forbidden, even beside
     * good container values; the containers that set none need the pod's, and are reported once, where the pod's
     * setting belongs.
     */
    private static void ownOrPods(PodViolations violations, Setting setting) {
        List<String> unset = new ArrayList<>();
        for (Container container : violations.pod().containers()) {
            if (!setting.setIn(SecurityContext.of(container), violations)) {
                unset.add(container.name());
            }
        }
        SecurityContext pod = SecurityContext.of(violations.pod());
        if (!setting.setIn(pod, violations) && !unset.isEmpty()) {
            violations.atKey(setting.control(), setting.versions(), pod.pointer(setting.field()),
                    setting.problem() + " in the pod or in " + containers(unset));
        }
    }

    private static String containers(List<String> names) {
        return (names.size() == 1 ? "container " : "containers ")
                + names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
    }
}
