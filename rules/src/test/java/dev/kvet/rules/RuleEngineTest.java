package dev.kvet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.check.Check;
import dev.kvet.check.CheckSetupException;
import dev.kvet.check.Manifests;
import dev.kvet.check.RunOptions;
import dev.kvet.document.YamlMap;
import dev.kvet.finding.Finding;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.catalogue.Catalogue;
import dev.kvet.rules.config.KvetConfig;
import dev.kvet.rules.custom.CustomRules;
import dev.kvet.run.CheckRun;
import dev.kvet.source.Source;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine end to end: configuration and suppressions applied to real findings. */
class RuleEngineTest {

    private static final String PRIVILEGED = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext:
                    privileged: true
                - name: proxy
                  image: envoyproxy/envoy:v1.31.0
                  securityContext:
                    privileged: true
            """;

    private static final Set<String> WATCHED = Set.of("security/privileged", "security/drop-all-capabilities",
            "reliability/single-replica");

    @TempDir
    Path dir;

    @Test
    void findsAtTheOffendingKey() throws Exception {
        assertEquals(List.of("security/privileged@10", "security/privileged@14"), run(PRIVILEGED, null));
    }

    @Test
    void messagesCallAnUnnamedObjectUnnamed() throws Exception {
        List<String> messages = findings(PRIVILEGED.replace("  name: web\n", "  labels: {a: b}\n"), null).stream()
                .filter(finding -> finding.rule().equals("security/default-service-account"))
                .map(Finding::message).toList();
        assertEquals(List.of("Pod '(unnamed)' runs as the namespace's default service account"), messages);
    }

    @Test
    void annotationSilencesTheWholeObjectOrOneContainer() throws Exception {
        assertEquals(List.of(), run(annotated("security/privileged # reviewed"), null));
        assertEquals(List.of("security/privileged@16"), run(annotated("web:security/privileged"), null));
    }

    @Test
    void commentSilencesItsLineOrTheLineBelow() throws Exception {
        String text = PRIVILEGED.replaceFirst("privileged: true", "privileged: true # kvet:ignore security/privileged")
                .replaceFirst("(?m)^( +)(privileged: true)$", "$1# kvet:ignore security/privileged because\n$1$2");
        assertEquals(List.of(), run(text, null));
    }

    @Test
    void suppressionsThatSilenceNothingOrNameUnknownRulesAreReported() throws Exception {
        String text = annotated("security/privileged, security/host-pid, security/privilegd");
        assertEquals(List.of("kvet/unused-suppression@6", "kvet/unused-suppression@6"), run(text, null));
    }

    @Test
    void suppressionsApplyToFindingsOfEveryEngine() throws Exception {
        String text = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: a
                  name: b # kvet:ignore yaml/duplicate-key
                """;
        assertEquals(List.of(), run(text, null));
    }

    @Test
    void configurationTurnsRulesOffAndOnAndSetsSeverities() throws Exception {
        assertEquals(List.of(), run(PRIVILEGED, "rules: {security/privileged: false}"));
        assertEquals(List.of(), run(PRIVILEGED, "categories: {security: false}"));
        assertEquals(List.of("security/drop-all-capabilities@9", "security/drop-all-capabilities@13"),
                run(PRIVILEGED, "categories: {security: false}\nrules: {security/drop-all-capabilities: true}"));
        List<Finding> findings = findings(PRIVILEGED, "rules: {security/privileged: info}");
        assertEquals(List.of("info", "info"), findings.stream().filter(finding -> finding.rule().equals("security/privileged"))
                .map(finding -> finding.severity().label()).toList());
    }

    @Test
    void configurationExcludesPaths() throws Exception {
        assertEquals(List.of(), run(PRIVILEGED, "excludes:\n  - paths: ['*.yaml']\n    rules: [security]"));
        assertEquals(2, run(PRIVILEGED, "excludes:\n  - paths: ['test/**']").size());
    }

    @Test
    void configurationSetsParameters() throws Exception {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: 3
                """;
        assertEquals(List.of(), run(deployment, null));
        assertEquals(List.of("reliability/single-replica@6"),
                run(deployment, "rules:\n  reliability/single-replica:\n    parameters: {minReplicas: 4}"));
    }

    @Test
    void configurationRefusesUnknownRulesCategoriesAndParameters() {
        assertRefused("rules: {security/privilegd: false}", "unknown rule 'security/privilegd' (did you mean "
                + "'security/privileged'?)");
        assertRefused("categories: {securty: false}", "unknown category 'securty'");
        assertRefused("rules:\n  reliability/single-replica:\n    parameters: {min: 4}", "has no parameter 'min'");
        assertRefused("rules:\n  reliability/single-replica:\n    parameters: {minReplicas: two}", "must be like");
        assertRefused("excludes:\n  - paths: [a]\n    rules: [nope]", "unknown rule or category 'nope'");
    }

    private void assertRefused(String config, String message) {
        CheckSetupException e = assertThrows(CheckSetupException.class, () -> run(PRIVILEGED, config));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private static String annotated(String ignore) {
        return PRIVILEGED.replace("  name: web\n", "  name: web\n  annotations:\n    kvet.io/ignore: \"" + ignore + "\"\n");
    }

    @Test
    void theFactsOfEveryRuleHoldNoTreeOfTheManifests() throws Exception {
        List<Source> fixtures;
        try (var files = Files.walk(Path.of("src/main/resources/kvet/rules"))) {
            fixtures = files.filter(file -> file.toString().endsWith(".yaml") && !file.endsWith("rule.yaml"))
                    .sorted().map(file -> new Source(file.toString(), file)).toList();
        }
        RunOptions options = RunOptions.defaults(dir);
        RuleCheck rules = RuleCheckFactory.create(Catalogue.builtIn(), CustomRules.none(), KvetConfig.load(options),
                options, CheckRun.allRules());
        List<WeakReference<YamlMap>> trees = Collections.synchronizedList(new ArrayList<>());
        int[] alive = {-1};
        Check watch = new Check() {
            @Override
            public void checkObject(KubeObject object, Consumer<Finding> findings) {
                trees.add(new WeakReference<>(object.root()));
            }

            @Override
            public void checkAll(Manifests manifests, Consumer<Finding> findings) {
                for (int attempt = 0; attempt < 5; attempt++) {
                    System.gc();
                }
                alive[0] = (int) trees.stream().filter(tree -> tree.get() != null).count();
            }
        };
        List<Finding> findings = CheckRun.of(List.of(rules, watch)).execute(fixtures, done -> { }).findings();
        assertTrue(trees.size() > 300, "objects checked: " + trees.size());
        assertTrue(findings.stream().anyMatch(finding -> finding.rule().equals("reference/service-target-port")));
        assertEquals(0, alive[0]);
    }

    @Test
    void aPartialRunReportsContradictionsBetweenItsFilesButNotWhatTheFilesLeftOut() throws Exception {
        String manifest = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                      - name: web
                        image: nginx:1.27
                        ports: [{containerPort: 80}]
                        env:
                        - {name: A, valueFrom: {configMapKeyRef: {name: settings, key: missing}}}
                        - {name: B, valueFrom: {secretKeyRef: {name: elsewhere, key: password}}}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {present: "1"}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  selector: {app: web}
                  ports: [{port: 80, targetPort: 8080}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: api}
                spec:
                  selector: {app: api}
                  ports: [{port: 80}]
                """;
        Path file = Files.writeString(dir.resolve("app.yaml"), manifest);
        List<String> whole = references(file, false);
        List<String> partial = references(file, true);
        assertEquals(List.of("reference/configmap-key@14", "reference/secret@15", "reference/service-target-port@27",
                "reference/service-selector@33"), whole);
        assertEquals(List.of("reference/configmap-key@14", "reference/service-target-port@27"), partial);
    }

    private List<String> references(Path file, boolean partial) throws Exception {
        RunOptions options = new RunOptions(null, null, dir, List.of(), List.of(), List.of(), partial);
        RuleCheck check = RuleCheckFactory.create(Catalogue.builtIn(), CustomRules.none(), KvetConfig.load(options),
                options, CheckRun.allRules());
        return CheckRun.of(List.of(check)).execute(List.of(new Source(file.toString(), file)), done -> { }).findings()
                .stream()
                .filter(finding -> finding.rule().startsWith("reference/"))
                .map(finding -> finding.rule() + "@" + finding.span().line())
                .toList();
    }

    /** The findings of the rules these tests are about, as {@code rule@line}. */
    private List<String> run(String manifest, String config) throws IOException, CheckSetupException {
        return findings(manifest, config).stream()
                .filter(finding -> WATCHED.contains(finding.rule()) || finding.rule().startsWith("kvet/")
                        || finding.rule().startsWith("yaml/"))
                .map(finding -> finding.rule() + "@" + finding.span().line())
                .toList();
    }

    private List<Finding> findings(String manifest, String config) throws IOException, CheckSetupException {
        Path file = Files.writeString(dir.resolve("app.yaml"), manifest);
        Files.writeString(dir.resolve(KvetConfig.FILE_NAME), config == null ? "" : config);
        RunOptions options = RunOptions.defaults(dir);
        RuleCheck check = RuleCheckFactory.create(Catalogue.builtIn(), CustomRules.none(), KvetConfig.load(options),
                options, CheckRun.allRules());
        return CheckRun.of(List.of(check)).execute(List.of(new Source(file.toString(), file)), done -> { }).findings();
    }
}
