package dev.kvet.object;

import dev.kvet.finding.RuleInfo;
import dev.kvet.finding.Severity;

/** The findings born while telling Kubernetes objects apart from other YAML. */
public enum ObjectRule {
    MISSING_API_VERSION("schema/missing-api-version", Severity.ERROR, "An object has no apiVersion",
            "Every Kubernetes object names its API group and version, e.g. apiVersion: apps/v1."),
    MISSING_KIND("schema/missing-kind", Severity.ERROR, "An object has no kind",
            "Every Kubernetes object names its kind, e.g. kind: Deployment.");

    private final RuleInfo info;

    ObjectRule(String id, Severity severity, String title, String description) {
        this.info = new RuleInfo(id, severity, title, description);
    }

    /** The rule's id, severity and documentation. */
    public RuleInfo info() {
        return info;
    }
}
