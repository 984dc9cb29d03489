package dev.kvet.rules.suppression;

import dev.kvet.check.Indexer;
import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.finding.Finding;
import dev.kvet.location.JsonPointer;
import dev.kvet.location.Span;
import dev.kvet.object.KubeObject;
import dev.kvet.workload.Container;
import dev.kvet.workload.PodTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@code kvet.io/ignore: "rule-a, web:rule-b # reason"} from an object's annotations: a plain rule id
 * silences it for the whole object, {@code container:rule} only for that container of its pod.
 */
final class IgnoreAnnotations {

    /** The annotation key. */
    static final String KEY = "kvet.io/ignore";

    private IgnoreAnnotations() {
    }

    /** Takes the suppressions an object's annotation declares. */
    static final Indexer<List<Suppression>> INDEXER = IgnoreAnnotations::of;

    private static List<Suppression> of(KubeObject object) {
        YamlMap metadata = object.root().map("metadata");
        YamlMap annotations = metadata == null ? null : metadata.map("annotations");
        if (annotations == null || !(annotations.get(KEY) instanceof YamlScalar value)) {
            return null;
        }
        List<Suppression> into = new ArrayList<>();
        Span span = value.span();
        String pointer = object.base().append(JsonPointer.of("metadata", "annotations", KEY)).toString();
        String list = value.text();
        int hash = list.indexOf('#');
        for (String entry : (hash < 0 ? list : list.substring(0, hash)).split(",")) {
            String item = entry.strip();
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.indexOf(':');
            JsonPointer scope = colon < 0 ? object.base() : containerPointer(object, item.substring(0, colon));
            String rule = item.substring(colon + 1).strip();
            int document = object.document().index();
            into.add(new Suppression(rule, object.file(), span, pointer, document, object.ref(),
                    finding -> within(finding, document, scope), "kvet.io/ignore"));
        }
        return into;
    }

    /** The container's place inside the document, or null when the pod has no container of that name. */
    private static JsonPointer containerPointer(KubeObject object, String name) {
        return PodTemplate.of(object).stream()
                .flatMap(template -> template.containers().stream())
                .filter(container -> name.strip().equals(container.name()))
                .map(Container::pointer)
                .map(object.base()::append)
                .findFirst().orElse(null);
    }

    private static boolean within(Finding finding, int document, JsonPointer scope) {
        if (scope == null || finding.pointer() == null || !Objects.equals(finding.document(), document)) {
            return false;
        }
        String prefix = scope.toString();
        return finding.pointer().equals(prefix) || finding.pointer().startsWith(prefix + "/");
    }
}
