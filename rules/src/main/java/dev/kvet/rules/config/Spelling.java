package dev.kvet.rules.config;

import dev.kvet.schema.NearestNames;
import java.util.Collection;
import java.util.List;

/** Suggests the known name closest to a misspelt one, in the words of configuration errors. */
public final class Spelling {

    private Spelling() {
    }

    /** {@code " (did you mean 'x'?)"} for the closest name within a few edits, else the empty string. */
    public static String suggest(String name, Collection<String> known) {
        List<String> nearest = NearestNames.of(name, known, 1);
        return nearest.isEmpty() ? "" : " (did you mean '" + nearest.get(0) + "'?)";
    }
}
