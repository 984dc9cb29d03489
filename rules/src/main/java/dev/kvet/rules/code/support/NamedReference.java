package dev.kvet.rules.code.support;

import dev.kvet.object.Place;

/**
 * A name that one object writes to refer to another object, kept for the rules that resolve it across the run.
 *
 * @param kind the kind referred to
 * @param name the name referred to
 * @param at   where the name is written
 */
public record NamedReference(String kind, String name, Place at) {
}
