package dev.kvet.rules.code.deprecation;

import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.workload.PodTemplate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Reports annotations that an API field (or another annotation) has replaced. */
abstract class DeprecatedAnnotation implements CodeRule {

    private final Function<KubeObject, List<JsonPointer>> places;
    private final Predicate<String> deprecated;
    private final String status;
    private final String replacement;

    /**
     * @param places      the metadata maps of an object where the annotation takes effect
     * @param deprecated  which annotation keys are deprecated
     * @param status      what is wrong with them, completing "annotation KEY ..."
     * @param replacement what to write instead
     */
    DeprecatedAnnotation(Function<KubeObject, List<JsonPointer>> places, Predicate<String> deprecated, String status,
                         String replacement) {
        this.places = places;
        this.deprecated = deprecated;
        this.status = status;
        this.replacement = replacement;
    }

    @Override
    public final void checkObject(KubeObject object, RuleFindings findings) {
        for (JsonPointer metadata : places.apply(object)) {
            JsonPointer at = metadata.child("annotations");
            if (object.node(at) instanceof YamlMap annotations) {
                annotations.entries().keySet().stream().filter(deprecated).forEach(key ->
                        findings.atKey(object, at.child(key), "annotation " + key + " " + status, replacement));
            }
        }
    }

    /** The pod's own metadata (a Pod's, or a workload template's). */
    static List<JsonPointer> podMetadata(KubeObject object) {
        return PodTemplate.of(object).map(pod -> List.of(pod.metadataPointer())).orElse(List.of());
    }

    /** The metadata of objects of one kind. */
    static Function<KubeObject, List<JsonPointer>> metadataOf(String kind) {
        return object -> kind.equals(object.kind()) ? List.of(JsonPointer.of("metadata")) : List.of();
    }
}
