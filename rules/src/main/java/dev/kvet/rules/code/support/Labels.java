package dev.kvet.rules.code.support;

import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads label maps (metadata.labels, matchLabels, a Service selector) into plain strings. */
public final class Labels {

    private Labels() {
    }

    /** The entries of a label map whose values are scalars, as written; an absent map has no labels. */
    public static Map<String, String> of(YamlMap map) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (map == null) {
            return labels;
        }
        map.entries().forEach((key, entry) -> {
            YamlNode value = entry.value();
            if (value instanceof YamlScalar scalar) {
                labels.put(key, scalar.isNull() ? "" : scalar.text());
            }
        });
        return labels;
    }
}
