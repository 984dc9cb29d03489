package dev.kvet.document;

import dev.kvet.location.Span;

/**
 * A scalar with both its text and the value Kubernetes reads from it.
 *
 * @param text  the scalar's text after YAML unescaping
 * @param value the value as Kubernetes (go-yaml) resolves it
 * @param plain whether the scalar was written without quotes or an explicit tag
 * @param span  where it stands
 */
public record YamlScalar(String text, ScalarValue value, boolean plain, Span span) implements YamlNode {

    @Override
    public long expandedSize() {
        return 1;
    }

    /** The text when the scalar reads as a string, otherwise null. */
    public String stringValue() {
        return value.type() == ScalarValue.Type.STRING ? text : null;
    }

    /** Whether the scalar is an explicit or empty null. */
    public boolean isNull() {
        return value.type() == ScalarValue.Type.NULL;
    }
}
