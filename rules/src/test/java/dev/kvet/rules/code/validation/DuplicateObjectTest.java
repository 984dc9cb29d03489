package dev.kvet.rules.code.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.check.Manifests;
import dev.kvet.document.LocatedDocument;
import dev.kvet.document.ManifestParser;
import dev.kvet.finding.Finding;
import dev.kvet.finding.Severity;
import dev.kvet.object.KubeObject;
import dev.kvet.object.ObjectReader;
import dev.kvet.rules.code.RuleFindings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Duplicates across files: only those of one folder, which one {@code kubectl apply -f} sends together. */
class DuplicateObjectTest {

    private static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            """;

    @Test
    void siblingFilesAreComparedAndTheLaterOneIsReported() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("app/web.yaml", WEB);
        files.put("app/web-copy.yaml", "# a copy\n" + WEB);
        assertEquals(List.of("app/web-copy.yaml:5 Deployment shop/web is declared twice: also at app/web.yaml:4; "
                + "kubectl apply keeps only the last one"), findings(files));
    }

    @Test
    void aThirdDeclarationCountsAndNamesTheFirst() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("web.yaml", WEB + "---\n" + WEB);
        files.put("more.yaml", WEB);
        assertEquals(List.of("web.yaml:10 Deployment shop/web is declared twice: also at web.yaml:4; kubectl apply keeps "
                        + "only the last one",
                "more.yaml:4 Deployment shop/web is declared 3 times: also at web.yaml:4; kubectl apply keeps only "
                        + "the last one"), findings(files));
    }

    @Test
    void anEmptyNamespaceIsNoneButDefaultIsItsOwn() {
        String unset = WEB.replace("  namespace: shop\n", "");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("web.yaml", unset + "---\n" + WEB.replace("shop", "default") + "---\n"
                + WEB.replace("shop", "\"\""));
        assertEquals(List.of("web.yaml:15 Deployment/web is declared twice: also at web.yaml:4; kubectl apply keeps "
                + "only the last one"), findings(files));
    }

    @Test
    void filesOfOtherFoldersAreEnvironmentsApart() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("envs/prod/web.yaml", WEB);
        files.put("envs/staging/web.yaml", WEB);
        files.put("envs/web.yaml", WEB);
        assertEquals(List.of(), findings(files));
    }

    private static List<String> findings(Map<String, String> files) {
        List<KubeObject> objects = new ArrayList<>();
        files.forEach((name, text) -> {
            for (LocatedDocument document : new ManifestParser().parse(name, text.getBytes(StandardCharsets.UTF_8))
                    .documents()) {
                new ObjectReader().read(document, objects, new ArrayList<>());
            }
        });
        DuplicateObject rule = new DuplicateObject();
        List<Finding> findings = new ArrayList<>();
        rule.checkAll(Manifests.of(objects, rule.indexers()), new RuleFindings("validation/duplicate-object",
                Severity.ERROR, Map.of(), findings::add, Set.of(), false));
        return findings.stream().map(finding -> finding.file() + ":" + finding.span().line() + " " + finding.message())
                .toList();
    }
}
