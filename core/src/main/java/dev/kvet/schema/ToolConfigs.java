package dev.kvet.schema;

import dev.kvet.object.Identified;
import java.util.Map;
import java.util.Optional;

/**
 * Files that look like Kubernetes objects but are configuration of a tool, read by that tool and never sent to the
 * API server: kubeconfig, the components' own configuration (kubelet.config.k8s.io, kubeadm.k8s.io, audit
 * policies), and the local-cluster and build tools people keep beside their manifests.
 */
final class ToolConfigs {

    /** API groups of configuration formats, and the tool that reads each. */
    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("skaffold", "Skaffold"),
            Map.entry("kind.x-k8s.io", "kind"),
            Map.entry("k3d.io", "k3d"),
            Map.entry("ctlptl.dev", "ctlptl"),
            Map.entry("kubeadm.k8s.io", "kubeadm"),
            Map.entry("audit.k8s.io", "the API server (an audit policy)"),
            Map.entry("kpt.dev", "kpt"),
            Map.entry("config.kubernetes.io", "kpt and kustomize functions"),
            Map.entry("kustomize.config.k8s.io", "kustomize"));

    /** Groups named {@code <component>.config.k8s.io} hold the configuration of a Kubernetes component. */
    private static final String COMPONENT_CONFIG = ".config.k8s.io";

    private ToolConfigs() {
    }

    /** The tool whose configuration the object is, if it is one. */
    static Optional<String> readerOf(Identified object) {
        if ("v1".equals(object.apiVersion()) && "Config".equals(object.kind())) {
            return Optional.of("kubectl (a kubeconfig)");
        }
        String group = object.group();
        String tool = GROUPS.get(group);
        if (tool != null) {
            return Optional.of(tool);
        }
        if (group.endsWith(COMPONENT_CONFIG)) {
            return Optional.of("the Kubernetes component " + group.substring(0, group.length() - COMPONENT_CONFIG.length()));
        }
        return Optional.empty();
    }
}
