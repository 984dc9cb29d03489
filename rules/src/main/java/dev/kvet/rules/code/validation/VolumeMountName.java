package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlNode;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.Alternatives;
import dev.kvet.workload.Container;
import dev.kvet.workload.PodTemplate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every volumeMounts[].name and volumeDevices[].name of a container must name a volume of its pod; in a
 * StatefulSet, the name of one of its volumeClaimTemplates also counts, since each claim becomes a pod volume.
 */
public final class VolumeMountName implements CodeRule {

    private static final JsonPointer CLAIM_TEMPLATES = JsonPointer.of("spec", "volumeClaimTemplates");

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        PodTemplate.of(object).filter(pod -> pod.spec() != null).ifPresent(pod -> {
            Set<String> volumes = new TreeSet<>();
            YamlList list = pod.spec().list("volumes");
            for (int i = 0; list != null && i < list.size(); i++) {
                if (list.get(i) instanceof YamlMap volume && volume.string("name") != null) {
                    volumes.add(volume.string("name"));
                }
            }
            if ("StatefulSet".equals(object.kind()) && object.node(CLAIM_TEMPLATES) instanceof YamlList claims) {
                for (YamlNode claim : claims.items()) {
                    if (claim instanceof YamlMap map && map.map("metadata") != null
                            && map.map("metadata").string("name") != null) {
                        volumes.add(map.map("metadata").string("name"));
                    }
                }
            }
            for (Container container : pod.containers()) {
                check(object, container, "volumeMounts", volumes, findings);
                check(object, container, "volumeDevices", volumes, findings);
            }
        });
    }

    private static void check(KubeObject object, Container container, String field, Set<String> volumes,
                              RuleFindings findings) {
        YamlList mounts = container.node().list(field);
        for (int i = 0; mounts != null && i < mounts.size(); i++) {
            if (mounts.get(i) instanceof YamlMap mount && mount.string("name") != null
                    && !volumes.contains(mount.string("name"))) {
                String name = mount.string("name");
                findings.atValue(object, container.pointer(field).child(i).child("name"), "container \""
                        + container.name() + "\" mounts volume \"" + name
                        + "\", but the pod has no volume of that name",
                        volumes.isEmpty() ? "add the volume under the pod's spec.volumes"
                                : "use " + Alternatives.of(volumes) + ", or add the volume under spec.volumes");
            }
        }
    }
}
