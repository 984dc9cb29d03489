package dev.kvet.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Helm (Go template) sources. Plain manifests may hold {@code {{ }}} inside string values (alerting
 * templates, for instance), so only template actions that Helm charts use mark a file as a template.
 */
final class HelmTemplates {

    private static final Pattern ACTION = Pattern.compile(
            "\\{\\{-?\\s*(?:\\.Values|\\.Release|\\.Chart|\\.Capabilities|\\.Files|\\$\\.|include\\b|template\\b"
                    + "|define\\b|if\\b|else\\b|end\\b|range\\b|with\\b|toYaml\\b|tpl\\b|required\\b|default\\b|-?\\s*/\\*)");

    private HelmTemplates() {
    }

    /** The character offset of the first Helm template action, or -1 when the text is no Helm template. */
    static int firstAction(String text) {
        if (text.indexOf("{{") < 0) {
            return -1;
        }
        Matcher matcher = ACTION.matcher(text);
        return matcher.find() ? matcher.start() : -1;
    }

    /** The chart folder of a template as the user named it: what lies before its {@code templates/} folder. */
    static String chartOf(String name) {
        int templates = name.lastIndexOf("templates/");
        boolean inTemplates = templates == 0 || templates > 0 && name.charAt(templates - 1) == '/';
        if (!inTemplates || templates == 0) {
            return ".";
        }
        return name.substring(0, templates - 1);
    }
}
