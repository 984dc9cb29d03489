package dev.kvet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kvet.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of Helm charts and kustomizations that are no manifests, as the collector marks them. */
class ToolFilesTest {

    private static final String DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n";

    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Every collected file with the rule that marks it, or "manifest". */
    private Map<String, String> collect(String... arguments) throws SourceException {
        List<String> paths = arguments.length == 0 ? List.of(root.toString())
                : List.of(arguments).stream().map(argument -> root.resolve(argument).toString()).toList();
        Map<String, String> marked = new LinkedHashMap<>();
        for (Source source : new SourceCollector(List.of()).collect(paths).sources()) {
            NotAManifest why = source.notAManifest();
            marked.put(root.relativize(source.path()).toString(), why == null ? "manifest" : why.finding().rule());
        }
        return marked;
    }

    private NotAManifest reason(String file) throws SourceException {
        return new SourceCollector(List.of()).collect(List.of(root.resolve(file).toString())).sources().get(0)
                .notAManifest();
    }

    private Finding why(String file) throws SourceException {
        NotAManifest reason = reason(file);
        return reason == null ? null : reason.finding();
    }

    @Test
    void aChartsOwnFilesAreNotManifestsButItsTemplatesAndCrdsAre() throws Exception {
        write("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n");
        write("charts/web/values.yaml", "replicaCount: 2\n");
        write("charts/web/values-prod.yaml", "replicaCount: 3\n");
        write("charts/web/values.schema.json", "{}\n");
        write("charts/web/ci/small-values.yaml", "replicaCount: 1\n");
        write("charts/web/templates/deployment.yaml", DEPLOYMENT);
        write("charts/web/crds/widget.yaml", "kind: CustomResourceDefinition\n");
        write("charts/web/charts/db/Chart.yaml", "apiVersion: v2\nname: db\nversion: 1.0.0\n");
        write("charts/web/charts/db/templates/db.yaml", DEPLOYMENT);
        write("deploy/values.yaml", "a: 1\n");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("charts/web/Chart.yaml", "source/helm-chart-file");
        expected.put("charts/web/charts/db/Chart.yaml", "source/helm-chart-file");
        expected.put("charts/web/charts/db/templates/db.yaml", "manifest");
        expected.put("charts/web/ci/small-values.yaml", "source/helm-chart-file");
        expected.put("charts/web/crds/widget.yaml", "manifest");
        expected.put("charts/web/templates/deployment.yaml", "manifest");
        expected.put("charts/web/values-prod.yaml", "source/helm-chart-file");
        expected.put("charts/web/values.schema.json", "source/helm-chart-file");
        expected.put("charts/web/values.yaml", "source/helm-chart-file");
        expected.put("deploy/values.yaml", "manifest");
        assertEquals(expected, collect());
    }

    @Test
    void aChartFileSaysWhichChartAndHowToCheckWhatItRenders() throws Exception {
        write("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n");
        write("charts/web/ci/small-values.yaml", "replicaCount: 1\n");
        Finding values = why("charts/web/ci/small-values.yaml");
        assertEquals(root.resolve("charts/web/ci/small-values.yaml").toString(), values.file());
        assertEquals(1, values.span().line());
        assertEquals("small-values.yaml holds values for the Helm chart in " + root.resolve("charts/web")
                + "; it is not a manifest, so it was not checked", values.message());
        assertEquals("check what the chart renders instead: helm template " + root.resolve("charts/web")
                + " | kvet check -", values.hint());
    }

    @Test
    void aKustomizationAndThePatchesAndGeneratorInputsItNamesAreNotManifests() throws Exception {
        write("base/kustomization.yaml", """
                resources: [deployment.yaml, ../shared]
                configMapGenerator:
                  - name: app
                    files: [application.yaml, extra=conf/extra.yml]
                    envs: [app.env]
                secretGenerator:
                  - name: creds
                    env: creds.env
                """);
        write("base/deployment.yaml", DEPLOYMENT);
        write("base/application.yaml", "server: {port: 8080}\n");
        write("base/conf/extra.yml", "a: 1\n");
        write("overlays/prod/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [../../base]
                patches:
                  - path: patches/replicas.yaml
                  - patch: |-
                      - op: replace
                        path: /spec/replicas
                        value: 3
                patchesStrategicMerge: [../common/memory.yaml]
                patchesJson6902:
                  - path: json-patch.yaml
                replacements:
                  - path: replacement.yaml
                configurations: [name-reference.yaml]
                helmCharts:
                  - name: db
                    valuesFile: db-values.yaml
                """);
        for (String file : List.of("patches/replicas.yaml", "json-patch.yaml", "replacement.yaml",
                "name-reference.yaml", "db-values.yaml")) {
            write("overlays/prod/" + file, DEPLOYMENT);
        }
        write("overlays/common/memory.yaml", DEPLOYMENT);
        write("overlays/common/extra-service.yaml", DEPLOYMENT);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("base/application.yaml", "source/kustomize-file");
        expected.put("base/conf/extra.yml", "source/kustomize-file");
        expected.put("base/deployment.yaml", "manifest");
        expected.put("base/kustomization.yaml", "source/kustomize-file");
        expected.put("overlays/common/extra-service.yaml", "manifest");
        expected.put("overlays/common/memory.yaml", "source/kustomize-file");
        expected.put("overlays/prod/db-values.yaml", "source/kustomize-file");
        expected.put("overlays/prod/json-patch.yaml", "source/kustomize-file");
        expected.put("overlays/prod/kustomization.yaml", "source/kustomize-file");
        expected.put("overlays/prod/name-reference.yaml", "source/kustomize-file");
        expected.put("overlays/prod/patches/replicas.yaml", "source/kustomize-file");
        expected.put("overlays/prod/replacement.yaml", "source/kustomize-file");
        assertEquals(expected, collect());
    }

    @Test
    void aPatchNamedAloneIsKnownFromTheKustomizationAboveItOrInASiblingFolder() throws Exception {
        write("overlays/prod/kustomization.yaml", "patches:\n  - path: patches/replicas.yaml\n"
                + "patchesStrategicMerge: [../common/memory.yaml]\n");
        write("overlays/prod/patches/replicas.yaml", DEPLOYMENT);
        write("overlays/common/memory.yaml", DEPLOYMENT);
        assertEquals(Map.of("overlays/prod/patches/replicas.yaml", "source/kustomize-file"),
                collect("overlays/prod/patches/replicas.yaml"));
        Finding memory = why("overlays/common/memory.yaml");
        assertEquals("memory.yaml is a patch that " + root.resolve("overlays/prod/kustomization.yaml")
                + " names, not a manifest of its own, so it was not checked", memory.message());
        assertEquals("check what kustomize builds instead: kustomize build " + root.resolve("overlays/prod")
                + " | kvet check -", memory.hint());
    }

    @Test
    void aKustomizationSaysWhichConfigMapsAndSecretsItsGeneratorsMake() throws Exception {
        write("app/kustomization.yaml", """
                configMapGenerator:
                  - name: settings
                    literals: [A=1]
                  - literals: [nameless=1]
                secretGenerator:
                  - name: credentials
                    envs: [db.env]
                """);
        assertEquals(List.of("ConfigMap/settings", "Secret/credentials"), reason("app/kustomization.yaml").generates());
    }

    @Test
    void aKustomizationThatIsNoYamlMapIsLeftToTheManifestChecks() throws Exception {
        write("broken/kustomization.yaml", "resources: [a.yaml\n");
        write("list/kustomization.yaml", "- a.yaml\n");
        write("dupes/kustomization.yaml", "patches: []\npatches: []\n");
        assertNull(why("broken/kustomization.yaml"));
        assertNull(why("list/kustomization.yaml"));
        assertNull(why("dupes/kustomization.yaml"));
    }
}
