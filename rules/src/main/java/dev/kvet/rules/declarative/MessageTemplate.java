package dev.kvet.rules.declarative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A finding message with {@code {placeholders}}, checked against the names it may use when it is read. */
final class MessageTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final String text;

    private MessageTemplate(String text) {
        this.text = text;
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException when it uses a name outside {@code allowed}
     */
    static MessageTemplate parse(String text, Set<String> allowed) {
        List<String> unknown = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!allowed.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("message uses unknown placeholders " + unknown + " (known: "
                    + allowed.stream().sorted().toList() + ")");
        }
        return new MessageTemplate(text);
    }

    /** The message with every placeholder replaced; a missing value reads as a dash. */
    String render(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "-" : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
