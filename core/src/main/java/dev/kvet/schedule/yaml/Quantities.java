package dev.kvet.schedule.yaml;

import dev.kvet.document.YamlMap;
import dev.kvet.document.YamlScalar;
import dev.kvet.finding.Finding;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.resource.Quantity;
import dev.kvet.resource.ResourceList;
import dev.kvet.schedule.ScheduleRule;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads maps of resource quantities ({@code resources.requests}, {@code status.capacity}) into resource
 * lists; an amount that is not a quantity becomes a finding at its value and counts as zero.
 *
 * @param object   the object the map belongs to
 * @param findings where problems go
 */
public record Quantities(KubeObject object, Consumer<Finding> findings) {

    /** The resources of the map at {@code pointer} (relative to the object); empty when there is none. */
    public ResourceList read(JsonPointer pointer) {
        if (!(object.node(pointer) instanceof YamlMap map)) {
            return ResourceList.EMPTY;
        }
        ResourceList list = ResourceList.EMPTY;
        for (YamlMap.Entry entry : map.entries().values()) {
            Optional<Quantity> quantity = quantity(pointer.child(entry.key()));
            if (quantity.isPresent()) {
                list = list.plus(ResourceList.of(entry.key(), quantity.get()));
            }
        }
        return list;
    }

    /** The quantity at a pointer, empty when absent; a finding when it is not a valid quantity. */
    public Optional<Quantity> quantity(JsonPointer pointer) {
        if (!(object.node(pointer) instanceof YamlScalar scalar) || scalar.isNull()) {
            return Optional.empty();
        }
        Optional<Quantity> quantity = Quantity.tryParse(scalar.text());
        if (quantity.isEmpty() || quantity.get().isNegative()) {
            String problem = quantity.isEmpty() ? Quantity.problem(scalar.text())
                    : "'" + scalar.text() + "' is negative; a resource amount cannot be";
            findings.accept(object.findingAtValue(pointer, ScheduleRule.INVALID_QUANTITY.info().severity(),
                    ScheduleRule.INVALID_QUANTITY.id(), problem, "the scheduler counted it as zero"));
            return Optional.empty();
        }
        return quantity;
    }
}
