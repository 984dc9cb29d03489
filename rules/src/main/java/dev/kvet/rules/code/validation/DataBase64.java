package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;

/**
 * The values of a Secret's data and a ConfigMap's binaryData are bytes, written in base64 as Go's standard
 * encoding reads it: the alphabet A-Z a-z 0-9 + /, padded with = to a multiple of four; line breaks are skipped.
 * Anything else makes the API server refuse the object ("illegal base64 data at input byte N").
 */
public final class DataBase64 implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        String field = "Secret".equals(object.kind()) ? "data" : "ConfigMap".equals(object.kind()) ? "binaryData" : null;
        YamlMap data = field == null ? null : object.root().map(field);
        if (data == null) {
            return;
        }
        data.entries().forEach((key, entry) -> {
            if (entry.value() instanceof YamlScalar value && !value.isNull()) {
                String problem = problem(value.text());
                if (problem != null) {
                    findings.atValue(object, JsonPointer.of(field, key), object.kind() + " " + field + " key \"" + key
                            + "\" is not base64 (" + problem + "), so the API server refuses the " + object.kind(),
                            "Secret".equals(object.kind())
                                    ? "write plain text under stringData instead, or encode it: printf %s 'value' | base64"
                                    : "encode the bytes with base64 (base64 -w0 FILE), or move text to data");
                }
            }
        });
    }

    /** Why a text is not base64 as Go's standard encoding reads it, or null when it is. */
    static String problem(String text) {
        int length = 0;
        int padding = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                continue;
            }
            if (c == '=') {
                padding++;
            } else if (padding > 0 || !inAlphabet(c)) {
                return padding > 0 ? "characters after the = padding at input byte " + i
                        : "'" + c + "' at input byte " + i + " is not in its alphabet";
            }
            length++;
        }
        if (length % 4 != 0 || padding > 2) {
            return "its length, " + length + " characters, is not a multiple of 4 with at most two = at the end";
        }
        return null;
    }

    private static boolean inAlphabet(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }
}
