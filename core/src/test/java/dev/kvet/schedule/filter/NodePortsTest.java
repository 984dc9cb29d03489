package dev.kvet.schedule.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.schedule.Fixtures;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TestNodePorts in kubernetes/pkg/scheduler/framework/plugins/nodeports/node_ports_test.go (names kept). */
class NodePortsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nothing running | UDP/127.0.0.1/8080 | '' | true",
            "other port | UDP/127.0.0.1/8080 | UDP/127.0.0.1/9090 | true",
            "same udp port | UDP/127.0.0.1/8080 | UDP/127.0.0.1/8080 | false",
            "same tcp port | TCP/127.0.0.1/8080 | TCP/127.0.0.1/8080 | false",
            "different host ip | TCP/127.0.0.1/8080 | TCP/127.0.0.2/8080 | true",
            "different protocol | UDP/127.0.0.1/8080 | TCP/127.0.0.1/8080 | true",
            "second udp port conflict | UDP/127.0.0.1/8000,UDP/127.0.0.1/8080 | UDP/127.0.0.1/8080 | false",
            "first tcp port conflict | TCP/127.0.0.1/8001,UDP/127.0.0.1/8080 | TCP/127.0.0.1/8001,UDP/127.0.0.1/8081 | false",
            "first tcp port conflict due to 0.0.0.0 hostIP | TCP/0.0.0.0/8001 | TCP/127.0.0.1/8001 | false",
            "TCP hostPort conflict due to 0.0.0.0 hostIP | TCP/10.0.10.10/8001,TCP/0.0.0.0/8001 | TCP/127.0.0.1/8001 | false",
            "second tcp port conflict to 0.0.0.0 hostIP | TCP/127.0.0.1/8001 | TCP/0.0.0.0/8001 | false",
            "second different protocol | UDP/127.0.0.1/8001 | TCP/0.0.0.0/8001 | true",
            "UDP hostPort conflict due to 0.0.0.0 hostIP | UDP/127.0.0.1/8001 | TCP/0.0.0.0/8001,UDP/0.0.0.0/8001 | false",
    })
    void filter(String name, String wanted, String used, boolean fits) {
        var nodes = Fixtures.nodes(Fixtures.node("node-1", "", "1", "1Gi", 10));
        String existing = used.isEmpty() ? null : pod("existing", "nodeName: node-1", used);
        var pod = Fixtures.pod(pod("p", "", wanted));
        assertEquals(fits ? List.of() : List.of(NodePorts.REASON),
                Fixtures.filter(new NodePorts(), pod, Fixtures.snapshot(nodes, existing)).get("node-1"));
    }

    private static String pod(String name, String spec, String ports) {
        StringBuilder yaml = new StringBuilder("---\napiVersion: v1\nkind: Pod\nmetadata: {name: " + name
                + "}\nspec:\n  " + spec + "\n  containers:\n  - name: c\n    image: i\n    ports:\n");
        for (String port : ports.split(",")) {
            String[] parts = port.split("/");
            yaml.append("    - {protocol: ").append(parts[0]).append(", hostIP: '").append(parts[1])
                    .append("', hostPort: ").append(parts[2]).append(", containerPort: ").append(parts[2]).append("}\n");
        }
        return yaml.toString();
    }
}
