package dev.kvet.schemas.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ApiValidationOverlayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ObjectNode definitions() {
        return (ObjectNode) JSON.readTree("""
                {"Spec": {"type": "object", "properties": {
                    "template": {"$ref": "#/definitions/Template"},
                    "families": {"type": "array", "items": {"type": "string"}}}}}""");
    }

    @Test
    void narrowsBelowAReferenceWithoutClosingTheNarrowingNode() {
        ObjectNode definitions = definitions();
        var rule = new ApiValidationOverlay.Rule("Spec", List.of("template", "spec", "restartPolicy"),
                List.of("Always"), List.of(), "why");
        new ApiValidationOverlay(List.of(rule)).applyTo(definitions);
        ObjectNode strict = StrictSchemas.definition("Spec", definitions.get("Spec"));
        assertEquals("{\"$ref\":\"#/$defs/Template\",\"properties\":{\"spec\":{\"properties\":{\"restartPolicy\":"
                + "{\"enum\":[\"Always\"],\"x-kvet-reason\":\"why\"}}}}}", strict.at("/properties/template").toString());
        assertEquals(false, strict.get("additionalProperties").asBoolean(true));
    }

    @Test
    void restrictsListItemsAndAddsRequiredFields() {
        ObjectNode definitions = definitions();
        var items = new ApiValidationOverlay.Rule("Spec", List.of("families", "*"), List.of("IPv4", "IPv6"), List.of(),
                null);
        var required = new ApiValidationOverlay.Rule("Spec", List.of(), List.of(), List.of("families"), null);
        new ApiValidationOverlay(List.of(items, required)).applyTo(definitions);
        assertEquals("[\"IPv4\",\"IPv6\"]", definitions.at("/Spec/properties/families/items/enum").toString());
        assertEquals("[\"families\"]", definitions.at("/Spec/required").toString());
    }

    @Test
    void skipsRulesForFieldsThisVersionDoesNotHave() {
        var rule = new ApiValidationOverlay.Rule("Spec", List.of("newField"), List.of("A"), List.of(), null);
        assertTrue(new ApiValidationOverlay(List.of(rule)).applyTo(definitions()).isEmpty());
    }
}
