package dev.kvet.document;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The value Kubernetes reads from a YAML scalar. Kubernetes decodes YAML with go-yaml's YAML 1.1 rules, not
 * YAML 1.2's: unquoted {@code yes}, {@code on} and {@code y} are booleans, {@code 0755} is octal, and so on.
 * This class resolves plain scalars the same way, and remembers when YAML 1.2 tools would read them otherwise.
 *
 * @param type       what the scalar is
 * @param value      a Boolean, BigInteger, Double, String, or null
 * @param yaml11Only a note when only YAML 1.1 (Kubernetes) gives this reading, e.g. "unquoted yes is a boolean"; else null
 */
public record ScalarValue(Type type, Object value, String yaml11Only) {

    /** The JSON types a scalar can turn into. */
    public enum Type { NULL, BOOLEAN, INTEGER, FLOAT, STRING }

    /** What a number, an infinity or a NaN can start with; any other plain scalar is a word. */
    private static final String NUMBER_STARTS = "+-.0123456789";
    /**
     * Every character the number patterns below accept besides digits. Quantities (500m, 128Mi), dotted versions
     * and addresses start like numbers; most hold another character, which settles them without a pattern.
     */
    private static final String NUMBER_CHARACTERS = "+-._:xabcdefABCDEFinIN";
    private static final ScalarValue NULL = new ScalarValue(Type.NULL, null, null);
    private static final ScalarValue TRUE = new ScalarValue(Type.BOOLEAN, Boolean.TRUE, null);
    private static final ScalarValue FALSE = new ScalarValue(Type.BOOLEAN, Boolean.FALSE, null);
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");
    private static final Pattern OCTAL = Pattern.compile("[-+]?0[0-7_]+");
    private static final Pattern HEX = Pattern.compile("[-+]?0x[0-9a-fA-F_]+");
    private static final Pattern BINARY = Pattern.compile("[-+]?0b[01_]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");
    private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");

    /** A string value. */
    public static ScalarValue string(String text) {
        return new ScalarValue(Type.STRING, text, null);
    }

    /** Resolves a scalar as Kubernetes does: quoted or explicitly tagged scalars are strings unless tagged otherwise. */
    public static ScalarValue resolve(String text, boolean plain, String tag) {
        if (tag != null && !"!".equals(tag)) {
            return resolveTagged(text, tag);
        }
        return plain ? resolvePlain(text) : string(text);
    }

    private static ScalarValue resolveTagged(String text, String tag) {
        return switch (tag) {
            case "tag:yaml.org,2002:str" -> string(text);
            case "tag:yaml.org,2002:null" -> NULL;
            case "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float" -> resolvePlain(text);
            default -> string(text);
        };
    }

    // Most plain scalars in a manifest are names, labels and images: the first character settles them
    // without running the number patterns, and the null and boolean words are a switch, not patterns.
    private static ScalarValue resolvePlain(String text) {
        if (!text.isEmpty() && NUMBER_STARTS.indexOf(text.charAt(0)) >= 0) {
            return resolveNumber(text);
        }
        return switch (text) {
            case "", "~", "null", "Null", "NULL" -> NULL;
            case "true", "True", "TRUE" -> TRUE;
            case "false", "False", "FALSE" -> FALSE;
            case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON" -> yaml11Boolean(text, true);
            case "n", "N", "no", "No", "NO", "off", "Off", "OFF" -> yaml11Boolean(text, false);
            default -> string(text);
        };
    }

    private static ScalarValue yaml11Boolean(String text, boolean truth) {
        return new ScalarValue(Type.BOOLEAN, truth,
                "unquoted " + text + " is read by Kubernetes (YAML 1.1) as the boolean " + truth);
    }

    private static ScalarValue resolveNumber(String text) {
        if (isPlainDecimal(text)) {
            return integer(text, 10, null);
        }
        if (!onlyNumberCharacters(text)) {
            return string(text);
        }
        String digits = text.replace("_", "");
        if (DECIMAL.matcher(text).matches()) {
            return integer(digits, 10, null);
        }
        if (OCTAL.matcher(text).matches()) {
            return integer(digits.replaceFirst("0", ""), 8,
                    "unquoted " + text + " is read by Kubernetes (YAML 1.1) as an octal number");
        }
        if (HEX.matcher(text).matches()) {
            return integer(digits.replaceFirst("0x", ""), 16, null);
        }
        if (BINARY.matcher(text).matches()) {
            return integer(digits.replaceFirst("0b", ""), 2, null);
        }
        if (FLOAT.matcher(text).matches() && !text.equals(".")) {
            double value = Double.parseDouble(digits);
            // go-yaml keeps a number out of float64's range (1e400) as the string it is.
            return Double.isInfinite(value) ? string(text) : new ScalarValue(Type.FLOAT, value, null);
        }
        if (INFINITY.matcher(text).matches()) {
            return new ScalarValue(Type.FLOAT,
                    text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, null);
        }
        if (NAN.matcher(text).matches()) {
            return new ScalarValue(Type.FLOAT, Double.NaN, null);
        }
        if (SEXAGESIMAL.matcher(text).matches()) {
            return new ScalarValue(Type.STRING, text,
                    "unquoted " + text + " is a string for Kubernetes but a base-60 number for YAML 1.1 tools");
        }
        return string(text);
    }

    /** Digits only, without a leading zero: what ports and replica counts look like, and DECIMAL matches. */
    private static boolean isPlainDecimal(String text) {
        if (text.length() > 1 && text.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyNumberCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && NUMBER_CHARACTERS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static ScalarValue integer(String digits, int radix, String note) {
        String unsigned = digits.startsWith("+") ? digits.substring(1) : digits;
        return new ScalarValue(Type.INTEGER, new BigInteger(unsigned, radix), note);
    }

    /** A short name of the type for messages: {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code null}. */
    public String typeName() {
        return type == Type.FLOAT ? "number" : type.name().toLowerCase(Locale.ROOT);
    }
}
