package dev.kvet.schema;

/** A schema file of {@code --schemas} that cannot be used; the message says why, in words for the user. */
final class UnusableSchemaException extends RuntimeException {

    UnusableSchemaException(String reason) {
        super(reason);
    }
}
