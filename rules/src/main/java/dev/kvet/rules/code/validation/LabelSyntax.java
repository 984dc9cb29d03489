package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.MetadataPlaces;
import dev.kvet.rules.code.support.NameSyntax;

/** Label keys and values of an object and of its pod template must have the syntax the API server accepts. */
public final class LabelSyntax implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        MetadataPlaces.of(object).forEach(metadata -> check(object, metadata, findings));
    }

    private static void check(KubeObject object, JsonPointer metadata, RuleFindings findings) {
        JsonPointer at = metadata.child("labels");
        if (!(object.node(at) instanceof YamlMap labels)) {
            return;
        }
        labels.entries().forEach((key, entry) -> {
            String keyProblem = NameSyntax.labelKey(key);
            if (keyProblem != null) {
                findings.atKey(object, at.child(key), "label key \"" + key + "\" is invalid: it " + keyProblem,
                        "a label key is an optional DNS prefix and '/', then a name of at most 63 characters, "
                                + "e.g. app.kubernetes.io/name");
            }
            if (entry.value() instanceof YamlScalar scalar && scalar.stringValue() != null) {
                String valueProblem = NameSyntax.labelValue(scalar.text());
                if (valueProblem != null) {
                    findings.atValue(object, at.child(key), "value \"" + scalar.text() + "\" of label \"" + key
                            + "\" is invalid: it " + valueProblem,
                            "label values are at most 63 letters, digits, '-', '_' and '.'; "
                                    + "put longer text in an annotation");
                }
            }
        });
    }
}
