package dev.kvet.cli;

import java.util.stream.Collectors;

/**
 * The git pre-commit hook kvet installs: a POSIX shell script that copies the staged YAML files out of the
 * index (so unstaged edits neither hide nor cause findings) and runs the recorded kvet on them.
 */
final class PreCommitHook {

    /** The line that marks a hook as kvet's, so that reinstalling replaces it without {@code --force}. */
    static final String MARKER = "# kvet pre-commit hook, written by 'kvet hook install'.";

    private PreCommitHook() {
    }

    /** Whether a hook file is one kvet wrote. */
    static boolean isOurs(String hook) {
        return hook.lines().anyMatch(MARKER::equals);
    }

    /** The hook script that starts {@code kvet} as recorded and refuses the commit at {@code failOn}. */
    static String script(KvetProgram kvet, String failOn) {
        String command = kvet.command().stream().map(PreCommitHook::quote).collect(Collectors.joining(" "));
        return """
                #!/bin/sh
                %s
                # It checks the staged *.yaml and *.yml files as they are staged (the index, not the work tree)
                # and refuses the commit when kvet finds a problem at or above '%s'.
                # Skip it once with 'git commit --no-verify'; run 'kvet hook install' again after moving kvet.
                staged=$(mktemp -d "${TMPDIR:-/tmp}/kvet-hook.XXXXXX") || exit 2
                trap 'rm -rf "$staged"' EXIT
                git diff --cached --name-only --diff-filter=ACMR -z -- '*.yaml' '*.yml' '*.YAML' '*.YML' \\
                  > "$staged/paths" || exit 2
                [ -s "$staged/paths" ] || exit 0
                mkdir "$staged/index" || exit 2
                git checkout-index --prefix="$staged/index/" -z --stdin < "$staged/paths" || exit 2
                # The repository's kvet configuration applies as staged too.
                git ls-files -z -- .kvet.yaml | git checkout-index --prefix="$staged/index/" -z --stdin
                cd "$staged/index" || exit 2
                if ! xargs -0 %s check --partial --no-color --fail-on %s -- < "$staged/paths"; then
                  echo "kvet: commit refused; fix the findings above, or skip the check with 'git commit --no-verify'" >&2
                  exit 1
                fi
                """.formatted(MARKER, failOn, command, quote(failOn));
    }

    /** Quotes a word for the POSIX shell. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
