package dev.kvet.document;

import dev.kvet.finding.Finding;
import dev.kvet.finding.RuleInfo;
import dev.kvet.finding.Severity;
import dev.kvet.location.Span;

/**
 * The findings born while reading: YAML problems, and documents that do not identify as a Kubernetes object.
 * Everything later (schema, rules, scheduler) has its own rules.
 */
public enum YamlRule {
    SYNTAX("yaml/syntax", Severity.ERROR, "The file is not valid YAML",
            "The YAML parser stopped at this position; nothing after it in the file was checked."),
    TAB_INDENTATION("yaml/tab-indentation", Severity.ERROR, "A tab is used for indentation",
            "YAML allows only spaces for indentation. Replace the tab with spaces."),
    DUPLICATE_KEY("yaml/duplicate-key", Severity.ERROR, "A key appears twice in the same map",
            "Kubernetes silently keeps the last value of a repeated key, so the earlier one is lost."),
    COMPLEX_KEY("yaml/complex-key", Severity.ERROR, "A map key is a list or a map",
            "Kubernetes objects are JSON: every key is a string."),
    UNDEFINED_ALIAS("yaml/undefined-alias", Severity.ERROR, "An alias names no anchor before it",
            "An alias (*name) must refer to an anchor (&name) defined earlier in the same document."),
    ALIAS_BOMB("yaml/alias-bomb", Severity.ERROR, "Aliases expand the document beyond a safe size",
            "Nested aliases multiply the size of the document (a 'billion laughs' attack); the API server refuses it."),
    TOO_DEEP("yaml/too-deep", Severity.ERROR, "The document is nested too deeply",
            "No Kubernetes object nests this deep; the rest of the file was not checked."),
    NOT_TEXT("yaml/not-text", Severity.ERROR, "The file is not text",
            "The file holds bytes that are not text (a NUL byte or invalid UTF-8); it cannot be a manifest."),
    HELM_TEMPLATE("yaml/helm-template", Severity.INFO, "A Helm template was skipped",
            "Templates are not manifests until they are rendered. Check the output of 'helm template' instead."),
    NOT_KUBERNETES("yaml/not-kubernetes", Severity.WARNING, "A document is not a Kubernetes object",
            "The document has neither apiVersion nor kind. Exclude files that are not manifests with --exclude."),
    TOO_LARGE("yaml/too-large", Severity.ERROR, "The file is too large to be a manifest",
            "The API server refuses objects over about 1.5 MiB; kvet does not read files this large."),
    MISSING_API_VERSION("schema/missing-api-version", Severity.ERROR, "An object has no apiVersion",
            "Every Kubernetes object names its API group and version, e.g. apiVersion: apps/v1."),
    MISSING_KIND("schema/missing-kind", Severity.ERROR, "An object has no kind",
            "Every Kubernetes object names its kind, e.g. kind: Deployment.");

    private final RuleInfo info;

    YamlRule(String id, Severity severity, String title, String description) {
        this.info = new RuleInfo(id, severity, title, description);
    }

    /** The rule's id, severity and documentation. */
    public RuleInfo info() {
        return info;
    }

    /** A finding of this rule about a file-level position, outside any object. */
    public Finding at(String file, Span span, Integer document, String message, String hint) {
        return new Finding(file, span, info.severity(), info.id(), message, hint, null, document, null);
    }
}
