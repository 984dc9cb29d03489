package dev.kvet.schedule.inventory;

/**
 * A node taint ({@code spec.taints[]}): pods that do not tolerate it are kept off ({@code NoSchedule},
 * {@code NoExecute}) or avoided ({@code PreferNoSchedule}).
 *
 * @param key    the taint key
 * @param value  the value, empty when the taint has none
 * @param effect NoSchedule, PreferNoSchedule or NoExecute
 */
public record Taint(String key, String value, String effect) {

    /** The effect that keeps untolerating pods off a node. */
    public static final String NO_SCHEDULE = "NoSchedule";
    /** The effect that keeps untolerating pods off a node and evicts running ones. */
    public static final String NO_EXECUTE = "NoExecute";
    /** The effect that only makes the scheduler avoid the node. */
    public static final String PREFER_NO_SCHEDULE = "PreferNoSchedule";

    public Taint {
        value = value == null ? "" : value;
    }

    /** Whether the scheduler must keep untolerating pods off the node (NoSchedule or NoExecute). */
    public boolean isHard() {
        return NO_SCHEDULE.equals(effect) || NO_EXECUTE.equals(effect);
    }

    /** The taint as kube-scheduler names it in messages: {@code {dedicated: gpu}}. */
    public String display() {
        return "{" + key + ": " + value + "}";
    }
}
