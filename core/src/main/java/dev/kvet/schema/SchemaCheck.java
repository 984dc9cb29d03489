package dev.kvet.schema;

import dev.kvet.check.Check;
import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexer;
import dev.kvet.check.Manifests;
import dev.kvet.finding.Finding;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.object.Place;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The schema engine: checks every object against the strict schema of its kind in the target Kubernetes version,
 * or against its CRD or its schema file ({@code --schemas}). Built-in kinds are checked object by object, in
 * parallel; custom resources once all objects are read, because their CRD may come later in the run.
 */
final class SchemaCheck implements Check {

    /** Objects that expand to more nodes than this (alias bombs) are not validated; the parser reports them. */
    private static final long MAX_NODES = 1_000_000;
    private static final JsonPointer API_VERSION = JsonPointer.of("apiVersion");

    private final SchemaLibrary library;
    private final TargetVersion target;
    private final ApiTypes types;
    private final List<KubeObject> givenCrds;
    private final SchemaFolders schemaFolders;
    /**
     * CRDs and custom resources are kept whole: a custom resource is validated once every CRD of the run is known,
     * since its CRD may come later in the files.
     */
    private final Indexer<KubeObject> keptWhole = object ->
            CustomResourceDefinitions.isCrd(object) || isCustom(object) ? object : null;
    /** Where the first object's apiVersion is written, for the notice that the version asked for is not bundled. */
    private final Indexer<Place> apiVersion = object -> object.valuePlace(API_VERSION);

    SchemaCheck(SchemaLibrary library, TargetVersion target, List<KubeObject> givenCrds, SchemaFolders schemaFolders) {
        this.library = library;
        this.target = target;
        this.types = new ApiTypes(library, target);
        this.givenCrds = List.copyOf(givenCrds);
        this.schemaFolders = schemaFolders;
    }

    @Override
    public void checkObject(KubeObject object, Consumer<Finding> findings) {
        if (types.resolve(object, findings) instanceof ApiType.BuiltIn builtIn) {
            validate(object, library.schema(target.bundled(), builtIn.kind()), findings);
        }
    }

    @Override
    public List<Indexer<?>> indexers() {
        return target.notice() == null ? List.of(keptWhole) : List.of(keptWhole, apiVersion);
    }

    @Override
    public void checkAll(Manifests manifests, Consumer<Finding> findings) {
        if (target.notice() != null && !manifests.objects().isEmpty()) {
            IndexedObject first = manifests.objects().get(0);
            findings.accept(first.finding(first.fact(apiVersion), SchemaRule.VERSION_FALLBACK.severity(),
                    SchemaRule.VERSION_FALLBACK.id(), target.notice(), null));
        }
        List<KubeObject> kept = manifests.objects().stream().map(object -> object.fact(keptWhole))
                .filter(Objects::nonNull).toList();
        CustomResourceDefinitions crds = new CustomResourceDefinitions(library.metaDefinitions(target.bundled()));
        givenCrds.forEach(crds::add);
        kept.stream().filter(CustomResourceDefinitions::isCrd).forEach(crds::add);
        for (KubeObject object : kept) {
            if (types.resolve(object, ignored -> { }) instanceof ApiType.Custom custom) {
                checkCustom(object, custom, crds, findings);
            }
        }
    }

    /** Whether the object is a custom resource; only a group with a dot can be one, which spares most a lookup. */
    private boolean isCustom(KubeObject object) {
        return object.group().contains(".") && types.resolve(object, ignored -> { }) instanceof ApiType.Custom;
    }

    /** Validates a custom resource with its CRD, or else with its schema file; a CRD wins over a file. */
    private void checkCustom(KubeObject object, ApiType.Custom type, CustomResourceDefinitions crds,
                             Consumer<Finding> findings) {
        Optional<CustomResourceDefinitions.ServedVersion> served = crds.find(object.apiVersion(), type.kind());
        if (served.isPresent()) {
            validateCustom(object, () -> crds.schema(object.apiVersion(), type.kind(), served.get()),
                    "the CustomResourceDefinition of " + object.apiVersion() + " " + type.kind()
                            + " has a schema kvet cannot use: ", "defined in " + served.get().crd().file(), findings);
            return;
        }
        Optional<Path> file = schemaFolders.find(type);
        if (file.isPresent()) {
            validateCustom(object, () -> Optional.of(schemaFolders.schema(file.get(), object.apiVersion(), type.kind(),
                            crds.metaDefinitions())),
                    "the schema file of " + object.apiVersion() + " " + type.kind() + " cannot be used: ",
                    "read from " + file.get() + "; its objects are not checked until it is fixed or removed", findings);
            return;
        }
        new CustomTypes(crds).reportUnknown(object, type, findings);
    }

    private static void validateCustom(KubeObject object, Supplier<Optional<CompiledSchema>> schema, String unusable,
                                       String source, Consumer<Finding> findings) {
        Optional<CompiledSchema> compiled;
        try {
            compiled = schema.get();
        } catch (RuntimeException e) {
            // A schema the validator cannot compile must not stop the run; say so once per object.
            findings.accept(object.findingAtValue(JsonPointer.of("kind"), SchemaRule.INVALID_CRD.severity(),
                    SchemaRule.INVALID_CRD.id(), unusable + e.getMessage(), source));
            return;
        }
        compiled.ifPresent(valid -> validate(object, valid, findings));
    }

    private static void validate(KubeObject object, CompiledSchema schema, Consumer<Finding> findings) {
        if (object.root().expandedSize() > MAX_NODES) {
            return;
        }
        var json = KubernetesJson.of(object.root());
        new ErrorTranslator(object, json, schema.document()).translate(schema.validate(json), findings);
    }
}
