package dev.kvet.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import dev.kvet.document.YamlNode;
import dev.kvet.document.YamlScalar;
import dev.kvet.finding.Finding;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.schemas.generate.StrictSchemas;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Turns the validator's errors for one object into findings a person understands, each placed at the offending
 * key or value: unknown and misplaced fields with the names meant, wrong types with what was expected and why the
 * value was read so, disallowed values with the allowed ones, missing fields grouped per object.
 */
final class ErrorTranslator {

    private final KubeObject object;
    private final JsonNode json;
    private final SchemaTree tree;
    private final FieldPlacement placement;
    private final SchemaFixes fixes;

    ErrorTranslator(KubeObject object, JsonNode json, JsonNode schemaDocument) {
        this.object = object;
        this.json = json;
        this.tree = new SchemaTree(schemaDocument);
        this.placement = new FieldPlacement(tree);
        this.fixes = new SchemaFixes(object);
    }

    /** Reports the errors of one validation. */
    void translate(List<Error> errors, Consumer<Finding> findings) {
        Map<JsonPointer, List<String>> missing = new LinkedHashMap<>();
        Map<JsonPointer, Error> narrowest = new LinkedHashMap<>();
        Set<JsonPointer> wrongTypes = new HashSet<>();
        for (Error error : errors) {
            if (error.getKeyword().equals("type")) {
                wrongTypes.add(pointer(error.getInstanceLocation()));
            }
        }
        for (Error error : errors) {
            JsonPointer at = pointer(error.getInstanceLocation());
            // A value of the wrong type fails its enum and pattern too; the type is what a person must fix.
            if (wrongTypes.contains(at) && !error.getKeyword().equals("type")
                    && !error.getKeyword().equals("additionalProperties") && !error.getKeyword().equals("required")) {
                continue;
            }
            switch (error.getKeyword()) {
                case "additionalProperties" -> unknownField(at, error, findings);
                case "required" -> missing.computeIfAbsent(at, key -> new ArrayList<>()).add(error.getProperty());
                // A value can fail the enum of its type and a narrower overlay (restartPolicy); say the narrower.
                case "enum" -> narrowest.merge(at, error, (a, b) -> allowed(a).size() <= allowed(b).size() ? a : b);
                case "type" -> wrongType(at, error, findings);
                case "pattern" -> badSyntax(at, error, findings);
                default -> findings.accept(object.findingAtValue(at, SchemaRule.INVALID_VALUE.severity(),
                        SchemaRule.INVALID_VALUE.id(), Wording.field(at) + ": " + error.getMessage(), null));
            }
        }
        narrowest.forEach((at, error) -> disallowedValue(at, error, findings));
        missing.forEach((at, names) -> missingFields(at, names, errors, findings));
    }

    private void unknownField(JsonPointer parent, Error error, Consumer<Finding> findings) {
        String key = error.getProperty();
        JsonPointer at = parent.child(key);
        String owner = definitionOf(error);
        JsonNode level = tree.forInstance(parent);
        String where = owner == null ? "" : " of " + Wording.typeName(owner);
        if (level != null) {
            List<List<FieldPlacement.Step>> places = placement.below(level, key);
            if (!places.isEmpty()) {
                findings.accept(object.findingAtKey(at, SchemaRule.MISPLACED_FIELD.severity(),
                        SchemaRule.MISPLACED_FIELD.id(), key + " is not a field" + where + " at this level",
                        misplacedHint(key, places, owner, at)));
                return;
            }
        }
        List<String> valid = level == null ? List.of() : tree.fieldNames(level);
        List<String> nearest = NearestNames.of(key, valid, 3);
        Optional<JsonPointer> higher = nearest.isEmpty() ? placement.above(parent, key) : Optional.empty();
        if (higher.isPresent()) {
            String place = higher.get().isRoot() ? "at the top level of the object" : "in " + Wording.path(higher.get());
            findings.accept(object.findingAtKey(at, SchemaRule.MISPLACED_FIELD.severity(),
                    SchemaRule.MISPLACED_FIELD.id(), key + " is not a field" + where + " at this level",
                    key + " belongs higher up, " + place + ": move it out of " + Wording.path(parent)));
            return;
        }
        String hint = nearest.isEmpty() ? (valid.isEmpty() ? null : "valid fields here: " + String.join(", ", valid))
                : "did you mean " + NearestNames.either(nearest) + "?";
        Finding finding = object.findingAtKey(at, SchemaRule.UNKNOWN_FIELD.severity(), SchemaRule.UNKNOWN_FIELD.id(),
                "unknown field " + key + where, hint);
        // Renamed only when one name is meant and it is not taken: two keys of one name would be a new error.
        boolean taken = nearest.size() == 1 && json.at(parent.toString()).has(nearest.get(0));
        findings.accept(nearest.size() == 1 && !taken ? fixes.rename(finding, key, nearest.get(0)) : finding);
    }

    private String misplacedHint(String key, List<List<FieldPlacement.Step>> places, String owner, JsonPointer at) {
        List<String> parents = places.stream()
                .map(path -> String.join(".", path.stream().map(FieldPlacement.Step::field).toList()) + ":")
                .toList();
        String ofOwner = owner == null ? "" : " of " + Wording.aTypeNamed(owner);
        return key + " belongs under " + NearestNames.either(parents) + ofOwner + ": "
                + FieldPlacement.snippet(places.get(0), key, valueText(at));
    }

    private void wrongType(JsonPointer at, Error error, Consumer<Finding> findings) {
        // The scalar's own reading tells 1.0 (a number) from 1 (an integer); the JSON form has lost that.
        String given = object.node(at) instanceof YamlScalar scalar ? scalar.value().typeName()
                : Wording.typeOf(json.at(at.toString()));
        JsonNode expectedTypes = error.getSchemaNode();
        String message = Wording.field(at) + " must be " + Wording.expected(expectedTypes) + ", not "
                + Wording.withArticle(given);
        if (!(object.node(at) instanceof YamlScalar scalar)) {
            findings.accept(wrongType(at, message, null));
            return;
        }
        // A value read as no string where a string is wanted only needs quotes; a quoted number none.
        String note = scalar.value().yaml11Only();
        if (wantsString(expectedTypes) && !given.equals("string")) {
            findings.accept(fixes.quote(wrongType(at, message, (note == null ? "" : note + "; ")
                    + "quote it to keep it a string: \"" + scalar.text() + "\""), scalar));
        } else if (isQuotedNumberForNumber(scalar, given, expectedTypes)) {
            findings.accept(fixes.unquote(wrongType(at, message, "remove the quotes: " + scalar.text()), scalar));
        } else {
            findings.accept(wrongType(at, message, note));
        }
    }

    private Finding wrongType(JsonPointer at, String message, String hint) {
        return object.findingAtValue(at, SchemaRule.WRONG_TYPE.severity(), SchemaRule.WRONG_TYPE.id(), message, hint);
    }

    private static boolean wantsString(JsonNode expectedTypes) {
        return expectedTypes.toString().contains("\"string\"");
    }

    /** A quoted number where a number is wanted; a decimal only where any number will do, not just an integer. */
    private static boolean isQuotedNumberForNumber(YamlScalar scalar, String given, JsonNode expectedTypes) {
        String types = expectedTypes.toString();
        if (!given.equals("string")) {
            return false;
        }
        if (types.contains("\"number\"")) {
            return scalar.text().matches("[-+]?[0-9]+(\\.[0-9]+)?");
        }
        return types.contains("\"integer\"") && scalar.text().matches("[-+]?[0-9]+");
    }

    private void disallowedValue(JsonPointer at, Error error, Consumer<Finding> findings) {
        List<String> allowed = allowed(error);
        String value = valueText(at);
        String reason = tree.at(parentOf(locationOf(error))).path(StrictSchemas.REASON).asString(null);
        List<String> nearest = NearestNames.of(value, allowed, 2);
        String hint = reason != null ? reason : nearest.isEmpty() ? null : "did you mean " + nearest.get(0) + "?";
        Finding finding = object.findingAtValue(at, SchemaRule.INVALID_VALUE.severity(), SchemaRule.INVALID_VALUE.id(),
                Wording.field(at) + ": " + value + " is not allowed here; allowed: "
                        + String.join(", ", allowed.stream().map(name -> name.isEmpty() ? "\"\"" : name).toList()),
                hint);
        // A fix only when the value is near exactly one allowed value and no narrower reason overrules it.
        boolean certain = reason == null && nearest.size() == 1 && object.node(at) instanceof YamlScalar scalar
                && scalar.plain();
        findings.accept(certain ? fixes.rename(finding, value, nearest.get(0)) : finding);
    }

    private void badSyntax(JsonPointer at, Error error, Consumer<Finding> findings) {
        String value = valueText(at);
        boolean quantity = locationOf(error).contains(StrictSchemas.QUANTITY);
        String message = quantity ? Wording.field(at) + ": " + value + " is not a valid quantity"
                : Wording.field(at) + ": " + value + " does not match " + error.getSchemaNode().asString();
        findings.accept(object.findingAtValue(at, SchemaRule.INVALID_VALUE.severity(), SchemaRule.INVALID_VALUE.id(),
                message, quantity ? QuantityAdvice.forValue(value) : null));
    }

    private void missingFields(JsonPointer at, List<String> names, List<Error> errors, Consumer<Finding> findings) {
        Error first = errors.stream().filter(error -> error.getKeyword().equals("required")
                && pointer(error.getInstanceLocation()).equals(at)).findFirst().orElseThrow();
        String owner = definitionOf(first);
        String reason = tree.at(parentOf(locationOf(first))).path(StrictSchemas.REASON).asString(null);
        List<String> sorted = names.stream().distinct().toList();
        String fields = sorted.size() == 1 ? "required field " + sorted.get(0) + " is"
                : "required fields " + NearestNames.either(sorted).replace(" or ", " and ") + " are";
        String subject = at.isRoot() ? "the object" : Wording.field(at);
        String message = fields + " missing from " + subject + (owner == null ? "" : " (" + Wording.typeName(owner) + ")");
        // A map under a key is pointed at by its key; a list item or the whole object by where it starts.
        boolean listItemOrRoot = at.isRoot() || at.last().chars().allMatch(Character::isDigit);
        findings.accept(listItemOrRoot
                ? object.findingAtValue(at, SchemaRule.MISSING_FIELD.severity(), SchemaRule.MISSING_FIELD.id(),
                        message, reason)
                : object.findingAtKey(at, SchemaRule.MISSING_FIELD.severity(), SchemaRule.MISSING_FIELD.id(),
                        message, reason));
    }

    private String valueText(JsonPointer at) {
        YamlNode node = object.node(at);
        if (node instanceof YamlScalar scalar) {
            return scalar.text();
        }
        return json.at(at.toString()).toString();
    }

    private static List<String> allowed(Error error) {
        List<String> values = new ArrayList<>();
        error.getSchemaNode().forEach(value -> values.add(value.asString()));
        return values;
    }

    /** The keyword's place in the schema document, as a JSON pointer ({@code /$defs/.../additionalProperties}). */
    private static String locationOf(Error error) {
        NodePath fragment = error.getSchemaLocation().getFragment();
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < fragment.getNameCount(); i++) {
            pointer.append('/').append(fragment.getName(i).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /**
     * The definition whose own keyword failed, such as {@code io.k8s.api.core.v1.Container}, or null when the
     * keyword belongs to a nested or overlay schema that is not the definition of the failing object.
     */
    private static String definitionOf(Error error) {
        NodePath fragment = error.getSchemaLocation().getFragment();
        return fragment.getNameCount() == 3 && "$defs".equals(fragment.getName(0)) ? fragment.getName(1) : null;
    }

    private static String parentOf(String pointer) {
        return pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
    }

    private static JsonPointer pointer(NodePath path) {
        JsonPointer pointer = JsonPointer.ROOT;
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer = pointer.child(String.valueOf(path.getElement(i)));
        }
        return pointer;
    }
}
