package dev.kvet.workload;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pod that a workload runs: a Pod's own spec, or the template of a Deployment, StatefulSet, DaemonSet,
 * ReplicaSet, ReplicationController, Job or CronJob. Rules about pods look at this view, never at the kinds.
 *
 * @param owner           the object that declares the pod
 * @param metadataPointer where the pod's metadata is, relative to the owner
 * @param specPointer     where the pod spec is, relative to the owner
 */
public record PodTemplate(KubeObject owner, JsonPointer metadataPointer, JsonPointer specPointer) {

    /** Where the pod's metadata and spec are in each kind that runs pods; made once, as every rule asks. */
    private static final Map<String, Place> POD_OF = Map.of(
            "Pod", Place.under(JsonPointer.ROOT),
            "Deployment", Place.under(JsonPointer.of("spec", "template")),
            "ReplicaSet", Place.under(JsonPointer.of("spec", "template")),
            "StatefulSet", Place.under(JsonPointer.of("spec", "template")),
            "DaemonSet", Place.under(JsonPointer.of("spec", "template")),
            "ReplicationController", Place.under(JsonPointer.of("spec", "template")),
            "Job", Place.under(JsonPointer.of("spec", "template")),
            "CronJob", Place.under(JsonPointer.of("spec", "jobTemplate", "spec", "template")),
            "PodTemplate", Place.under(JsonPointer.of("template")));

    /** Where a pod's metadata and spec are in an object. */
    private record Place(JsonPointer metadata, JsonPointer spec) {
        static Place under(JsonPointer template) {
            return new Place(template.child("metadata"), template.child("spec"));
        }
    }

    /** The pod template of an object, if its kind runs pods. */
    public static Optional<PodTemplate> of(KubeObject object) {
        Place place = object.kind() == null ? null : POD_OF.get(object.kind());
        return place == null ? Optional.empty() : Optional.of(new PodTemplate(object, place.metadata(), place.spec()));
    }

    /** The pod spec map, or null when the manifest lacks it. */
    public YamlMap spec() {
        return owner.node(specPointer) instanceof YamlMap map ? map : null;
    }

    /** The pod's metadata map (a template's metadata, or the Pod's own), or null. */
    public YamlMap metadata() {
        return owner.node(metadataPointer) instanceof YamlMap map ? map : null;
    }

    /** The pod's labels, or null. */
    public YamlMap labels() {
        YamlMap metadata = metadata();
        return metadata == null ? null : metadata.map("labels");
    }

    /** The pointer to a field of the pod spec. */
    public JsonPointer specField(String field) {
        return specPointer.child(field);
    }

    /** Every container of the pod: init containers first, then app containers, then ephemeral ones. */
    public List<Container> containers() {
        YamlMap spec = spec();
        List<Container> all = new ArrayList<>();
        for (ContainerKind kind : ContainerKind.values()) {
            all.addAll(containers(spec, kind));
        }
        return all;
    }

    /** The containers of one list of the pod spec. */
    public List<Container> containers(ContainerKind kind) {
        return containers(spec(), kind);
    }

    private List<Container> containers(YamlMap spec, ContainerKind kind) {
        YamlList list = spec == null ? null : spec.list(kind.field());
        if (list == null) {
            return List.of();
        }
        List<Container> containers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof YamlMap node) {
                containers.add(new Container(this, kind, i, node, specPointer.child(kind.field()).child(i)));
            }
        }
        return containers;
    }
}
