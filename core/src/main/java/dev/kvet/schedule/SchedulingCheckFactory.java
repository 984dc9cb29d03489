package dev.kvet.schedule;

import dev.kvet.check.Check;
import dev.kvet.check.CheckFactory;
import dev.kvet.check.CheckSetupException;
import dev.kvet.check.RunOptions;
import dev.kvet.finding.RuleInfo;
import dev.kvet.schedule.inventory.Inventory;
import dev.kvet.schedule.inventory.InventoryReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Adds the dry-run scheduler to runs given a node inventory ({@code --nodes}). */
public final class SchedulingCheckFactory implements CheckFactory {

    @Override
    public Optional<Check> create(RunOptions options) throws CheckSetupException {
        if (options.nodes().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SchedulingCheck(inventory(options.nodes()), run -> { }));
    }

    /** Reads the inventory files, or explains in one line why they cannot be used. */
    public static Inventory inventory(List<Path> paths) throws CheckSetupException {
        Inventory inventory;
        try {
            inventory = InventoryReader.read(paths);
        } catch (IOException e) {
            throw new CheckSetupException("cannot read the node inventory: " + e.getMessage(), e);
        }
        if (inventory.nodes().isEmpty() && inventory.findings().isEmpty()) {
            throw new CheckSetupException("the node inventory " + paths.stream().map(Path::toString)
                    .collect(Collectors.joining(", "))
                    + " holds no nodes (no Node, and no NodePool with a count above 0)");
        }
        return inventory;
    }

    @Override
    public List<RuleInfo> rules() {
        return Arrays.stream(ScheduleRule.values()).map(ScheduleRule::info).toList();
    }
}
