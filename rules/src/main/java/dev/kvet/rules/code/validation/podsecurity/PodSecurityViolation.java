package dev.kvet.rules.code.validation.podsecurity;

import dev.kvet.object.Place;

/**
 * Something in a pod that a check of the PodSecurity admission forbids, at the policy versions that forbid it.
 *
 * @param control  the check
 * @param versions the policy versions at which the check forbids it
 * @param place    the offending field, or where a missing one belongs
 * @param problem  what is wrong and what to set, such as {@code allowPrivilegeEscalation must be false in
 *                 container "web"}
 */
public record PodSecurityViolation(Control control, PolicyVersions versions, Place place, String problem) {
}
