package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.MetadataPlaces;
import dev.kvet.rules.code.support.NameSyntax;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Annotation keys must be qualified names (checked in lower case, as the API server does), and all annotations of
 * an object together must stay within 256 KiB.
 */
public final class AnnotationKey implements CodeRule {

    private static final int TOTAL_LIMIT_BYTES = 256 * 1024;

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        MetadataPlaces.of(object).forEach(metadata -> check(object, metadata, findings));
    }

    private static void check(KubeObject object, JsonPointer metadata, RuleFindings findings) {
        JsonPointer at = metadata.child("annotations");
        if (!(object.node(at) instanceof YamlMap annotations)) {
            return;
        }
        long total = 0;
        for (var entry : annotations.entries().values()) {
            String key = entry.key();
            String problem = NameSyntax.labelKey(key.toLowerCase(Locale.ROOT));
            if (problem != null) {
                findings.atKey(object, at.child(key), "annotation key \"" + key + "\" is invalid: it " + problem,
                        "an annotation key is an optional DNS prefix and '/', then a name of at most 63 characters, "
                                + "e.g. example.com/owner");
            }
            total += key.getBytes(StandardCharsets.UTF_8).length;
            if (entry.value() instanceof YamlScalar scalar) {
                total += scalar.text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        if (total > TOTAL_LIMIT_BYTES) {
            findings.atKey(object, at, "the annotations take " + total + " bytes, more than the 262144 (256 KiB) "
                    + "the API server accepts", "move large data into a ConfigMap and reference it");
        }
    }
}
