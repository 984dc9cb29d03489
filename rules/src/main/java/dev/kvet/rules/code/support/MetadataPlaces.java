package dev.kvet.rules.code.support;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.workload.PodTemplate;
import java.util.ArrayList;
import java.util.List;

/** Where an object carries metadata: its own, and its pod template's when it is a workload. */
public final class MetadataPlaces {

    private static final JsonPointer METADATA = JsonPointer.of("metadata");

    private MetadataPlaces() {
    }

    /** The object's metadata pointer, then its pod template's (once for a Pod, whose metadata is both). */
    public static List<JsonPointer> of(KubeObject object) {
        List<JsonPointer> places = new ArrayList<>(List.of(METADATA));
        PodTemplate.of(object).map(PodTemplate::metadataPointer).filter(pointer -> !pointer.equals(METADATA))
                .ifPresent(places::add);
        return places;
    }
}
