package dev.kvet.rules.code.validation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A CronJob schedule as the CronJob controller parses it (robfig/cron v3's standard parser, whose bounds and names
 * are copied here; Sunday is 0 only): five fields, or a descriptor such as {@code @daily}, or {@code @every} with a
 * duration.
 */
final class CronSchedule {

    /** The range and names of one of the five fields. */
    private record Field(String name, int min, int max, List<String> names) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("minute", 0, 59, List.of()),
            new Field("hour", 0, 23, List.of()),
            new Field("day of month", 1, 31, List.of()),
            new Field("month", 1, 12, List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                    "nov", "dec")),
            new Field("day of week", 0, 6, List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat")));
    private static final Set<String> DESCRIPTORS = Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily",
            "@midnight", "@hourly");
    private static final Pattern EVERY = Pattern.compile("@every ([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+");

    private CronSchedule() {
    }

    /** What is wrong with a schedule, or null when the controller accepts it. */
    static String problem(String schedule) {
        String text = schedule.strip();
        if (text.startsWith("TZ=") || text.startsWith("CRON_TZ=")) {
            return "sets a time zone inside the schedule, which Kubernetes rejects; use spec.timeZone";
        }
        if (text.startsWith("@")) {
            return DESCRIPTORS.contains(text.toLowerCase(Locale.ROOT)) || EVERY.matcher(text).matches() ? null
                    : "uses the unknown descriptor " + text.split("\\s+")[0];
        }
        if (text.isEmpty()) {
            return "is empty";
        }
        String[] parts = text.split("\\s+");
        if (parts.length != FIELDS.size()) {
            return "has " + (parts.length == 6 ? "six fields (seconds are not supported)" : parts.length + " field"
                    + (parts.length == 1 ? "" : "s")) + "; a schedule has five: minute hour day-of-month month "
                    + "day-of-week";
        }
        for (int i = 0; i < parts.length; i++) {
            for (String item : parts[i].split(",", -1)) {
                String problem = item(item, FIELDS.get(i));
                if (problem != null) {
                    return "has " + FIELDS.get(i).name() + " \"" + parts[i] + "\": " + problem;
                }
            }
        }
        return null;
    }

    /** One comma-separated item: {@code *}, {@code ?}, a value, a range, each optionally with a step. */
    private static String item(String item, Field field) {
        String range = item;
        int slash = item.indexOf('/');
        if (slash >= 0) {
            range = item.substring(0, slash);
            Integer step = number(item.substring(slash + 1));
            if (step == null || step <= 0) {
                return "the step after '/' must be a positive number";
            }
        }
        if (range.equals("*") || range.equals("?")) {
            return null;
        }
        String[] bounds = range.split("-", -1);
        if (bounds.length > 2) {
            return "\"" + range + "\" is not a value or a range";
        }
        Integer low = value(bounds[0], field);
        Integer high = bounds.length == 2 ? value(bounds[1], field) : low;
        if (low == null || high == null) {
            return "\"" + range + "\" is not a " + field.name() + " (" + field.min() + "-" + field.max()
                    + (field.names().isEmpty() ? "" : " or a name such as " + field.names().get(0)) + ")";
        }
        if (low > high) {
            return "the range " + range + " runs backwards";
        }
        return null;
    }

    private static Integer value(String text, Field field) {
        int named = field.names().indexOf(text.toLowerCase(Locale.ROOT));
        if (named >= 0) {
            return named + field.min();
        }
        Integer number = number(text);
        return number != null && number >= field.min() && number <= field.max() ? number : null;
    }

    private static Integer number(String text) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(text);
    }
}
