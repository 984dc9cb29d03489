package dev.kvet.rules.code.reference;

import java.util.List;

/** A pod uses a key that the Secret in the checked files does not have. */
public final class SecretKey extends MissingKey {

    /** The rule for Secret keys (data and stringData). */
    public SecretKey() {
        super("Secret", List.of("data", "stringData"));
    }
}
