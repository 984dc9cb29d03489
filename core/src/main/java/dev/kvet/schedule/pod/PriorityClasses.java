package dev.kvet.schedule.pod;

import dev.kvet.document.YamlScalar;
import dev.kvet.object.KubeObject;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The priority of pods from the PriorityClass objects of the input, with the two built-in classes; a pod
 * without a class gets the value of the class marked {@code globalDefault}, else 0.
 */
public final class PriorityClasses {

    private final Map<String, Integer> values = new HashMap<>(Map.of(
            "system-cluster-critical", 2_000_000_000,
            "system-node-critical", 2_000_001_000));
    private int globalDefault;

    /** The classes declared among the objects. */
    public PriorityClasses(List<KubeObject> objects) {
        for (KubeObject object : objects) {
            if ("PriorityClass".equals(object.kind()) && object.name() != null
                    && object.root().get("value") instanceof YamlScalar scalar
                    && scalar.value().value() instanceof BigInteger value && value.bitLength() < 32) {
                values.put(object.name(), value.intValue());
                if (object.root().get("globalDefault") instanceof YamlScalar flag
                        && Boolean.TRUE.equals(flag.value().value())) {
                    globalDefault = value.intValue();
                }
            }
        }
    }

    /** The priority of a pod naming this class (null for none); an unknown class counts as the default. */
    public int priority(String className) {
        return className == null ? globalDefault : values.getOrDefault(className, globalDefault);
    }
}
