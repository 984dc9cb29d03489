package dev.kvet.rules.code.support;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds list items whose field repeats the value of an earlier item (duplicate names, paths, ...). */
public final class RepeatedValues {

    /**
     * One repetition.
     *
     * @param value   the repeated value
     * @param pointer where the later occurrence's field is, relative to the object
     */
    public record Repeat(String value, JsonPointer pointer) {
    }

    private RepeatedValues() {
    }

    /** The items of the list at {@code list} whose string {@code field} an earlier item already has. */
    public static List<Repeat> in(KubeObject object, JsonPointer list, String field) {
        List<Repeat> repeats = new ArrayList<>();
        if (!(object.node(list) instanceof YamlList items)) {
            return repeats;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof YamlMap item && item.string(field) != null && !seen.add(item.string(field))) {
                repeats.add(new Repeat(item.string(field), list.child(i).child(field)));
            }
        }
        return repeats;
    }
}
