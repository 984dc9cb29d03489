package dev.kvet.schema;

import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import dev.kvet.finding.Finding;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.schema.ApiLifecycle.RetiredApi;
import dev.kvet.schema.TargetVersion.MinorVersion;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Looks up an object's apiVersion and kind in the target Kubernetes version, and says plainly what is wrong when
 * it is not there: a typo ({@code app/v1}, {@code Deploymnet}), a removed or deprecated API (with the releases and
 * the replacement, like pluto), a kind from another release, or a custom resource.
 */
final class ApiTypes {

    private static final JsonPointer API_VERSION = JsonPointer.of("apiVersion");
    private static final JsonPointer KIND = JsonPointer.of("kind");

    private final SchemaLibrary library;
    private final TargetVersion target;
    private final KindIndex index;
    private final ApiMigration migration;

    ApiTypes(SchemaLibrary library, TargetVersion target) {
        this.library = library;
        this.target = target;
        this.index = library.index(target.bundled());
        this.migration = new ApiMigration(library, target, index);
    }

    /** The object's type; findings about the type itself go to {@code findings}. */
    ApiType resolve(KubeObject object, Consumer<Finding> findings) {
        String apiVersion = object.apiVersion();
        String kind = object.kind();
        if (apiVersion == null || kind == null) {
            return new ApiType.Unchecked(); // reported while reading the object
        }
        if (apiVersion.equals("v1") && kind.equals("List")) {
            reportListWithoutItems(object, findings);
            return new ApiType.Unchecked(); // a List with a list of items was read as its items
        }
        Optional<String> tool = ToolConfigs.readerOf(object);
        if (tool.isPresent()) {
            findings.accept(object.findingAtValue(KIND, SchemaRule.TOOL_CONFIG.severity(), SchemaRule.TOOL_CONFIG.id(),
                    apiVersion + " " + kind + " is a configuration file of " + tool.get() + ", not an object of the "
                            + "Kubernetes API, so it was not checked", null));
            return new ApiType.Unchecked();
        }
        Optional<RetiredApi> retired = library.lifecycle().find(apiVersion, kind);
        if (retired.isPresent() && target.requested().compareTo(retired.get().removedIn()) >= 0) {
            findings.accept(migration.withFix(object.findingAtValue(API_VERSION, SchemaRule.REMOVED_API.severity(),
                    SchemaRule.REMOVED_API.id(), apiVersion + " " + kind + " was removed in Kubernetes "
                            + retired.get().removedIn() + " (deprecated since " + retired.get().deprecatedIn()
                            + "); the target is " + target.requested(), replacementHint(retired.get(), kind)),
                    object, retired.get()));
            return new ApiType.Unchecked();
        }
        retired.filter(api -> target.requested().compareTo(api.deprecatedIn()) >= 0).ifPresent(api ->
                findings.accept(migration.withFix(object.findingAtValue(API_VERSION,
                        SchemaRule.DEPRECATED_API.severity(), SchemaRule.DEPRECATED_API.id(), apiVersion + " " + kind
                                + " is deprecated since Kubernetes " + api.deprecatedIn() + " and removed in "
                                + api.removedIn(), replacementHint(api, kind)), object, api)));
        Optional<KnownKind> known = index.find(apiVersion, kind);
        if (known.isPresent()) {
            return new ApiType.BuiltIn(known.get());
        }
        if (retired.isPresent()) {
            return new ApiType.Unchecked(); // served by the requested release, but older than every bundled one
        }
        String group = object.group();
        if (!library.isBuiltInGroup(group)) {
            if (group.contains(".")) {
                return new ApiType.Custom(group, apiVersion.substring(apiVersion.indexOf('/') + 1), kind);
            }
            reportUnknownApiVersion(object, findings);
            return new ApiType.Unchecked();
        }
        List<MinorVersion> servedIn = library.versionsServing(apiVersion, kind);
        if (!servedIn.isEmpty()) {
            reportOtherRelease(object, servedIn, findings);
        } else if (index.apiVersions().contains(apiVersion)) {
            reportUnknownKind(object, findings);
        } else {
            reportUnknownApiVersion(object, findings);
        }
        return new ApiType.Unchecked();
    }

    /** kubectl reads a v1 List as its items; one without a list of them holds nothing it can apply. */
    private static void reportListWithoutItems(KubeObject object, Consumer<Finding> findings) {
        JsonPointer items = JsonPointer.of("items");
        YamlNode node = object.node(items);
        if (node == null) {
            findings.accept(object.findingAtValue(KIND, SchemaRule.MISSING_FIELD.severity(),
                    SchemaRule.MISSING_FIELD.id(), "a List needs items, the objects it holds", "add items: [...]"));
            return;
        }
        String given = node instanceof YamlScalar scalar ? scalar.value().typeName() : "map";
        findings.accept(object.findingAtValue(items, SchemaRule.WRONG_TYPE.severity(), SchemaRule.WRONG_TYPE.id(),
                "items of a List must be a list of objects, not " + Wording.withArticle(given),
                "write each object as an item: items: [{apiVersion: v1, kind: ConfigMap, ...}]"));
    }

    private void reportOtherRelease(KubeObject object, List<MinorVersion> servedIn, Consumer<Finding> findings) {
        String type = object.apiVersion() + " " + object.kind();
        String releases = servedIn.size() == 1 ? servedIn.get(0).toString()
                : servedIn.get(0) + "–" + servedIn.get(servedIn.size() - 1);
        List<String> current = index.apiVersionsOf(object.kind());
        String hint = current.isEmpty() ? null : "Kubernetes " + target.bundled() + " serves " + object.kind()
                + " as " + NearestNames.either(current);
        boolean older = servedIn.get(servedIn.size() - 1).compareTo(target.bundled()) < 0;
        SchemaRule rule = older ? SchemaRule.REMOVED_API : SchemaRule.NOT_YET_AVAILABLE;
        String message = older
                ? type + " is no longer served by Kubernetes " + target.bundled() + " (it was in " + releases + ")"
                : type + " is not served by Kubernetes " + target.bundled() + " yet (it is in " + releases + ")";
        findings.accept(object.findingAtValue(API_VERSION, rule.severity(), rule.id(), message, hint));
    }

    private void reportUnknownKind(KubeObject object, Consumer<Finding> findings) {
        String kind = object.kind();
        List<String> elsewhere = index.apiVersionsOf(kind);
        String hint;
        if (!elsewhere.isEmpty()) {
            hint = kind + " is served as " + NearestNames.either(elsewhere);
        } else {
            List<String> nearest = NearestNames.of(kind, index.kindsOf(object.apiVersion()), 3);
            String elsewhereNearest = nearest.isEmpty() ? nearestType(kind) : null;
            if (!nearest.isEmpty()) {
                hint = "did you mean " + NearestNames.either(nearest) + "?";
            } else if (elsewhereNearest != null) {
                hint = elsewhereNearest;
            } else {
                // The list kinds double the list and nobody means them: each is its kind's name plus "List".
                hint = "kinds of " + object.apiVersion() + ": " + String.join(", ", index.kindsOf(object.apiVersion())
                        .stream().filter(name -> !name.endsWith("List")).toList());
            }
        }
        findings.accept(object.findingAtValue(KIND, SchemaRule.INVALID_KIND.severity(), SchemaRule.INVALID_KIND.id(),
                object.apiVersion() + " has no kind " + kind + " in Kubernetes " + target.bundled(), hint));
    }

    private void reportUnknownApiVersion(KubeObject object, Consumer<Finding> findings) {
        String apiVersion = object.apiVersion();
        List<String> serving = index.apiVersionsOf(object.kind());
        List<String> suggestions = serving.isEmpty()
                ? NearestNames.of(apiVersion, index.apiVersions(), 3)
                : NearestNames.of(apiVersion, serving, 3);
        String hint;
        if (!suggestions.isEmpty()) {
            hint = "did you mean " + NearestNames.either(suggestions) + "?";
        } else if (!serving.isEmpty()) {
            hint = object.kind() + " is served as " + NearestNames.either(serving);
        } else {
            hint = nearestType(object.kind());
        }
        findings.accept(object.findingAtValue(API_VERSION, SchemaRule.UNKNOWN_API_VERSION.severity(),
                SchemaRule.UNKNOWN_API_VERSION.id(),
                apiVersion + " is not an API version of Kubernetes " + target.bundled(), hint));
    }

    /** For a misspelled kind in a misspelled group: the nearest kinds and where they are served. */
    private String nearestType(String kind) {
        List<String> kinds = index.kinds().stream().map(KnownKind::kind).distinct().toList();
        List<String> nearest = NearestNames.of(kind, kinds, 2);
        if (nearest.isEmpty()) {
            return null;
        }
        List<String> types = nearest.stream()
                .map(name -> "apiVersion: " + index.apiVersionsOf(name).get(0) + ", kind: " + name).toList();
        return "did you mean " + NearestNames.either(types) + "?";
    }

    /**
     * Where to move a retired API: its replacement, or the replacement's own when that is gone too by the
     * target (extensions/v1beta1 PodSecurityPolicy moved to policy/v1beta1, which was removed without one).
     */
    private String replacementHint(RetiredApi api, String kind) {
        RetiredApi last = api;
        Optional<RetiredApi> next = Optional.of(api);
        while (next.isPresent() && next.get().replacement() != null) {
            last = next.get();
            next = library.lifecycle().find(last.replacement(), kind)
                    .filter(retired -> target.requested().compareTo(retired.removedIn()) >= 0);
        }
        return next.isPresent() ? kind + " has no replacement API; remove it" : "use apiVersion: " + last.replacement();
    }
}
