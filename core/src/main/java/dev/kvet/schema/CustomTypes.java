package dev.kvet.schema;

import dev.kvet.finding.Finding;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import java.util.List;
import java.util.function.Consumer;

/** What to say about a custom resource that no known CRD defines: unknown if its group is new, a typo if not. */
final class CustomTypes {

    private final CustomResourceDefinitions crds;

    CustomTypes(CustomResourceDefinitions crds) {
        this.crds = crds;
    }

    /** Reports the object: an info when nothing about its group is known, an error when a CRD nearly matches. */
    void reportUnknown(KubeObject object, ApiType.Custom type, Consumer<Finding> findings) {
        List<String> servedAs = crds.apiVersionsOf(type.group(), type.kind());
        if (!servedAs.isEmpty()) {
            findings.accept(object.findingAtValue(JsonPointer.of("apiVersion"),
                    SchemaRule.UNKNOWN_API_VERSION.severity(), SchemaRule.UNKNOWN_API_VERSION.id(),
                    "the CustomResourceDefinition of " + type.kind() + " does not serve " + object.apiVersion(),
                    type.kind() + " is served as " + NearestNames.either(servedAs)));
            return;
        }
        List<String> groupKinds = crds.kindsOf(type.group());
        if (!groupKinds.isEmpty()) {
            List<String> nearest = NearestNames.of(type.kind(), groupKinds, 3);
            findings.accept(object.findingAtValue(JsonPointer.of("kind"), SchemaRule.INVALID_KIND.severity(),
                    SchemaRule.INVALID_KIND.id(), "no CustomResourceDefinition of " + type.group()
                            + " defines the kind " + type.kind(),
                    nearest.isEmpty() ? "kinds of " + type.group() + ": " + String.join(", ", groupKinds)
                            : "did you mean " + NearestNames.either(nearest) + "?"));
            return;
        }
        findings.accept(object.findingAtValue(JsonPointer.of("kind"), SchemaRule.UNKNOWN_KIND.severity(),
                SchemaRule.UNKNOWN_KIND.id(), object.apiVersion() + " " + type.kind()
                        + " is a custom resource and no CustomResourceDefinition for it was given; its fields are not checked",
                "pass its CRD with --crd FILE|DIR, or check the CRD together with the object"));
    }
}
