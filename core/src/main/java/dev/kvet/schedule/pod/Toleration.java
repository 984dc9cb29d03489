package dev.kvet.schedule.pod;

import dev.kvet.schedule.inventory.Taint;

/**
 * A pod toleration ({@code spec.tolerations[]}).
 *
 * @param key      the taint key; empty with operator Exists tolerates every taint
 * @param operator Equal (the default) or Exists
 * @param value    the value for Equal
 * @param effect   the effect it tolerates; empty tolerates every effect
 */
public record Toleration(String key, String operator, String value, String effect) {

    public Toleration {
        key = key == null ? "" : key;
        operator = operator == null || operator.isEmpty() ? "Equal" : operator;
        value = value == null ? "" : value;
        effect = effect == null ? "" : effect;
    }

    /** Whether this toleration tolerates the taint, by the rules of {@code v1.Toleration.ToleratesTaint}. */
    public boolean tolerates(Taint taint) {
        if (!effect.isEmpty() && !effect.equals(taint.effect())) {
            return false;
        }
        if (!key.isEmpty() && !key.equals(taint.key())) {
            return false;
        }
        return switch (operator) {
            case "Equal" -> value.equals(taint.value());
            case "Exists" -> true;
            default -> false;
        };
    }
}
