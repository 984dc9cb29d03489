package dev.kvet.rules.code.support;

import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.workload.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One probe of a container.
 *
 * @param field   livenessProbe, readinessProbe or startupProbe
 * @param node    the probe's map
 * @param pointer the probe's pointer relative to the owning object
 */
public record Probe(String field, YamlMap node, JsonPointer pointer) {

    /** The ways a probe can test a container; a probe has exactly one. */
    public static final List<String> HANDLERS = List.of("exec", "httpGet", "tcpSocket", "grpc");

    /** The probes a container declares. */
    public static List<Probe> of(Container container) {
        List<Probe> probes = new ArrayList<>();
        for (String field : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            if (container.node().get(field) instanceof YamlMap node) {
                probes.add(new Probe(field, node, container.pointer(field)));
            }
        }
        return probes;
    }

    /** The handlers the probe declares, in file order. */
    public List<String> handlers() {
        return node.entries().keySet().stream().filter(HANDLERS::contains).toList();
    }

    /** The pointer to the port the probe connects to (httpGet, tcpSocket or grpc), if it has one. */
    public Optional<JsonPointer> portPointer() {
        for (String handler : List.of("httpGet", "tcpSocket", "grpc")) {
            if (node.get(handler) instanceof YamlMap map && map.has("port")) {
                return Optional.of(pointer.child(handler).child("port"));
            }
        }
        return Optional.empty();
    }
}
