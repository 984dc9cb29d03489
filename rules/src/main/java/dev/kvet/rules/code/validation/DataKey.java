package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NameSyntax;
import java.util.List;

/**
 * The keys of a ConfigMap (data, binaryData) or Secret (data, stringData) must be valid file names, and a ConfigMap
 * key cannot be in both data and binaryData.
 */
public final class DataKey implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        List<String> fields = switch (String.valueOf(object.kind())) {
            case "ConfigMap" -> List.of("data", "binaryData");
            case "Secret" -> List.of("data", "stringData");
            default -> List.of();
        };
        for (String field : fields) {
            if (!(object.node(JsonPointer.of(field)) instanceof YamlMap data)) {
                continue;
            }
            for (String key : data.entries().keySet()) {
                String problem = NameSyntax.configKey(key);
                if (problem != null) {
                    findings.atKey(object, JsonPointer.of(field, key), object.kind() + " key \"" + key
                            + "\" is invalid: it " + problem, "keys become file names: use letters, digits, '-', '_' "
                            + "and '.', e.g. app.properties");
                }
            }
        }
        if ("ConfigMap".equals(object.kind()) && object.node(JsonPointer.of("data")) instanceof YamlMap data
                && object.node(JsonPointer.of("binaryData")) instanceof YamlMap binary) {
            for (String key : binary.entries().keySet()) {
                if (data.has(key)) {
                    findings.atKey(object, JsonPointer.of("binaryData", key), "key \"" + key
                            + "\" is in both data and binaryData", "keep the key in one of the two");
                }
            }
        }
    }
}
