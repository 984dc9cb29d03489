package dev.kvet.document;

import dev.kvet.location.JsonPointer;
import dev.kvet.location.Span;

/** Follows JSON pointers through located YAML trees. */
final class Navigation {

    private Navigation() {
    }

    static YamlNode nodeAt(YamlNode root, JsonPointer pointer) {
        YamlNode node = root;
        for (String token : pointer.tokens()) {
            node = step(node, token);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    static Span locate(YamlNode root, JsonPointer pointer, boolean preferKey) {
        YamlNode node = root;
        Span best = root.span();
        for (String token : pointer.tokens()) {
            if (node instanceof YamlMap map && map.entries().containsKey(token)) {
                YamlMap.Entry entry = map.entries().get(token);
                node = entry.value();
                best = preferKey ? entry.keySpan() : entry.value().span();
            } else {
                YamlNode next = step(node, token);
                if (next == null) {
                    return best;
                }
                node = next;
                best = next.span();
            }
        }
        return best;
    }

    private static YamlNode step(YamlNode node, String token) {
        if (node instanceof YamlMap map) {
            return map.get(token);
        }
        if (node instanceof YamlList list) {
            int index = indexOf(token);
            return index >= 0 && index < list.size() ? list.get(index) : null;
        }
        return null;
    }

    private static int indexOf(String token) {
        if (token.isEmpty() || token.length() > 9) {
            return -1;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(token);
    }
}
