package dev.kvet.document;

import dev.kvet.location.Span;
import java.util.Objects;

/** A scalar with both its text and the value Kubernetes reads from it; equal to another with equal parts. */
public final class YamlScalar implements YamlNode {

    private final String text;
    /** The value, or null for a string: most scalars are strings, and their value is the text. */
    private final ScalarValue value;
    private final boolean plain;
    private final long packedSpan;
    private final Span wideSpan;

    /**
     * A located scalar.
     *
     * @param text  the scalar's text after YAML unescaping
     * @param value the value as Kubernetes (go-yaml) resolves it
     * @param plain whether the scalar was written without quotes or an explicit tag
     * @param span  where it stands
     */
    public YamlScalar(String text, ScalarValue value, boolean plain, Span span) {
        this.text = text;
        this.value = isText(value, text) ? null : value;
        this.plain = plain;
        this.packedSpan = PackedSpan.pack(span);
        this.wideSpan = packedSpan == PackedSpan.WIDE ? span : null;
    }

    /** The scalar's text after YAML unescaping. */
    public String text() {
        return text;
    }

    /** The value as Kubernetes (go-yaml) resolves it. */
    public ScalarValue value() {
        return value == null ? ScalarValue.string(text) : value;
    }

    /** Whether the scalar was written without quotes or an explicit tag. */
    public boolean plain() {
        return plain;
    }

    @Override
    public Span span() {
        return wideSpan != null ? wideSpan : PackedSpan.unpack(packedSpan);
    }

    @Override
    public long expandedSize() {
        return 1;
    }

    /** The text when the scalar reads as a string, otherwise null. */
    public String stringValue() {
        return value == null || value.type() == ScalarValue.Type.STRING ? text : null;
    }

    /** Whether the scalar is an explicit or empty null. */
    public boolean isNull() {
        return value != null && value.type() == ScalarValue.Type.NULL;
    }

    private static boolean isText(ScalarValue value, String text) {
        return value != null && value.type() == ScalarValue.Type.STRING && value.yaml11Only() == null
                && Objects.equals(value.value(), text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof YamlScalar scalar && Objects.equals(scalar.text, text) && Objects.equals(scalar.value(), value())
                && scalar.plain == plain && scalar.span().equals(span());
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, value(), plain, span());
    }

    @Override
    public String toString() {
        return "YamlScalar[text=" + text + ", value=" + value() + ", plain=" + plain + ", span=" + span() + "]";
    }
}
