package dev.kvet.schemas.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the schemas the build generated into the classpath and checks they are strict where Kubernetes is. */
class GeneratedSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static JsonNode resource(String path) throws IOException {
        try (InputStream in = GeneratedSchemasTest.class.getResourceAsStream("/kvet/schemas/" + path)) {
            assertNotNull(in, "missing generated resource " + path);
            return JSON.readTree(in);
        }
    }

    private static List<Error> validate(String schemaPath, String yamlishJson) throws IOException {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("kvet:" + schemaPath), resource(schemaPath));
        return schema.validate(JSON.readTree(yamlishJson));
    }

    private static String deploymentWithContainer(String container) {
        return """
                {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "labels": {"any-key": "x"}},
                 "spec": {"selector": {"matchLabels": {"app": "web"}},
                          "template": {"metadata": {"labels": {"app": "web"}},
                                       "spec": {"containers": [%s]}}}}
                """.formatted(container);
    }

    @Test
    void everyBundledVersionIsListedAndThereIsNo131() throws IOException {
        JsonNode versions = resource("versions.json").get("versions");
        assertEquals("[\"1.28\",\"1.29\",\"1.30\",\"1.32\",\"1.33\",\"1.34\",\"1.35\",\"1.36\"]", versions.toString());
    }

    @Test
    void indexNamesKindsWithTheirScopeAndLeavesOutEnvelopes() throws IOException {
        JsonNode kinds = resource("1.36/index.json").get("kinds");
        JsonNode deployment = find(kinds, "apps", "v1", "Deployment");
        assertTrue(deployment.get("namespaced").asBoolean());
        assertEquals("io.k8s.api.apps.v1.Deployment", deployment.get("definition").asString());
        assertEquals("apps/v1/Deployment.json", deployment.get("schema").asString());
        assertFalse(find(kinds, "rbac.authorization.k8s.io", "v1", "ClusterRole").get("namespaced").asBoolean());
        assertEquals("core/v1/Pod.json", find(kinds, "", "v1", "Pod").get("schema").asString());
        assertNull(find(kinds, "apps", "v1", "DeleteOptions"));
    }

    @Test
    void objectsRejectUnknownFieldsAtEveryDepthButMapsStayFree() throws IOException {
        JsonNode defs = resource("1.36/apps/v1/Deployment.json").get("$defs");
        JsonNode containers = defs.at("/io.k8s.api.core.v1.PodSpec/properties/containers/items");
        assertEquals("#/$defs/io.k8s.api.core.v1.Container", containers.get("$ref").asString());
        assertFalse(defs.at("/io.k8s.api.core.v1.Container/additionalProperties").asBoolean(true));
        assertEquals("string", defs.at("/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta/properties/labels"
                + "/additionalProperties/type").asString());
        assertTrue(validate("1.36/apps/v1/Deployment.json",
                deploymentWithContainer("{\"name\": \"web\", \"image\": \"nginx\"}")).isEmpty());
        List<Error> errors = validate("1.36/apps/v1/Deployment.json",
                deploymentWithContainer("{\"name\": \"web\", \"image\": \"nginx\", \"imagePullPolicyy\": \"Always\"}"));
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("additionalProperties", errors.get(0).getKeyword());
        assertEquals("imagePullPolicyy", errors.get(0).getProperty());
    }

    @Test
    void onlyDefinitionsReachableFromTheKindAreKept() throws IOException {
        JsonNode defs = resource("1.36/core/v1/ConfigMap.json").get("$defs");
        assertTrue(defs.has("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"));
        assertFalse(defs.has("io.k8s.api.core.v1.Container"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"80", "\"http\""})
    void targetPortTakesANumberOrAName(String port) throws IOException {
        String service = """
                {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"},
                 "spec": {"ports": [{"port": 80, "targetPort": %s}]}}""".formatted(port);
        assertTrue(validate("1.36/core/v1/Service.json", service).isEmpty());
    }

    @Test
    void targetPortRejectsABoolean() throws IOException {
        String service = """
                {"apiVersion": "v1", "kind": "Service", "spec": {"ports": [{"port": 80, "targetPort": true}]}}""";
        assertEquals("type", validate("1.36/core/v1/Service.json", service).get(0).getKeyword());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1Gi\"", "\"500m\"", "\"1e3\"", "\"+1\"", "\".5\"", "\"128974848\"", "\"1.5Gi\"",
        "\"100n\"", "\"2E-3\"", "1", "0.5"})
    void quantitiesKubernetesParsesAreAccepted(String quantity) throws IOException {
        assertTrue(validate("1.36/apps/v1/Deployment.json", deploymentWithContainer(
                "{\"name\": \"w\", \"image\": \"i\", \"resources\": {\"limits\": {\"memory\": " + quantity + "}}}"))
                .isEmpty(), quantity);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1gb\"", "\"1GB\"", "\"1K\"", "\"one\"", "\"\"", "\"1 Gi\"", "\"1m3\"", "true"})
    void quantitiesKubernetesRejectsAreRejected(String quantity) throws IOException {
        List<Error> errors = validate("1.36/apps/v1/Deployment.json", deploymentWithContainer(
                "{\"name\": \"w\", \"image\": \"i\", \"resources\": {\"limits\": {\"memory\": " + quantity + "}}}"));
        assertEquals(1, errors.size(), quantity + " " + errors);
    }

    @Test
    void overlayAddsApiServerRules() throws IOException {
        List<Error> errors = validate("1.36/apps/v1/Deployment.json", """
                {"apiVersion": "apps/v1", "kind": "Deployment",
                 "spec": {"selector": {}, "template": {"spec": {"restartPolicy": "OnFailure",
                          "containers": [{"name": "w", "image": "i", "imagePullPolicy": "always"}]}}}}""");
        assertEquals(List.of("/spec/template/spec/containers/0/imagePullPolicy", "/spec/template/spec/restartPolicy"),
                errors.stream().map(error -> error.getInstanceLocation().toString()).sorted().toList());
        assertTrue(errors.stream().allMatch(error -> error.getKeyword().equals("enum")));
        List<Error> missingImage = validate("1.36/apps/v1/Deployment.json", deploymentWithContainer("{\"name\": \"w\"}"));
        assertEquals("required", missingImage.get(0).getKeyword());
        assertEquals("image", missingImage.get(0).getProperty());
    }

    @Test
    void jobTemplatesNeedAnExplicitRunToCompletionRestartPolicy() throws IOException {
        List<Error> errors = validate("1.36/batch/v1/Job.json", """
                {"apiVersion": "batch/v1", "kind": "Job",
                 "spec": {"template": {"spec": {"containers": [{"name": "w", "image": "i"}]}}}}""");
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("restartPolicy", errors.get(0).getProperty());
    }

    private static JsonNode find(JsonNode kinds, String group, String version, String kind) {
        for (JsonNode entry : kinds) {
            if (entry.get("group").asString().equals(group) && entry.get("version").asString().equals(version)
                    && entry.get("kind").asString().equals(kind)) {
                return entry;
            }
        }
        return null;
    }
}
