package dev.kvet.source;

import dev.kvet.finding.EngineRule;
import dev.kvet.finding.Finding;
import dev.kvet.finding.RuleInfo;
import dev.kvet.finding.Severity;
import dev.kvet.location.Span;

/**
 * The findings born while choosing what to read: YAML files of a Helm chart or a kustomization that are not
 * manifests, and so are not checked as if they were.
 */
public enum SourceRule implements EngineRule {
    HELM_CHART_FILE("source/helm-chart-file", Severity.INFO, "A Helm chart's own file was not checked",
            "Chart.yaml, values files and chart-testing values (ci/) describe a Helm chart; they never reach a "
                    + "cluster. kvet checks the chart's templates (those without template code) and CRDs; check "
                    + "the rendered chart with 'helm template CHART | kvet check -'."),
    KUSTOMIZE_FILE("source/kustomize-file", Severity.INFO, "A kustomize file was not checked",
            "A kustomization file, and the patches, generator inputs and transformer configurations it names, "
                    + "are kustomize's input, not objects of their own: a patch holds only the fields it changes. "
                    + "kvet checks the resources; check the built result with 'kustomize build DIR | kvet check -'."),
    COMPOSE_FILE("source/compose-file", Severity.INFO, "A Docker Compose file was not checked",
            "compose.yaml and docker-compose.yml describe containers for Docker Compose, not Kubernetes objects. "
                    + "To turn one into manifests, 'kompose convert' writes them; check those.");

    private final RuleInfo info;

    SourceRule(String id, Severity severity, String title, String description) {
        this.info = new RuleInfo(id, severity, title, description);
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    /** A finding of this rule about a whole file. */
    Finding about(String file, String message, String hint) {
        return new Finding(file, Span.at(1, 1), info.severity(), info.id(), message, hint, null, null, null);
    }
}
