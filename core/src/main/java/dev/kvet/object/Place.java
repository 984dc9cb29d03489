package dev.kvet.object;

import dev.kvet.location.JsonPointer;
import dev.kvet.location.Span;

/**
 * A field of an object and where it is written: what a check keeps of a field so that it can report there once
 * the object's tree is released.
 *
 * @param pointer the field, relative to the object
 * @param span    where its key or its value is written
 */
public record Place(JsonPointer pointer, Span span) {
}
