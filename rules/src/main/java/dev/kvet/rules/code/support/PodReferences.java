package dev.kvet.rules.code.support;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.object.Place;
import dev.kvet.workload.Container;
import dev.kvet.workload.PodTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The objects a pod needs by name: ConfigMaps and Secrets (volumes, projected volumes, env, envFrom, image pull
 * secrets), PersistentVolumeClaims, its ServiceAccount and its PriorityClass; not those every cluster has (the
 * default ServiceAccount, the system PriorityClasses, the kube-root-ca.crt ConfigMap of every namespace).
 */
public final class PodReferences {

    /**
     * One reference from a pod to another object, or to one key of it.
     *
     * @param kind     the kind referred to
     * @param name     the name referred to
     * @param nameAt   where the name is written
     * @param key      the key of a ConfigMap or Secret that is referred to, or null
     * @param keyAt    where the key is written, or null
     * @param optional whether the pod starts without the object (optional: true)
     */
    public record Reference(String kind, String name, Place nameAt, String key, Place keyAt, boolean optional) {
    }

    private static final Set<String> BUILT_IN_PRIORITY_CLASSES = Set.of("system-cluster-critical",
            "system-node-critical");
    /** The ConfigMap the control plane's root CA publisher puts into every namespace. */
    private static final String ROOT_CA_CONFIG_MAP = "kube-root-ca.crt";

    private final KubeObject owner;
    private final List<Reference> references = new ArrayList<>();

    private PodReferences(KubeObject owner) {
        this.owner = owner;
    }

    /** Every reference the pod template makes, in file order. */
    public static List<Reference> of(PodTemplate pod) {
        PodReferences found = new PodReferences(pod.owner());
        YamlMap spec = pod.spec();
        if (spec == null) {
            return found.references;
        }
        found.serviceAccount(pod, spec);
        found.priorityClass(pod, spec);
        YamlList pullSecrets = spec.list("imagePullSecrets");
        for (int i = 0; pullSecrets != null && i < pullSecrets.size(); i++) {
            if (pullSecrets.get(i) instanceof YamlMap secret) {
                found.named("Secret", secret, "name", pod.specField("imagePullSecrets").child(i), false);
            }
        }
        YamlList volumes = spec.list("volumes");
        for (int i = 0; volumes != null && i < volumes.size(); i++) {
            if (volumes.get(i) instanceof YamlMap volume) {
                found.volume(volume, pod.specField("volumes").child(i));
            }
        }
        for (Container container : pod.containers()) {
            found.environment(container);
        }
        return found.references;
    }

    private void serviceAccount(PodTemplate pod, YamlMap spec) {
        String field = spec.string("serviceAccountName") != null ? "serviceAccountName" : "serviceAccount";
        String name = spec.string(field);
        if (name != null && !name.isEmpty() && !name.equals("default")) {
            references.add(new Reference("ServiceAccount", name, owner.valuePlace(pod.specField(field)), null, null,
                    false));
        }
    }

    /** A PriorityClass other than the two every cluster has. */
    private void priorityClass(PodTemplate pod, YamlMap spec) {
        String name = spec.string("priorityClassName");
        if (name != null && !name.isEmpty() && !BUILT_IN_PRIORITY_CLASSES.contains(name)) {
            references.add(new Reference("PriorityClass", name, owner.valuePlace(pod.specField("priorityClassName")),
                    null, null, false));
        }
    }

    private void volume(YamlMap volume, JsonPointer at) {
        keyed("ConfigMap", volume.map("configMap"), "name", at.child("configMap"));
        keyed("Secret", volume.map("secret"), "secretName", at.child("secret"));
        named("PersistentVolumeClaim", volume.map("persistentVolumeClaim"), "claimName",
                at.child("persistentVolumeClaim"), false);
        YamlMap projected = volume.map("projected");
        YamlList sources = projected == null ? null : projected.list("sources");
        for (int i = 0; sources != null && i < sources.size(); i++) {
            if (sources.get(i) instanceof YamlMap source) {
                JsonPointer sourceAt = at.child("projected").child("sources").child(i);
                keyed("ConfigMap", source.map("configMap"), "name", sourceAt.child("configMap"));
                keyed("Secret", source.map("secret"), "name", sourceAt.child("secret"));
            }
        }
    }

    private void environment(Container container) {
        YamlList env = container.node().list("env");
        for (int i = 0; env != null && i < env.size(); i++) {
            if (env.get(i) instanceof YamlMap variable && variable.map("valueFrom") != null) {
                JsonPointer from = container.pointer("env").child(i).child("valueFrom");
                YamlMap valueFrom = variable.map("valueFrom");
                keyRef("ConfigMap", valueFrom.map("configMapKeyRef"), from.child("configMapKeyRef"));
                keyRef("Secret", valueFrom.map("secretKeyRef"), from.child("secretKeyRef"));
            }
        }
        YamlList envFrom = container.node().list("envFrom");
        for (int i = 0; envFrom != null && i < envFrom.size(); i++) {
            if (envFrom.get(i) instanceof YamlMap source) {
                JsonPointer at = container.pointer("envFrom").child(i);
                named("ConfigMap", source.map("configMapRef"), "name", at.child("configMapRef"),
                        optional(source.map("configMapRef")));
                named("Secret", source.map("secretRef"), "name", at.child("secretRef"),
                        optional(source.map("secretRef")));
            }
        }
    }

    /** A ConfigMap or Secret volume source: the object, and each key its items project. */
    private void keyed(String kind, YamlMap source, String nameField, JsonPointer at) {
        if (!named(kind, source, nameField, at, optional(source))) {
            return;
        }
        YamlList items = source.list("items");
        for (int i = 0; items != null && i < items.size(); i++) {
            if (items.get(i) instanceof YamlMap item && item.string("key") != null) {
                references.add(new Reference(kind, source.string(nameField), owner.valuePlace(at.child(nameField)),
                        item.string("key"), owner.valuePlace(at.child("items").child(i).child("key")),
                        optional(source)));
            }
        }
    }

    private void keyRef(String kind, YamlMap ref, JsonPointer at) {
        if (ref != null && ref.string("name") != null && !ref.string("name").isEmpty()
                && !everyNamespaceHas(kind, ref.string("name"))) {
            references.add(new Reference(kind, ref.string("name"), owner.valuePlace(at.child("name")),
                    ref.string("key"), ref.has("key") ? owner.valuePlace(at.child("key")) : null, optional(ref)));
        }
    }

    private boolean named(String kind, YamlMap source, String nameField, JsonPointer at, boolean optional) {
        String name = source == null ? null : source.string(nameField);
        if (name == null || name.isEmpty() || everyNamespaceHas(kind, name)) {
            return false;
        }
        references.add(new Reference(kind, name, owner.valuePlace(at.child(nameField)), null, null, optional));
        return true;
    }

    private static boolean everyNamespaceHas(String kind, String name) {
        return kind.equals("ConfigMap") && name.equals(ROOT_CA_CONFIG_MAP);
    }

    private static boolean optional(YamlMap source) {
        YamlNode optional = source == null ? null : source.get("optional");
        return optional instanceof YamlScalar scalar && Boolean.TRUE.equals(scalar.value().value());
    }
}
