package dev.kvet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a program started by a test did: its exit code and its standard output and error, interleaved.
 *
 * @param exit   the exit code
 * @param output standard output and standard error as one text
 */
record ProcessResult(int exit, String output) {

    /** Runs a command in a folder, with no input, {@code HOME} set to that folder and the extra environment. */
    static ProcessResult run(Path directory, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("HOME", directory.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new ProcessResult(process.waitFor(), output);
    }

    /** The path of the Java runtime running the tests, to start kvet with. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
