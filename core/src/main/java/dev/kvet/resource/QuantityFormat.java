package dev.kvet.resource;

/**
 * Writes amounts the way apimachinery's {@code Quantity.String()} writes a canonical quantity: cpu in the
 * DecimalSI format ({@code 2}, {@code 1500m}), byte amounts in the BinarySI format with the largest suffix that
 * keeps the value whole ({@code 1536Mi}, {@code 100Mi}, or plain bytes such as {@code 1000}).
 */
public final class QuantityFormat {

    private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

    private QuantityFormat() {
    }

    /** An amount of a named resource in its own unit: millicores for cpu, bytes or counts otherwise. */
    public static String of(String resource, long amount) {
        if (ResourceList.CPU.equals(resource)) {
            return milli(amount);
        }
        return isCount(resource) ? Long.toString(amount) : binary(amount);
    }

    /** Millis as a DecimalSI quantity: whole units without a suffix, else with {@code m}. */
    public static String milli(long milli) {
        return milli % 1000 == 0 ? Long.toString(milli / 1000) : milli + "m";
    }

    /** Bytes as a BinarySI quantity. */
    public static String binary(long bytes) {
        if (bytes == 0) {
            return "0";
        }
        long value = bytes;
        int suffix = 0;
        while (suffix < BINARY_SUFFIXES.length - 1 && value % 1024 == 0) {
            value /= 1024;
            suffix++;
        }
        return value + BINARY_SUFFIXES[suffix];
    }

    /** Whether the resource is counted in units (pods, extended resources such as nvidia.com/gpu), not bytes. */
    private static boolean isCount(String resource) {
        return !resource.equals(ResourceList.MEMORY) && !resource.equals(ResourceList.EPHEMERAL_STORAGE)
                && !resource.startsWith("hugepages-");
    }
}
