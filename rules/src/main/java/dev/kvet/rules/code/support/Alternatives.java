package dev.kvet.rules.code.support;

import java.util.Collection;

/** Words a set of choices for a hint: "http", or "one of http, metrics". */
public final class Alternatives {

    private Alternatives() {
    }

    /** The single choice, or "one of" followed by all of them. */
    public static String of(Collection<String> choices) {
        return choices.size() == 1 ? choices.iterator().next() : "one of " + String.join(", ", choices);
    }
}
