package dev.kvet.rules.code.validation.podsecurity;

import static dev.kvet.rules.code.validation.podsecurity.PodSecurityLevel.BASELINE;
import static dev.kvet.rules.code.validation.podsecurity.PodSecurityLevel.RESTRICTED;

import java.util.EnumSet;
import java.util.Set;

/**
 * A check of the PodSecurity admission ({@code k8s.io/pod-security-admission/policy/check_<id>.go}), with the
 * levels it runs at: a restricted check that overrides a baseline one ({@code OverrideCheckIDs}) leaves that one
 * to the baseline level alone.
 */
public enum Control {
    HOST_NAMESPACES("hostNamespaces", "Host Namespaces", EnumSet.of(BASELINE, RESTRICTED)),
    PRIVILEGED("privileged", "Privileged Containers", EnumSet.of(BASELINE, RESTRICTED)),
    CAPABILITIES_BASELINE("capabilities_baseline", "Capabilities", EnumSet.of(BASELINE)),
    HOST_PATH_VOLUMES("hostPathVolumes", "HostPath Volumes", EnumSet.of(BASELINE)),
    HOST_PORTS("hostPorts", "Host Ports", EnumSet.of(BASELINE, RESTRICTED)),
    APPARMOR("appArmorProfile", "AppArmor", EnumSet.of(BASELINE, RESTRICTED)),
    SELINUX("seLinuxOptions", "SELinux", EnumSet.of(BASELINE, RESTRICTED)),
    PROC_MOUNT("procMount", "/proc Mount Type", EnumSet.of(BASELINE, RESTRICTED)),
    SECCOMP_BASELINE("seccompProfile_baseline", "Seccomp", EnumSet.of(BASELINE)),
    SYSCTLS("sysctls", "Sysctls", EnumSet.of(BASELINE, RESTRICTED)),
    WINDOWS_HOST_PROCESS("windowsHostProcess", "HostProcess", EnumSet.of(BASELINE, RESTRICTED)),
    HOST_PROBES("hostProbesAndHostLifecycle", "Host Probes / Lifecycle Hooks", EnumSet.of(BASELINE, RESTRICTED)),
    RESTRICTED_VOLUMES("restrictedVolumes", "Volume Types", EnumSet.of(RESTRICTED)),
    ALLOW_PRIVILEGE_ESCALATION("allowPrivilegeEscalation", "Privilege Escalation", EnumSet.of(RESTRICTED)),
    RUN_AS_NON_ROOT("runAsNonRoot", "Running as Non-root", EnumSet.of(RESTRICTED)),
    RUN_AS_USER("runAsUser", "Running as Non-root user", EnumSet.of(RESTRICTED)),
    SECCOMP_RESTRICTED("seccompProfile_restricted", "Seccomp", EnumSet.of(RESTRICTED)),
    CAPABILITIES_RESTRICTED("capabilities_restricted", "Capabilities", EnumSet.of(RESTRICTED)),
    PROC_MOUNT_RESTRICTED("procMount_restricted", "/proc Mount Type", EnumSet.of(RESTRICTED));

    private final String id;
    private final String title;
    private final Set<PodSecurityLevel> levels;

    Control(String id, String title, Set<PodSecurityLevel> levels) {
        this.id = id;
        this.title = title;
        this.levels = levels;
    }

    /** The check's id in the admission's code, as its messages and exemptions name it. */
    public String id() {
        return id;
    }

    /** The control's name in the Pod Security Standards. */
    public String title() {
        return title;
    }

    /** The levels whose policy runs the check. */
    public Set<PodSecurityLevel> levels() {
        return levels;
    }
}
