package dev.kvet.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A "checked N/M files" line on a terminal's standard error, shown only when a run lasts over a second so
 * that quick runs stay silent.
 */
final class ProgressLine implements IntConsumer, AutoCloseable {

    private static final long DELAY_MILLIS = 1_000;
    private static final long PERIOD_MILLIS = 200;

    private final PrintWriter err;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final Thread painter;
    private volatile boolean shown;

    ProgressLine(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.painter = new Thread(this::paintLoop, "kvet-progress");
        this.painter.setDaemon(true);
        if (enabled) {
            painter.start();
        }
    }

    @Override
    public void accept(int filesDone) {
        done.accumulateAndGet(filesDone, Math::max);
    }

    private void paintLoop() {
        try {
            Thread.sleep(DELAY_MILLIS);
            while (!Thread.currentThread().isInterrupted()) {
                shown = true;
                err.print("\rkvet: checked " + done.get() + "/" + total + " files");
                err.flush();
                Thread.sleep(PERIOD_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        painter.interrupt();
        try {
            painter.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (shown) {
            err.print("\r\u001b[2K");
            err.flush();
        }
    }
}
