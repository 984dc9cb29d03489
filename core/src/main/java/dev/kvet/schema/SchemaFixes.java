package dev.kvet.schema;

import dev.kvet.document.ScalarValue;
import dev.kvet.document.YamlScalar;
import dev.kvet.finding.Finding;
import dev.kvet.finding.Fix;
import dev.kvet.location.Span;
import dev.kvet.object.KubeObject;
import java.util.regex.Pattern;

/**
 * The fixes the schema engine is sure of: quoting a value YAML reads as no string, unquoting a number, renaming a
 * misspelt key or value to the one name it is near. Each fix holds the text it replaces, read from the source,
 * and is offered only for text on one line that reads back as the same YAML value when written plain.
 */
final class SchemaFixes {

    /** Names that stay strings when written plain: not a YAML 1.1 boolean, null or number. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9._/-]*");

    private final KubeObject object;

    SchemaFixes(KubeObject object) {
        this.object = object;
    }

    /** {@code value: yes} in a string field becomes {@code value: "yes"}. */
    Finding quote(Finding finding, YamlScalar scalar) {
        String original = source(finding.span());
        if (!scalar.plain() || original == null || !original.equals(scalar.text())) {
            return finding;
        }
        String quoted = "\"" + original.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return finding.withFix(Fix.replace("quote the value: " + quoted, finding.span(), original, quoted));
    }

    /** {@code replicas: "3"} becomes {@code replicas: 3}. */
    Finding unquote(Finding finding, YamlScalar scalar) {
        String original = source(finding.span());
        String quoted = "\"" + scalar.text() + "\"";
        String single = "'" + scalar.text() + "'";
        if (scalar.plain() || original == null || !(original.equals(quoted) || original.equals(single))) {
            return finding;
        }
        return finding.withFix(Fix.replace("remove the quotes: " + scalar.text(), finding.span(), original,
                scalar.text()));
    }

    /** A misspelt key or value, written plain, becomes the one valid name near it. */
    Finding rename(Finding finding, String name, String meant) {
        String original = source(finding.span());
        if (original == null || !original.equals(name) || !readsAsText(meant)) {
            return finding;
        }
        return finding.withFix(Fix.replace("change " + name + " to " + meant, finding.span(), original, meant));
    }

    private static boolean readsAsText(String name) {
        if (!PLAIN_WORD.matcher(name).matches()) {
            return false;
        }
        ScalarValue value = ScalarValue.resolve(name, true, null);
        return value.type() == ScalarValue.Type.STRING && value.yaml11Only() == null;
    }

    /** The source text of a span on one line, or null. */
    private String source(Span span) {
        return span.line() != span.endLine() ? null : object.document().text().slice(span);
    }
}
