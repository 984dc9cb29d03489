package dev.kvet.rules.code.reference;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The Service backends of a networking.k8s.io/v1 Ingress: its default backend and every path's backend.
 *
 * @param service the backend's {@code service} map
 * @param pointer where that map is, relative to the Ingress
 */
record IngressBackend(YamlMap service, JsonPointer pointer) {

    /** The Service backends of an Ingress, in file order; none for other kinds. */
    static List<IngressBackend> of(KubeObject ingress) {
        List<IngressBackend> backends = new ArrayList<>();
        if (!"Ingress".equals(ingress.kind())) {
            return backends;
        }
        add(ingress, JsonPointer.of("spec", "defaultBackend", "service"), backends);
        if (ingress.node(JsonPointer.of("spec", "rules")) instanceof YamlList rules) {
            for (int i = 0; i < rules.size(); i++) {
                JsonPointer pathsAt = JsonPointer.of("spec", "rules").child(i).child("http").child("paths");
                if (ingress.node(pathsAt) instanceof YamlList paths) {
                    for (int j = 0; j < paths.size(); j++) {
                        add(ingress, pathsAt.child(j).child("backend").child("service"), backends);
                    }
                }
            }
        }
        return backends;
    }

    private static void add(KubeObject ingress, JsonPointer at, List<IngressBackend> backends) {
        if (ingress.node(at) instanceof YamlMap service && service.string("name") != null) {
            backends.add(new IngressBackend(service, at));
        }
    }

    /** The Service name. */
    String name() {
        return service.string("name");
    }
}
