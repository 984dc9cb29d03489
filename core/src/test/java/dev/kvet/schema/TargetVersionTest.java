package dev.kvet.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kvet.check.CheckSetupException;
import dev.kvet.schema.TargetVersion.MinorVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetVersionTest {

    private static final List<MinorVersion> BUNDLED = List.of(MinorVersion.parse("1.28"), MinorVersion.parse("1.30"),
            MinorVersion.parse("1.32"));

    @Test
    void defaultsToTheNewest() throws CheckSetupException {
        TargetVersion target = TargetVersion.resolve(null, BUNDLED);
        assertEquals("1.32", target.bundled().toString());
        assertNull(target.notice());
    }

    @Test
    void aMissingVersionUsesTheNearestOlderOneAndSaysSo() throws CheckSetupException {
        TargetVersion target = TargetVersion.resolve("v1.31.4", BUNDLED);
        assertEquals("1.31", target.requested().toString());
        assertEquals("1.30", target.bundled().toString());
        assertEquals("kvet bundles no schemas for Kubernetes 1.31; fields are checked against 1.30, removed and "
                + "deprecated APIs against 1.31", target.notice());
        assertEquals("1.28", TargetVersion.resolve("1.20", BUNDLED).bundled().toString());
        assertEquals("1.32", TargetVersion.resolve("1.40", BUNDLED).bundled().toString());
    }

    @Test
    void refusesWhatIsNoVersion() {
        assertThrows(CheckSetupException.class, () -> TargetVersion.resolve("latest", BUNDLED));
    }

    @Test
    void refusesAVersionKubernetesNeverHad() {
        CheckSetupException error = assertThrows(CheckSetupException.class,
                () -> TargetVersion.resolve("2.0", BUNDLED));
        assertEquals("Kubernetes has no version 2.0: versions are 1.NN; kvet bundles 1.28 to 1.32", error.getMessage());
        assertThrows(CheckSetupException.class, () -> TargetVersion.resolve("0.9", BUNDLED));
    }
}
