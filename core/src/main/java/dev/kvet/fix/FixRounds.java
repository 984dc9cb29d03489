package dev.kvet.fix;

import dev.kvet.run.Report;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Fixes, checks again, and fixes what the new check can fix, until nothing more can be fixed: a misspelt
 * {@code contianers} hides the containers' own problems until it is renamed. Bounded, so that fixes that undo
 * each other cannot loop.
 */
public final class FixRounds {

    /** More rounds than any chain of fixes that uncover each other needs. */
    static final int MAX_ROUNDS = 5;

    private FixRounds() {
    }

    /**
     * Applies the fixes of {@code report} and of the reports {@code checkAgain} makes after each round; says what
     * was done and what was not on {@code say}; returns the last report, the findings that are left.
     */
    public static Report apply(Report report, Supplier<Report> checkAgain, Consumer<String> say) {
        ManifestFixer fixer = new ManifestFixer();
        int fixed = 0;
        Set<String> files = new LinkedHashSet<>();
        Report current = report;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            ManifestFixer.Result result = fixer.apply(current.findings());
            result.skipped().forEach(say);
            if (result.fixed() == 0) {
                break;
            }
            fixed += result.fixed();
            files.addAll(result.files());
            current = checkAgain.get();
        }
        if (fixed > 0) {
            say.accept("fixed " + fixed + (fixed == 1 ? " problem" : " problems") + " in " + files.size()
                    + (files.size() == 1 ? " file" : " files"));
        }
        return current;
    }
}
