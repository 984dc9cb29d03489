package dev.kvet.schemas.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table of retired APIs ({@code api-lifecycle.json}, written from the deprecation guide) agrees with the bundled
 * OpenAPI documents: an API a newer bundled version stops serving is in the table, and the table removes nothing
 * that a bundled version still serves. Alpha APIs are left out: they are off by default and retire unannounced; so
 * are the list kinds of listed kinds.
 */
class ApiLifecycleTableTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode resource(String path) throws IOException {
        try (InputStream in = ApiLifecycleTableTest.class.getResourceAsStream("/kvet/schemas/" + path)) {
            assertNotNull(in, "missing resource " + path);
            return JSON.readTree(in);
        }
    }

    /** The apiVersion/kind pairs each bundled version serves, oldest version first. */
    private static Map<String, Set<String>> served() throws IOException {
        Map<String, Set<String>> served = new LinkedHashMap<>();
        for (JsonNode version : resource("versions.json").get("versions")) {
            Set<String> kinds = new TreeSet<>();
            for (JsonNode kind : resource(version.asString() + "/index.json").get("kinds")) {
                String group = kind.get("group").asString();
                kinds.add((group.isEmpty() ? "" : group + "/") + kind.get("version").asString() + " "
                        + kind.get("kind").asString());
            }
            served.put(version.asString(), kinds);
        }
        return served;
    }

    /** The release that removed each apiVersion/kind of the table. */
    private static Map<String, String> removedIn() throws IOException {
        Map<String, String> removed = new LinkedHashMap<>();
        for (JsonNode api : resource("api-lifecycle.json").get("apis")) {
            for (JsonNode kind : api.get("kinds")) {
                removed.put(api.get("apiVersion").asString() + " " + kind.asString(), api.get("removedIn").asString());
            }
        }
        return removed;
    }

    private static int minor(String version) {
        return Integer.parseInt(version.substring(version.indexOf('.') + 1));
    }

    @Test
    void everyApiThatABundledVersionStopsServingIsRetiredInTheTableAtThatVersion() throws IOException {
        Map<String, Set<String>> served = served();
        Map<String, String> removed = removedIn();
        List<String> versions = new ArrayList<>(served.keySet());
        List<String> unlisted = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            String before = versions.get(i - 1);
            String after = versions.get(i);
            for (String api : served.get(before)) {
                if (served.get(after).contains(api) || api.contains("alpha") || isListOf(api, served.get(before))) {
                    continue;
                }
                String release = removed.get(api);
                if (release == null || minor(release) <= minor(before) || minor(release) > minor(after)) {
                    unlisted.add(api + " (served by " + before + ", not by " + after + ", table says " + release + ")");
                }
            }
        }
        assertEquals(List.of(), unlisted);
    }

    /** Whether the kind is the list of another kind of its apiVersion (kvet checks a list's items one by one). */
    private static boolean isListOf(String api, Set<String> apis) {
        return api.endsWith("List") && apis.contains(api.substring(0, api.length() - "List".length()));
    }

    @Test
    void theTableRemovesNothingThatABundledVersionServes() throws IOException {
        Map<String, Set<String>> served = served();
        List<String> stillServed = new ArrayList<>();
        removedIn().forEach((api, release) -> served.forEach((version, apis) -> {
            if (minor(version) >= minor(release) && apis.contains(api)) {
                stillServed.add(api + " is served by " + version + " but removed in " + release);
            }
        }));
        assertEquals(List.of(), stillServed);
    }
}
