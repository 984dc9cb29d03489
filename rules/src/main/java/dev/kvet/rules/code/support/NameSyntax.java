package dev.kvet.rules.code.support;

import java.util.regex.Pattern;

/**
 * The name formats of the Kubernetes API, checked as the API server checks them
 * (k8s.io/apimachinery/pkg/util/validation and .../api/validate/content). Each method returns what is wrong
 * with a value, as a phrase that completes "it ...", or null when the value is valid.
 */
public final class NameSyntax {

    private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS1123_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern LABEL_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern PORT_NAME_CHARS = Pattern.compile("[-a-z0-9]+");
    private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

    private NameSyntax() {
    }

    /** A DNS-1123 subdomain: at most 253 lowercase letters, digits, '-' and '.', starting and ending alphanumeric. */
    public static String dns1123Subdomain(String value) {
        if (value.length() > 253) {
            return "is longer than 253 characters";
        }
        return DNS1123_SUBDOMAIN.matcher(value).matches() ? null
                : "must consist of lowercase letters, digits, '-' and '.', and start and end with a letter or digit";
    }

    /** A DNS-1123 label: at most 63 lowercase letters, digits and '-', starting and ending alphanumeric. */
    public static String dns1123Label(String value) {
        if (value.length() > 63) {
            return "is longer than 63 characters";
        }
        if (DNS1123_LABEL.matcher(value).matches()) {
            return null;
        }
        return DNS1123_SUBDOMAIN.matcher(value).matches() ? "must not contain dots"
                : "must consist of lowercase letters, digits and '-', and start and end with a letter or digit";
    }

    /** A DNS-1035 label: like a DNS-1123 label, but starting with a letter. */
    public static String dns1035Label(String value) {
        if (value.length() > 63) {
            return "is longer than 63 characters";
        }
        return DNS1035_LABEL.matcher(value).matches() ? null
                : "must consist of lowercase letters, digits and '-', start with a letter and end with a letter "
                        + "or digit";
    }

    /** A name usable as one segment of a URL path (RBAC objects, HorizontalPodAutoscalers). */
    public static String pathSegment(String value) {
        if (value.equals(".") || value.equals("..")) {
            return "must not be '" + value + "'";
        }
        return value.contains("/") || value.contains("%") ? "must not contain '/' or '%'" : null;
    }

    /** A label key or other qualified name: an optional DNS subdomain prefix and '/', then a name of at most 63. */
    public static String labelKey(String value) {
        int slash = value.indexOf('/');
        String name = value;
        if (slash >= 0) {
            String prefix = value.substring(0, slash);
            name = value.substring(slash + 1);
            if (name.indexOf('/') >= 0) {
                return "must contain at most one '/', between a DNS prefix and a name";
            }
            if (prefix.isEmpty()) {
                return "has an empty prefix before '/'";
            }
            String prefixProblem = dns1123Subdomain(prefix);
            if (prefixProblem != null) {
                return "has a prefix that " + prefixProblem;
            }
        }
        if (name.isEmpty()) {
            return "has an empty name part";
        }
        if (name.length() > 63) {
            return "has a name part longer than 63 characters";
        }
        return LABEL_NAME.matcher(name).matches() ? null
                : "must consist of letters, digits, '-', '_' and '.' and start and end with a letter or digit"
                        + (slash >= 0 ? " after the prefix" : "");
    }

    /** A label value: empty, or at most 63 letters, digits, '-', '_' and '.' starting and ending alphanumeric. */
    public static String labelValue(String value) {
        if (value.length() > 63) {
            return "is longer than 63 characters";
        }
        return value.isEmpty() || LABEL_NAME.matcher(value).matches() ? null
                : "must consist of letters, digits, '-', '_' and '.' and start and end with a letter or digit";
    }

    /** An IANA_SVC_NAME port name: at most 15 lowercase letters, digits and single inner '-', with a letter. */
    public static String portName(String value) {
        if (value.length() > 15) {
            return "is longer than 15 characters";
        }
        if (!PORT_NAME_CHARS.matcher(value).matches()) {
            return "must consist of lowercase letters, digits and '-'";
        }
        if (value.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            return "must contain at least one letter";
        }
        if (value.contains("--")) {
            return "must not contain '--'";
        }
        return value.startsWith("-") || value.endsWith("-") ? "must not start or end with '-'" : null;
    }

    /** An environment variable name: printable ASCII other than '=' (relaxed validation, GA in Kubernetes 1.34). */
    public static String envVarName(String value) {
        if (value.isEmpty()) {
            return "is empty";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '=') {
                return "contains '='";
            }
            if (c < 0x20 || c > 0x7e) {
                return "contains a character that is not printable ASCII";
            }
        }
        return null;
    }

    /** A ConfigMap or Secret key: at most 253 letters, digits, '-', '_' and '.', not '.', '..' or '..'-prefixed. */
    public static String configKey(String value) {
        if (value.length() > 253) {
            return "is longer than 253 characters";
        }
        if (!CONFIG_KEY.matcher(value).matches()) {
            return "must consist of letters, digits, '-', '_' and '.'";
        }
        return value.startsWith("..") || value.equals(".") ? "must not be '.' or start with '..'" : null;
    }
}
