package dev.kvet.schedule.yaml;

import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;

/** Scalar fields of pod and node specs read as the API server reads them into strings. */
public final class Scalars {

    private Scalars() {
    }

    /** A scalar's text, or null when the map or the node is absent, null or not a scalar. */
    public static String text(YamlMap map, String key) {
        return map != null && map.get(key) instanceof YamlScalar scalar && !scalar.isNull() ? scalar.text() : null;
    }
}
