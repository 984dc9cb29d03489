package dev.kvet.rules.code.reference;

import dev.kvet.check.Indexer;
import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.object.Place;
import dev.kvet.rules.code.support.IntOrString;
import java.util.ArrayList;
import java.util.List;

/**
 * A Service backend of a networking.k8s.io/v1 Ingress: its default backend or a path's backend.
 *
 * @param name   the Service name
 * @param nameAt where the name is written
 * @param port   the Service port it names (a number or a port name), or null when it names none
 * @param portAt where that port is written, or null
 */
record IngressBackend(String name, Place nameAt, IntOrString port, Place portAt) {

    /** Takes the Service backends of every Ingress, in file order. */
    static final Indexer<List<IngressBackend>> INDEXER = IngressBackend::of;

    private static List<IngressBackend> of(KubeObject ingress) {
        if (!"Ingress".equals(ingress.kind())) {
            return null;
        }
        List<IngressBackend> backends = new ArrayList<>();
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
        return List.copyOf(backends);
    }

    private static void add(KubeObject ingress, JsonPointer at, List<IngressBackend> backends) {
        if (!(ingress.node(at) instanceof YamlMap service) || service.string("name") == null) {
            return;
        }
        IntOrString port = null;
        Place portAt = null;
        YamlMap ports = service.map("port");
        if (ports != null) {
            String field = ports.has("number") ? "number" : "name";
            port = IntOrString.of(ports.get(field)).orElse(null);
            portAt = ingress.valuePlace(at.child("port").child(field));
        }
        backends.add(new IngressBackend(service.string("name"), ingress.valuePlace(at.child("name")), port, portAt));
    }
}
