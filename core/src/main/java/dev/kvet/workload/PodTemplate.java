package dev.kvet.workload;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
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
    private static final Map<String, Pointers> POD_OF = Map.of(
            "Pod", Pointers.under(JsonPointer.ROOT),
            "Deployment", Pointers.under(JsonPointer.of("spec", "template")),
            "ReplicaSet", Pointers.under(JsonPointer.of("spec", "template")),
            "StatefulSet", Pointers.under(JsonPointer.of("spec", "template")),
            "DaemonSet", Pointers.under(JsonPointer.of("spec", "template")),
            "ReplicationController", Pointers.under(JsonPointer.of("spec", "template")),
            "Job", Pointers.under(JsonPointer.of("spec", "template")),
            "CronJob", Pointers.under(JsonPointer.of("spec", "jobTemplate", "spec", "template")),
            "PodTemplate", Pointers.under(JsonPointer.of("template")));

    /** Where a pod's metadata and spec are in an object. */
    private record Pointers(JsonPointer metadata, JsonPointer spec) {
        static Pointers under(JsonPointer template) {
            return new Pointers(template.child("metadata"), template.child("spec"));
        }
    }

    /** The pod template of an object, if its kind runs pods. */
    public static Optional<PodTemplate> of(KubeObject object) {
        Pointers pointers = object.kind() == null ? null : POD_OF.get(object.kind());
        return pointers == null ? Optional.empty()
                : Optional.of(new PodTemplate(object, pointers.metadata(), pointers.spec()));
    }

    /** The pod spec map, or null when the manifest lacks it. */
    public YamlMap spec() {
        return owner.node(specPointer) instanceof YamlMap map ? map : null;
    }

    /** The pod's metadata map (a template's metadata, or the Pod's own), or null. */
    public YamlMap metadata() {
        return owner.node(metadataPointer) instanceof YamlMap map ? map : null;
    }

    /** Whether the pod asks for the node's network namespace (spec.hostNetwork: true). */
    public boolean hostNetwork() {
        YamlMap spec = spec();
        return spec != null && spec.get("hostNetwork") instanceof YamlScalar scalar
                && Boolean.TRUE.equals(scalar.value().value());
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
