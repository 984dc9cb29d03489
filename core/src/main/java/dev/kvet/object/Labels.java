package dev.kvet.object;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Label maps (metadata.labels, matchLabels, a Service selector, nodeSelector) and label value lists, as strings. */
public final class Labels {

    private Labels() {
    }

    /**
     * The scalar entries of a map by their text, in file order; an unquoted {@code true} is the label value
     * "true", a null value is "". An absent map has no labels.
     */
    public static Map<String, String> of(YamlMap map) {
        if (map == null || map.entries().isEmpty()) {
            return Map.of();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        map.entries().forEach((key, entry) -> {
            if (entry.value() instanceof YamlScalar scalar) {
                labels.put(key, scalar.isNull() ? "" : scalar.text());
            }
        });
        return Collections.unmodifiableMap(labels);
    }

    /** The texts of the non-null scalar items of a list (matchExpressions values, namespaces); none when absent. */
    public static List<String> values(YamlList list) {
        if (list == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlScalar scalar && !scalar.isNull()) {
                values.add(scalar.text());
            }
        }
        return List.copyOf(values);
    }
}
