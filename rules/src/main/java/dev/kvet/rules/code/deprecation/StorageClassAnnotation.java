package dev.kvet.rules.code.deprecation;

import dev.kvet.document.YamlList;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The beta storage-class annotation on PersistentVolumeClaims (and StatefulSet volumeClaimTemplates), replaced by
 * spec.storageClassName.
 */
public final class StorageClassAnnotation extends DeprecatedAnnotation {

    private static final JsonPointer TEMPLATES = JsonPointer.of("spec", "volumeClaimTemplates");

    /** The rule. */
    public StorageClassAnnotation() {
        super(StorageClassAnnotation::claimMetadata, "volume.beta.kubernetes.io/storage-class"::equals,
                "is deprecated", "set spec.storageClassName of the claim instead");
    }

    private static List<JsonPointer> claimMetadata(KubeObject object) {
        List<JsonPointer> metadata = new ArrayList<>(metadataOf("PersistentVolumeClaim").apply(object));
        if ("StatefulSet".equals(object.kind()) && object.node(TEMPLATES) instanceof YamlList templates) {
            for (int i = 0; i < templates.size(); i++) {
                metadata.add(TEMPLATES.child(i).child("metadata"));
            }
        }
        return metadata;
    }
}
