package dev.kvet.schedule.pod;

import dev.kvet.document.YamlMap;
import dev.kvet.finding.Finding;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.object.Labels;
import dev.kvet.resource.ResourceList;
import dev.kvet.schedule.yaml.Quantities;
import dev.kvet.schedule.yaml.Scalars;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The RuntimeClass objects of the input, applied to the pods that name them as the RuntimeClass admission plugin
 * does before the scheduler sees a pod: {@code overhead.podFixed} becomes the pod's {@code spec.overhead}, and
 * {@code scheduling.nodeSelector} and {@code scheduling.tolerations} join the pod's own. A class the input does
 * not declare leaves the pod as it is (the cluster may have it). Where admission would reject the pod (an
 * overhead of its own that differs, a nodeSelector value that conflicts), the pod's own setting is kept.
 */
public final class RuntimeClasses {

    /**
     * What a RuntimeClass adds to a pod.
     *
     * @param overhead     overhead.podFixed, or null when the class has none
     * @param nodeSelector scheduling.nodeSelector
     * @param tolerations  scheduling.tolerations
     */
    private record RuntimeClass(ResourceList overhead, Map<String, String> nodeSelector,
                                List<Toleration> tolerations) {
    }

    private final Map<String, RuntimeClass> classes = new HashMap<>();

    /** The classes declared among the objects; bad quantities in their overhead go to {@code findings}. */
    public RuntimeClasses(List<KubeObject> objects, Consumer<Finding> findings) {
        for (KubeObject object : objects) {
            if ("RuntimeClass".equals(object.kind()) && object.name() != null) {
                JsonPointer podFixed = JsonPointer.of("overhead", "podFixed");
                ResourceList overhead = object.node(podFixed) instanceof YamlMap
                        ? new Quantities(object, findings).read(podFixed) : null;
                YamlMap scheduling = object.root().map("scheduling");
                classes.put(object.name(), new RuntimeClass(overhead,
                        scheduling == null ? Map.of() : Labels.of(scheduling.map("nodeSelector")),
                        scheduling == null ? List.of() : PodSpec.tolerations(scheduling)));
            }
        }
    }

    /** The spec as admission leaves it when it names a class of the input; else the spec itself. */
    public PodSpec admit(PodSpec spec) {
        YamlMap podSpec = spec.template().spec();
        String name = podSpec == null ? null : Scalars.text(podSpec, "runtimeClassName");
        RuntimeClass runtimeClass = name == null ? null : classes.get(name);
        if (runtimeClass == null) {
            return spec;
        }
        Map<String, String> nodeSelector = new LinkedHashMap<>(runtimeClass.nodeSelector());
        nodeSelector.putAll(spec.nodeSelector());
        boolean ownOverhead = podSpec.get("overhead") != null;
        PodResources resources = runtimeClass.overhead() == null || ownOverhead ? spec.resources()
                : spec.resources().withOverhead(runtimeClass.overhead());
        return spec.withRuntimeClass(nodeSelector, runtimeClass.tolerations(), resources);
    }
}
