package dev.kvet.rules.code.support;

import dev.kvet.check.Manifests;
import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.workload.Container;
import dev.kvet.workload.PodTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects a pod needs by name: ConfigMaps and Secrets (volumes, projected volumes, env, envFrom, image pull
 * secrets), PersistentVolumeClaims and its ServiceAccount.
 */
public final class PodReferences {

    /**
     * One reference from a pod to another object, or to one key of it.
     *
     * @param kind        the kind referred to
     * @param name        the name referred to
     * @param namePointer where the name is written, relative to the owning object
     * @param key         the key of a ConfigMap or Secret that is referred to, or null
     * @param keyPointer  where the key is written, or null
     * @param optional    whether the pod starts without the object (optional: true)
     */
    public record Reference(String kind, String name, JsonPointer namePointer, String key, JsonPointer keyPointer,
                            boolean optional) {
    }

    /**
     * An object of the run that runs pods, with the references its pod makes.
     *
     * @param object     the object that declares the pod
     * @param references every reference of its pod, in file order
     */
    public record Referrer(KubeObject object, List<Reference> references) {
    }

    private PodReferences() {
    }

    /**
     * Every object of the run that runs pods, in reading order, with its references: found once per run and
     * shared by the rules that resolve them.
     */
    public static List<Referrer> in(Manifests manifests) {
        // Reading every pod is most of what the reference rules cost, so it runs on all cores.
        return manifests.derived(PodReferences.class, all -> all.objects().parallelStream()
                .flatMap(object -> PodTemplate.of(object).stream()
                        .map(pod -> new Referrer(object, List.copyOf(of(pod)))))
                .toList());
    }

    /** Every reference the pod template makes, in file order. */
    public static List<Reference> of(PodTemplate pod) {
        List<Reference> references = new ArrayList<>();
        YamlMap spec = pod.spec();
        if (spec == null) {
            return references;
        }
        serviceAccount(pod, spec, references);
        YamlList pullSecrets = spec.list("imagePullSecrets");
        for (int i = 0; pullSecrets != null && i < pullSecrets.size(); i++) {
            if (pullSecrets.get(i) instanceof YamlMap secret) {
                named(references, "Secret", secret, "name", pod.specField("imagePullSecrets").child(i), false);
            }
        }
        YamlList volumes = spec.list("volumes");
        for (int i = 0; volumes != null && i < volumes.size(); i++) {
            if (volumes.get(i) instanceof YamlMap volume) {
                volume(volume, pod.specField("volumes").child(i), references);
            }
        }
        for (Container container : pod.containers()) {
            environment(container, references);
        }
        return references;
    }

    private static void serviceAccount(PodTemplate pod, YamlMap spec, List<Reference> references) {
        String field = spec.string("serviceAccountName") != null ? "serviceAccountName" : "serviceAccount";
        String name = spec.string(field);
        if (name != null && !name.isEmpty() && !name.equals("default")) {
            references.add(new Reference("ServiceAccount", name, pod.specField(field), null, null, false));
        }
    }

    private static void volume(YamlMap volume, JsonPointer at, List<Reference> references) {
        keyed(references, "ConfigMap", volume.map("configMap"), "name", at.child("configMap"));
        keyed(references, "Secret", volume.map("secret"), "secretName", at.child("secret"));
        named(references, "PersistentVolumeClaim", volume.map("persistentVolumeClaim"), "claimName",
                at.child("persistentVolumeClaim"), false);
        YamlMap projected = volume.map("projected");
        YamlList sources = projected == null ? null : projected.list("sources");
        for (int i = 0; sources != null && i < sources.size(); i++) {
            if (sources.get(i) instanceof YamlMap source) {
                JsonPointer sourceAt = at.child("projected").child("sources").child(i);
                keyed(references, "ConfigMap", source.map("configMap"), "name", sourceAt.child("configMap"));
                keyed(references, "Secret", source.map("secret"), "name", sourceAt.child("secret"));
            }
        }
    }

    private static void environment(Container container, List<Reference> references) {
        YamlList env = container.node().list("env");
        for (int i = 0; env != null && i < env.size(); i++) {
            if (env.get(i) instanceof YamlMap variable && variable.map("valueFrom") != null) {
                JsonPointer from = container.pointer("env").child(i).child("valueFrom");
                YamlMap valueFrom = variable.map("valueFrom");
                keyRef(references, "ConfigMap", valueFrom.map("configMapKeyRef"), from.child("configMapKeyRef"));
                keyRef(references, "Secret", valueFrom.map("secretKeyRef"), from.child("secretKeyRef"));
            }
        }
        YamlList envFrom = container.node().list("envFrom");
        for (int i = 0; envFrom != null && i < envFrom.size(); i++) {
            if (envFrom.get(i) instanceof YamlMap source) {
                JsonPointer at = container.pointer("envFrom").child(i);
                named(references, "ConfigMap", source.map("configMapRef"), "name", at.child("configMapRef"),
                        optional(source.map("configMapRef")));
                named(references, "Secret", source.map("secretRef"), "name", at.child("secretRef"),
                        optional(source.map("secretRef")));
            }
        }
    }

    /** A ConfigMap or Secret volume source: the object, and each key its items project. */
    private static void keyed(List<Reference> references, String kind, YamlMap source, String nameField,
                              JsonPointer at) {
        if (!named(references, kind, source, nameField, at, optional(source))) {
            return;
        }
        YamlList items = source.list("items");
        for (int i = 0; items != null && i < items.size(); i++) {
            if (items.get(i) instanceof YamlMap item && item.string("key") != null) {
                references.add(new Reference(kind, source.string(nameField), at.child(nameField),
                        item.string("key"), at.child("items").child(i).child("key"), optional(source)));
            }
        }
    }

    private static void keyRef(List<Reference> references, String kind, YamlMap ref, JsonPointer at) {
        if (ref != null && ref.string("name") != null && !ref.string("name").isEmpty()) {
            references.add(new Reference(kind, ref.string("name"), at.child("name"), ref.string("key"),
                    ref.has("key") ? at.child("key") : null, optional(ref)));
        }
    }

    private static boolean named(List<Reference> references, String kind, YamlMap source, String nameField,
                                 JsonPointer at, boolean optional) {
        String name = source == null ? null : source.string(nameField);
        if (name == null || name.isEmpty()) {
            return false;
        }
        references.add(new Reference(kind, name, at.child(nameField), null, null, optional));
        return true;
    }

    private static boolean optional(YamlMap source) {
        YamlNode optional = source == null ? null : source.get("optional");
        return optional instanceof YamlScalar scalar && Boolean.TRUE.equals(scalar.value().value());
    }
}
