package dev.kvet.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of kvet itself, stamped by the build. */
public final class KvetVersion {

    private KvetVersion() {
    }

    /** The version such as {@code 0.1.0}, or {@code unknown} when run from unpackaged classes. */
    public static String get() {
        try (InputStream in = KvetVersion.class.getResourceAsStream("/dev/kvet/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
