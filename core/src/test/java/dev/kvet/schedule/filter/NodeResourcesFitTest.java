package dev.kvet.schedule.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.schedule.Fixtures;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cases of TestEnoughRequests and TestNotEnoughRequests in
 * kubernetes/pkg/scheduler/framework/plugins/noderesources/fit_test.go (names kept). The node there has 10
 * millicores, 20 bytes of memory, 32 pods and 5 of the extended resource example.com/aaa allocatable; the
 * existing pod's requests are the "used" column. Containers are written {@code cpu/memory[/aaa]}.
 */
class NodeResourcesFitTest {

    private static final String NODE = "apiVersion: v1\nkind: Node\nmetadata: {name: node-1}\nstatus:\n  allocatable:"
            + " {cpu: 10m, memory: '20', pods: 'PODS', example.com/aaa: '5'}\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no resources requested always fits | '' | '' | 10m/20 | ''",
            "too many resources fails | 1m/1 | '' | 10m/20 | Insufficient cpu,Insufficient memory",
            "too many resources fails due to init container cpu | 1m/1 | 3m/1 | 8m/19 | Insufficient cpu",
            "too many resources fails due to highest init container cpu | 1m/1 | 3m/1,2m/1 | 8m/19 | Insufficient cpu",
            "too many resources fails due to init container memory | 1m/1 | 1m/3 | 9m/19 | Insufficient memory",
            "init container fits because it's the max, not sum, of containers and init containers | 1m/1 | 1m/1 | 9m/19 | ''",
            "multiple init containers fit because it's the max, not sum, of containers and init containers | 1m/1 | 1m/1,1m/1 | 9m/19 | ''",
            "both resources fit | 1m/1 | '' | 5m/5 | ''",
            "one resource memory fits | 2m/1 | '' | 9m/5 | Insufficient cpu",
            "one resource cpu fits | 1m/2 | '' | 5m/19 | Insufficient memory",
            "equal edge case | 5m/1 | '' | 5m/19 | ''",
            "equal edge case for init container | 4m/1 | 5m/1 | 5m/19 | ''",
            "extended resource fits | 0/0/1 | '' | 0/0 | ''",
            "extended resource allocatable enforced | 1m/1/1 | '' | 0/0/5 | Insufficient example.com/aaa",
            "extended resource allocatable enforced for multiple containers | 1m/1/3,1m/1/3 | '' | 0/0/2 | Insufficient example.com/aaa",
            "extended resource allocatable admits multiple init containers | '' | 1m/1/3,1m/1/3 | 0/0/2 | ''",
    })
    void enoughRequests(String name, String containers, String initContainers, String used, String reasons) {
        var nodes = Fixtures.nodes(NODE.replace("PODS", "32"));
        var pod = Fixtures.pod(pod("p", "", containers, initContainers, ""));
        var snapshot = Fixtures.snapshot(nodes, pod("existing", "nodeName: node-1", used, "", ""));
        List<String> expected = reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(","));
        assertEquals(expected, Fixtures.filter(new NodeResourcesFit(), pod, snapshot).get("node-1"));
    }

    /** fit_test.go "resources + pod overhead fits" and "requests + overhead does not fit for memory". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "resources + pod overhead fits | {cpu: 3m, memory: '13'} | ''",
            "requests + overhead does not fit for memory | {cpu: 1m, memory: '15'} | Insufficient memory",
    })
    void overhead(String name, String overhead, String reasons) {
        var nodes = Fixtures.nodes(NODE.replace("PODS", "32"));
        var pod = Fixtures.pod(pod("p", "overhead: " + overhead, "1m/1", "", ""));
        var snapshot = Fixtures.snapshot(nodes, pod("existing", "nodeName: node-1", "5m/5", "", ""));
        assertEquals(reasons.isEmpty() ? List.of() : List.of(reasons),
                Fixtures.filter(new NodeResourcesFit(), pod, snapshot).get("node-1"));
    }

    /** TestNotEnoughRequests: "even without specified resources, predicate fails when there's no space for additional pod". */
    @org.junit.jupiter.api.Test
    void tooManyPods() {
        var nodes = Fixtures.nodes(NODE.replace("PODS", "1"));
        var pod = Fixtures.pod(pod("p", "", "", "", ""));
        var snapshot = Fixtures.snapshot(nodes, pod("existing", "nodeName: node-1", "10m/20", "", ""));
        assertEquals(List.of(NodeResourcesFit.TOO_MANY_PODS),
                Fixtures.filter(new NodeResourcesFit(), pod, snapshot).get("node-1"));
    }

    static String pod(String name, String spec, String containers, String initContainers, String ignored) {
        return "---\napiVersion: v1\nkind: Pod\nmetadata: {name: " + name + "}\nspec:\n  " + spec + "\n"
                + containers("containers", containers.isEmpty() ? "-" : containers)
                + (initContainers.isEmpty() ? "" : containers("initContainers", initContainers));
    }

    private static String containers(String field, String list) {
        StringBuilder yaml = new StringBuilder("  " + field + ":\n");
        int index = 0;
        for (String container : list.split(",")) {
            yaml.append("  - name: c").append(index++).append("\n    image: i\n");
            if (container.equals("-")) {
                continue;
            }
            String[] amounts = container.split("/");
            yaml.append("    resources:\n      requests: {cpu: '").append(amounts[0]).append("', memory: '")
                    .append(amounts[1]).append("'");
            if (amounts.length > 2) {
                yaml.append(", example.com/aaa: '").append(amounts[2]).append("'");
            }
            yaml.append("}\n");
        }
        return yaml.toString();
    }
}
