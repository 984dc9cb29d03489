package dev.kvet.resource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes {@code resource.Quantity} such as {@code 500m}, {@code 1.5Gi} or {@code 129e6}, parsed with the
 * grammar of k8s.io/apimachinery's {@code ParseQuantity}: an optional sign, a decimal number, and one suffix —
 * binary ({@code Ki Mi Gi Ti Pi Ei}), decimal SI ({@code n u m k M G T P E}) or a decimal exponent
 * ({@code e3}, {@code E-2}). The value is kept exact.
 */
public final class Quantity implements Comparable<Quantity> {

    /** The zero quantity. */
    public static final Quantity ZERO = new Quantity("0", BigDecimal.ZERO);

    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("n", new BigDecimal("1e-9")),
            Map.entry("u", new BigDecimal("1e-6")),
            Map.entry("m", new BigDecimal("1e-3")),
            Map.entry("k", new BigDecimal("1e3")),
            Map.entry("M", new BigDecimal("1e6")),
            Map.entry("G", new BigDecimal("1e9")),
            Map.entry("T", new BigDecimal("1e12")),
            Map.entry("P", new BigDecimal("1e15")),
            Map.entry("E", new BigDecimal("1e18")),
            Map.entry("Ki", new BigDecimal(BigInteger.ONE.shiftLeft(10))),
            Map.entry("Mi", new BigDecimal(BigInteger.ONE.shiftLeft(20))),
            Map.entry("Gi", new BigDecimal(BigInteger.ONE.shiftLeft(30))),
            Map.entry("Ti", new BigDecimal(BigInteger.ONE.shiftLeft(40))),
            Map.entry("Pi", new BigDecimal(BigInteger.ONE.shiftLeft(50))),
            Map.entry("Ei", new BigDecimal(BigInteger.ONE.shiftLeft(60))));

    /** Exponents beyond this are refused, as no resource is that large or small and BigDecimal would balloon. */
    private static final int MAX_EXPONENT = 100;

    private final String text;
    private final BigDecimal value;

    private Quantity(String text, BigDecimal value) {
        this.text = text;
        this.value = value;
    }

    /** Parses a quantity, or explains in words why it is not one. */
    public static Quantity parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(problem(text)));
    }

    /** Parses a quantity, or empty when the text is not one. */
    public static Optional<Quantity> tryParse(String text) {
        if (text == null || text.isEmpty() || text.length() > 64) {
            return Optional.empty();
        }
        int position = 0;
        boolean negative = false;
        if (text.charAt(0) == '+' || text.charAt(0) == '-') {
            negative = text.charAt(0) == '-';
            position++;
        }
        int numberStart = position;
        int digits = 0;
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
            digits++;
        }
        if (position < text.length() && text.charAt(position) == '.') {
            position++;
            while (position < text.length() && Character.isDigit(text.charAt(position))) {
                position++;
                digits++;
            }
        }
        if (digits == 0) {
            return Optional.empty();
        }
        String number = text.substring(numberStart, position);
        BigDecimal magnitude = new BigDecimal(number.endsWith(".") ? number + "0" : number.startsWith(".") ? "0" + number : number);
        Optional<BigDecimal> multiplier = multiplier(text.substring(position));
        if (multiplier.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = magnitude.multiply(multiplier.get());
        return Optional.of(new Quantity(text, negative ? value.negate() : value));
    }

    private static Optional<BigDecimal> multiplier(String suffix) {
        BigDecimal known = SUFFIXES.get(suffix);
        if (known != null) {
            return Optional.of(known);
        }
        if (suffix.length() >= 2 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
            String exponent = suffix.substring(1);
            if (exponent.matches("[+-]?[0-9]{1,3}")) {
                int power = Integer.parseInt(exponent);
                if (Math.abs(power) <= MAX_EXPONENT) {
                    return Optional.of(BigDecimal.ONE.scaleByPowerOfTen(power));
                }
            }
        }
        return Optional.empty();
    }

    /** Why a text is not a quantity, in words fit for a finding. */
    public static String problem(String text) {
        if (text == null || text.isEmpty()) {
            return "an empty string is not a quantity";
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.matches("[+-]?[0-9.]+\\s*(kb|mb|gb|tb|pb|eb|kib|mib|gib|tib|b)")) {
            return "'" + text + "' is not a quantity: Kubernetes writes bytes as a plain number or with a suffix "
                    + "Ki, Mi, Gi, Ti (powers of 1024) or k, M, G, T (powers of 1000), e.g. 1Gi or 1G";
        }
        return "'" + text + "' is not a quantity: write a number with an optional suffix, e.g. 500m, 0.5, 128Mi, 1G or 1e3";
    }

    /** The exact value in base units (cores, bytes, or a count). */
    public BigDecimal value() {
        return value;
    }

    /** The value in thousandths, rounded up as Kubernetes' {@code MilliValue()} does (cpu in millicores). */
    public long milliValue() {
        return saturate(value.movePointRight(3).setScale(0, RoundingMode.CEILING));
    }

    /** The value in base units, rounded up as Kubernetes' {@code Value()} does (memory in bytes). */
    public long longValue() {
        return saturate(value.setScale(0, RoundingMode.CEILING));
    }

    /** Whether the quantity is below zero. */
    public boolean isNegative() {
        return value.signum() < 0;
    }

    /** The text the quantity was written as. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public int compareTo(Quantity other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Quantity quantity && quantity.value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    private static long saturate(BigDecimal integral) {
        if (integral.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Long.MAX_VALUE;
        }
        if (integral.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            return Long.MIN_VALUE;
        }
        return integral.longValueExact();
    }
}
