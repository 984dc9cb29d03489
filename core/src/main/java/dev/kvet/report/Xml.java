package dev.kvet.report;

/** Escaping for the XML outputs (JUnit, Checkstyle), including characters XML 1.0 cannot carry at all. */
final class Xml {

    private Xml() {
    }

    /** Text fit for a double-quoted attribute; line breaks are kept as character references. */
    static String attribute(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> escape(c, out);
            }
        });
        return out.toString();
    }

    /** Text fit for element content. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> escape(c, out));
        return out.toString();
    }

    private static void escape(int c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            default -> {
                if (allowed(c)) {
                    out.appendCodePoint(c);
                } else {
                    out.append('\uFFFD');
                }
            }
        }
    }

    /** XML 1.0's Char production: no control characters but tab and line breaks, no surrogates or U+FFFE/F. */
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
