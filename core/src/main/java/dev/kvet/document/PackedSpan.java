package dev.kvet.document;

import dev.kvet.location.Span;

/**
 * A span in one long, when its lines and columns fit in 16 bits each, as nearly all do. Parsed trees keep a span
 * for every key and scalar until a run ends; as longs inside the nodes they are no objects for the collector.
 */
final class PackedSpan {

    /** Says that a span did not fit and is kept as an object beside the long. */
    static final long WIDE = -1;

    private static final int LIMIT = 0xFFFF;

    private PackedSpan() {
    }

    /** The span in one long, or {@link #WIDE} when a line or column does not fit. */
    static long pack(Span span) {
        if (!fits(span.line()) || !fits(span.column()) || !fits(span.endLine()) || !fits(span.endColumn())) {
            return WIDE;
        }
        return (long) span.line() << 48 | (long) span.column() << 32 | (long) span.endLine() << 16 | span.endColumn();
    }

    /** The span that {@link #pack} turned into this long (not {@link #WIDE}). */
    static Span unpack(long packed) {
        return new Span((int) (packed >>> 48), (int) (packed >>> 32) & LIMIT, (int) (packed >>> 16) & LIMIT,
                (int) packed & LIMIT);
    }

    private static boolean fits(int value) {
        return value >= 0 && value < LIMIT;
    }
}
