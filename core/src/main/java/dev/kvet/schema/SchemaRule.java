package dev.kvet.schema;

import dev.kvet.finding.EngineRule;
import dev.kvet.finding.RuleInfo;
import dev.kvet.finding.Severity;

/** The findings of the schema engine: what the Kubernetes API server itself would refuse, said plainly. */
public enum SchemaRule implements EngineRule {
    UNKNOWN_FIELD("schema/unknown-field", Severity.ERROR, "A field the object's type does not have",
            "kubectl apply --validate=strict rejects fields the API does not know; a typo silently loses the "
                    + "setting otherwise. The hint names the nearest valid fields."),
    MISPLACED_FIELD("schema/misplaced-field", Severity.ERROR, "A valid field at the wrong level",
            "The field exists, but below or beside the place it was written (containerPort belongs in a "
                    + "container's ports list). Move it where the hint says."),
    WRONG_TYPE("schema/wrong-type", Severity.ERROR, "A value of the wrong type",
            "The API server cannot decode the value (replicas: \"3\", a label value 1.0). Unquoted yes, no, on, "
                    + "off and numbers with leading zeros are read by Kubernetes' YAML 1.1 parser as booleans and "
                    + "octal numbers: quote them when you mean a string."),
    INVALID_VALUE("schema/invalid-value", Severity.ERROR, "A value the field does not allow",
            "The field takes one of a fixed set of values, or a value of a fixed syntax such as a resource "
                    + "quantity (500m, 1Gi, 1e3); the API server refuses anything else."),
    MISSING_FIELD("schema/missing-field", Severity.ERROR, "A required field is missing",
            "The API server refuses the object without it."),
    UNKNOWN_API_VERSION("schema/unknown-api-version", Severity.ERROR, "An apiVersion Kubernetes does not serve",
            "The group or version is not part of Kubernetes; the hint names the apiVersion that serves the kind."),
    INVALID_KIND("schema/invalid-kind", Severity.ERROR, "A kind that the apiVersion does not serve",
            "The kind is misspelled, or lives in another API group; the hint names the nearest kinds."),
    REMOVED_API("schema/removed-api", Severity.ERROR, "An API removed from the target Kubernetes version",
            "The apiVersion was served by older Kubernetes releases only; the message says when it was "
                    + "deprecated and removed and which apiVersion replaces it."),
    DEPRECATED_API("schema/deprecated-api", Severity.WARNING, "An API deprecated in the target Kubernetes version",
            "The apiVersion still works but is scheduled for removal; move to the replacement before upgrading."),
    NOT_YET_AVAILABLE("schema/api-not-yet-available", Severity.ERROR,
            "An API that the target Kubernetes version does not serve yet",
            "The apiVersion and kind exist only in newer Kubernetes releases than the one checked against."),
    TOOL_CONFIG("schema/tool-config", Severity.INFO, "A tool's configuration file, not a Kubernetes object",
            "kubeconfig, kubelet or kubeadm configuration, kind and Skaffold files look like Kubernetes objects but "
                    + "are read by their tool, never by the API server; kvet does not check them."),
    UNKNOWN_KIND("schema/unknown-kind", Severity.INFO, "A custom resource without its definition",
            "The object belongs to a custom API group and no CustomResourceDefinition for it was given, so "
                    + "its fields were not checked. Pass the CRD with --crd FILE|DIR or check it along."),
    INVALID_CRD("schema/invalid-crd", Severity.WARNING,
            "A CustomResourceDefinition or schema file whose schema cannot be used",
            "The CRD's openAPIV3Schema, or the --schemas file of the type, could not be read, so its custom resources "
                    + "are not checked."),
    VERSION_FALLBACK("schema/version-fallback", Severity.INFO,
            "The requested Kubernetes version is not bundled; the nearest one is used",
            "kvet bundles the API of Kubernetes 1.28 to 1.36 except 1.31; other versions are checked against "
                    + "the nearest bundled one.");

    private final RuleInfo info;

    SchemaRule(String id, Severity severity, String title, String description) {
        this.info = new RuleInfo(id, severity, title, description);
    }

    @Override
    public RuleInfo info() {
        return info;
    }
}
