package dev.kvet.schedule.yaml;

import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import java.util.LinkedHashMap;
import java.util.Map;

/** String-to-string maps (labels, nodeSelector, matchLabels) as the API server reads them. */
public final class Labels {

    private Labels() {
    }

    /** The map's scalar entries by their text; an unquoted {@code true} is the label value "true". */
    public static Map<String, String> of(YamlMap map) {
        if (map == null || map.entries().isEmpty()) {
            return Map.of();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        map.entries().forEach((key, entry) -> {
            if (entry.value() instanceof YamlScalar scalar && !scalar.isNull()) {
                labels.put(key, scalar.text());
            } else if (entry.value() instanceof YamlScalar) {
                labels.put(key, "");
            }
        });
        return Map.copyOf(labels);
    }

    /** A scalar's text, or null when the node is absent, null or not a scalar. */
    public static String text(YamlMap map, String key) {
        return map != null && map.get(key) instanceof YamlScalar scalar && !scalar.isNull() ? scalar.text() : null;
    }
}
