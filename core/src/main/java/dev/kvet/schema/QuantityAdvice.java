package dev.kvet.schema;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How to write a resource quantity that Kubernetes refused, such as {@code 1gb} or {@code 512MB}. */
final class QuantityAdvice {

    /** A number followed by a unit written the way disks and downloads write it. */
    private static final Pattern HUMAN_UNIT = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kmgtpe])i?b?\\s*",
            Pattern.CASE_INSENSITIVE);

    private QuantityAdvice() {
    }

    /** The advice for a refused quantity. */
    static String forValue(String value) {
        Matcher human = HUMAN_UNIT.matcher(value);
        if (human.matches()) {
            String number = human.group(1);
            String unit = human.group(2).toUpperCase(Locale.ROOT);
            String binary = number + (unit.equals("K") ? "Ki" : unit + "i");
            String decimal = number + (unit.equals("K") ? "k" : unit);
            return "write " + binary + " (binary, powers of 1024) or " + decimal
                    + " (decimal, powers of 1000); Kubernetes units are case-sensitive and take no B";
        }
        return "a quantity is a number with an optional suffix: 500m, 2, 1.5, 128Mi, 1Gi, 1G, 1e3";
    }
}
