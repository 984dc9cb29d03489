package dev.kvet.rules.code.support;

import dev.kvet.document.ScalarValue;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A Kubernetes IntOrString value such as a port (a number, or the name of a container port).
 *
 * @param number the number, or null when the value is a string
 * @param name   the string, or null when the value is a number
 */
public record IntOrString(BigInteger number, String name) {

    /** The value of a scalar node that is an integer or a string; empty for anything else. */
    public static Optional<IntOrString> of(YamlNode node) {
        if (!(node instanceof YamlScalar scalar)) {
            return Optional.empty();
        }
        if (scalar.value().type() == ScalarValue.Type.INTEGER) {
            return Optional.of(new IntOrString((BigInteger) scalar.value().value(), null));
        }
        String text = scalar.stringValue();
        return text == null ? Optional.empty() : Optional.of(new IntOrString(null, text));
    }

    /** Whether this is a number. */
    public boolean isNumber() {
        return number != null;
    }

    /** Whether this is a number equal to {@code value}. */
    public boolean is(BigInteger value) {
        return number != null && number.equals(value);
    }

    /**
     * Whether this is no port at all, a number outside 1-65535 or a string that is no port name: what
     * validation/port-number and validation/port-name report, so that rules about where a port leads need not.
     */
    public boolean isMalformedPort() {
        return isNumber() ? number.signum() <= 0 || number.bitLength() > 16 : NameSyntax.portName(name) != null;
    }

    /** The value as written, without quotes. */
    public String text() {
        return number != null ? number.toString() : name;
    }

    @Override
    public String toString() {
        return number != null ? number.toString() : "\"" + name + "\"";
    }
}
