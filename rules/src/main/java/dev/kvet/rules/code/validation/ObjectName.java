package dev.kvet.rules.code.validation;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.NameSyntax;
import java.util.Set;
import java.util.function.UnaryOperator;

/** metadata.name must have the format the API server requires for the object's kind. */
public final class ObjectName implements CodeRule {

    private static final JsonPointer NAME = JsonPointer.of("metadata", "name");
    private static final Set<String> PATH_SEGMENT_KINDS = Set.of("Role", "ClusterRole", "RoleBinding",
            "ClusterRoleBinding", "HorizontalPodAutoscaler");
    /** The Job a CronJob creates is named after it plus an 11-character suffix, and must stay within 63. */
    private static final int CRONJOB_NAME_MAX = 52;

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        String name = object.name();
        if (name == null || name.isEmpty() || object.kind() == null) {
            return;
        }
        String kind = object.kind();
        String problem = format(kind).apply(name);
        if (problem == null && "CronJob".equals(kind) && name.length() > CRONJOB_NAME_MAX) {
            problem = "is longer than 52 characters (its Jobs add an 11-character suffix to it)";
        }
        if (problem != null) {
            findings.atValue(object, NAME, kind + " name \"" + name + "\" is invalid: it " + problem,
                    "a " + kind + " name must be " + formatName(kind) + ", e.g. my-app-1");
        }
    }

    private static UnaryOperator<String> format(String kind) {
        if ("Service".equals(kind)) {
            return NameSyntax::dns1035Label;
        }
        if ("Namespace".equals(kind) || "StatefulSet".equals(kind)) {
            return NameSyntax::dns1123Label;
        }
        if (PATH_SEGMENT_KINDS.contains(kind)) {
            return NameSyntax::pathSegment;
        }
        return NameSyntax::dns1123Subdomain;
    }

    private static String formatName(String kind) {
        if ("Service".equals(kind)) {
            return "a DNS-1035 label (at most 63 lowercase letters, digits and '-', starting with a letter)";
        }
        if ("Namespace".equals(kind) || "StatefulSet".equals(kind)) {
            return "a DNS-1123 label (at most 63 lowercase letters, digits and '-')";
        }
        if (PATH_SEGMENT_KINDS.contains(kind)) {
            return "usable in a URL path (no '/', no '%', not '.' or '..')";
        }
        return "a DNS-1123 subdomain (at most 253 lowercase letters, digits, '-' and '.')";
    }
}
