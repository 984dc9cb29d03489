package dev.kvet.location;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** An RFC 6901 JSON pointer such as {@code /spec/containers/0/image}, the address of a value inside an object. */
public final class JsonPointer {

    /** The pointer to the whole document. */
    public static final JsonPointer ROOT = new JsonPointer(List.of());

    /** The tokens of the list indexes that pointers name most. */
    private static final String[] INDEXES = IntStream.range(0, 64).mapToObj(Integer::toString).toArray(String[]::new);

    private final List<String> tokens;

    private JsonPointer(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /** Takes a new array of tokens, none null, that nothing else holds: pointers are made often, copies add up. */
    private JsonPointer(String[] tokens) {
        this.tokens = Collections.unmodifiableList(Arrays.asList(tokens));
    }

    /** Parses a pointer such as {@code /metadata/labels/app~1name}. */
    public static JsonPointer parse(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return ROOT;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON pointer starts with '/': " + pointer);
        }
        List<String> tokens = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return new JsonPointer(tokens);
    }

    /** Builds a pointer from unescaped reference tokens. */
    public static JsonPointer of(String... tokens) {
        return new JsonPointer(List.of(tokens));
    }

    /** This pointer extended by one map key or list index. */
    public JsonPointer child(String token) {
        String[] next = tokens.toArray(new String[tokens.size() + 1]);
        next[tokens.size()] = Objects.requireNonNull(token);
        return new JsonPointer(next);
    }

    /** This pointer extended by a list index. */
    public JsonPointer child(int index) {
        return child(index < INDEXES.length ? INDEXES[index] : Integer.toString(index));
    }

    /** This pointer followed by all tokens of another one. */
    public JsonPointer append(JsonPointer suffix) {
        if (suffix.tokens.isEmpty()) {
            return this;
        }
        String[] next = tokens.toArray(new String[tokens.size() + suffix.tokens.size()]);
        for (int i = 0; i < suffix.tokens.size(); i++) {
            next[tokens.size() + i] = suffix.tokens.get(i);
        }
        return new JsonPointer(next);
    }

    /** The pointer one level up; the root stays the root. */
    public JsonPointer parent() {
        return tokens.isEmpty() ? this : new JsonPointer(tokens.subList(0, tokens.size() - 1));
    }

    /** The unescaped reference tokens, outermost first. */
    public List<String> tokens() {
        return tokens;
    }

    /** The last token, or the empty string for the root. */
    public String last() {
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }

    /** Whether this is the pointer to the whole document. */
    public boolean isRoot() {
        return tokens.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            out.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonPointer pointer && pointer.tokens.equals(tokens);
    }

    @Override
    public int hashCode() {
        return tokens.hashCode();
    }
}
