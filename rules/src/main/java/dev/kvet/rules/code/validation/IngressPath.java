package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import java.util.List;

/**
 * Ingress paths must be absolute, and Exact or Prefix paths must not contain '//', '/./', '/../' or an encoded
 * '/' (validateIngressHTTPPath in the networking API's validation).
 */
public final class IngressPath implements CodeRule {

    private static final List<String> FORBIDDEN_PARTS = List.of("//", "/./", "/../", "%2f", "%2F");

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        if (!"Ingress".equals(object.kind())
                || !(object.node(JsonPointer.of("spec", "rules")) instanceof YamlList rules)) {
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            JsonPointer pathsAt = JsonPointer.of("spec", "rules").child(i).child("http").child("paths");
            if (!(object.node(pathsAt) instanceof YamlList paths)) {
                continue;
            }
            for (int j = 0; j < paths.size(); j++) {
                if (paths.get(j) instanceof YamlMap path && path.string("path") != null) {
                    check(object, pathsAt.child(j).child("path"), path.string("path"), path.string("pathType"),
                            findings);
                }
            }
        }
    }

    private static void check(KubeObject object, JsonPointer at, String path, String type, RuleFindings findings) {
        if (!path.isEmpty() && !path.startsWith("/")) {
            findings.atValue(object, at, "Ingress path \"" + path + "\" is not absolute",
                    "start the path with '/', e.g. /" + path);
            return;
        }
        if (!"Exact".equals(type) && !"Prefix".equals(type)) {
            return;
        }
        String part = FORBIDDEN_PARTS.stream().filter(path::contains).findFirst()
                .orElse(path.endsWith("/..") ? "/.." : path.endsWith("/.") ? "/." : null);
        if (part != null) {
            findings.atValue(object, at, type + " path \"" + path + "\" contains \"" + part
                    + "\", which the API server rejects", "write the path in its plain, normalised form");
        }
    }
}
