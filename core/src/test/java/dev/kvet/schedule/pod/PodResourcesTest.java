package dev.kvet.schedule.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvet.schedule.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pod requests, limits and QoS class by Kubernetes' rules (sources named per test). */
class PodResourcesTest {

    private static Pod pod(String containers, String initContainers) {
        return Fixtures.pod("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: " + containers
                + (initContainers.isEmpty() ? "" : "\n  initContainers: " + initContainers) + "\n");
    }

    /**
     * Cases of TestGetPodQOS in kubernetes/pkg/apis/core/v1/helper/qos/qos_test.go (names kept), plus the
     * defaulting the documentation "Configure Quality of Service for Pods" describes: a container with a limit
     * and no request gets a request equal to the limit.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "guaranteed | [{name: a, image: i, resources: {requests: {cpu: 100m, memory: 100Mi}, limits: {cpu: 100m, memory: 100Mi}}}] | '' | Guaranteed",
            "guaranteed-guaranteed | [{name: a, image: i, resources: {requests: {cpu: 100m, memory: 100Mi}, limits: {cpu: 100m, memory: 100Mi}}},"
                    + " {name: b, image: i, resources: {requests: {cpu: 100m, memory: 100Mi}, limits: {cpu: 100m, memory: 100Mi}}}] | '' | Guaranteed",
            "best-effort-best-effort | [{name: a, image: i}, {name: b, image: i}] | '' | BestEffort",
            "best-effort | [{name: a, image: i}] | '' | BestEffort",
            "best-effort-burstable | [{name: a, image: i}, {name: b, image: i, resources: {requests: {cpu: '1'}}}] | '' | Burstable",
            "best-effort-guaranteed | [{name: a, image: i}, {name: b, image: i, resources: {requests: {cpu: '1', memory: 100Mi},"
                    + " limits: {cpu: '1', memory: 100Mi}}}] | '' | Burstable",
            "burstable-cpu-guaranteed-memory | [{name: a, image: i, resources: {requests: {cpu: 100m, memory: 100Mi},"
                    + " limits: {memory: 100Mi}}}] | '' | Burstable",
            "burstable-no-limits | [{name: a, image: i, resources: {requests: {cpu: 100m, memory: 100Mi}}}] | '' | Burstable",
            "burstable-guaranteed | [{name: a, image: i, resources: {requests: {cpu: '1', memory: 100Mi}, limits: {cpu: '2', memory: 100Mi}}},"
                    + " {name: b, image: i, resources: {requests: {cpu: '1', memory: 100Mi}, limits: {cpu: '1', memory: 100Mi}}}] | '' | Burstable",
            "best-effort-hugepages | [{name: a, image: i, resources: {requests: {hugepages-2Mi: 1Gi}, limits: {hugepages-2Mi: 1Gi}}}] | '' | BestEffort",
            "guaranteed-init | [{name: a, image: i, resources: {requests: {cpu: 100m, memory: 100Mi}, limits: {cpu: 100m, memory: 100Mi}}}]"
                    + " | [{name: init, image: i, resources: {requests: {cpu: 100m, memory: 100Mi}, limits: {cpu: 100m, memory: 100Mi}}}] | Guaranteed",
            "burstable-init | [{name: a, image: i, resources: {requests: {cpu: 100m, memory: 100Mi}, limits: {cpu: 100m, memory: 100Mi}}}]"
                    + " | [{name: init, image: i, resources: {requests: {cpu: 100m}}}] | Burstable",
            "limits only: requests default to limits | [{name: a, image: i, resources: {limits: {cpu: 500m, memory: 1Gi}}}] | '' | Guaranteed",
            "zero requests count as none | [{name: a, image: i, resources: {requests: {cpu: '0', memory: '0'}}}] | '' | BestEffort",
    })
    void qos(String name, String containers, String initContainers, String qos) {
        assertEquals(qos, pod(containers, initContainers).resources().qos().label());
    }

    /**
     * The effective requests of the documentation "Init Containers: Resource sharing within containers" and
     * "Sidecar Containers: Resource sharing within containers": the larger of (app containers + sidecars) and the
     * largest regular init container plus the sidecars started before it; then pod overhead ("Pod Overhead").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "app containers are summed | [{name: a, image: i, resources: {requests: {cpu: 100m}}}, {name: b, image: i,"
                    + " resources: {requests: {cpu: 200m}}}] | '' | '' | 300",
            "a larger init container wins | [{name: a, image: i, resources: {requests: {cpu: 100m}}}]"
                    + " | [{name: init, image: i, resources: {requests: {cpu: 500m}}}] | '' | 500",
            "init containers take the max, not the sum | [{name: a, image: i, resources: {requests: {cpu: 100m}}}]"
                    + " | [{name: i1, image: i, resources: {requests: {cpu: 300m}}}, {name: i2, image: i, resources: {requests: {cpu: 200m}}}] | '' | 300",
            "sidecars add to the app containers | [{name: a, image: i, resources: {requests: {cpu: 100m}}}]"
                    + " | [{name: sidecar, image: i, restartPolicy: Always, resources: {requests: {cpu: 50m}}}] | '' | 150",
            "an init container after a sidecar runs beside it | [{name: a, image: i, resources: {requests: {cpu: 100m}}}]"
                    + " | [{name: sidecar, image: i, restartPolicy: Always, resources: {requests: {cpu: 50m}}},"
                    + " {name: migrate, image: i, resources: {requests: {cpu: 200m}}}] | '' | 250",
            "an init container before a sidecar runs alone | [{name: a, image: i, resources: {requests: {cpu: 100m}}}]"
                    + " | [{name: migrate, image: i, resources: {requests: {cpu: 200m}}},"
                    + " {name: sidecar, image: i, restartPolicy: Always, resources: {requests: {cpu: 50m}}}] | '' | 200",
            "overhead is added | [{name: a, image: i, resources: {requests: {cpu: 100m}}}] | '' | '{cpu: 250m}' | 350",
    })
    void requests(String name, String containers, String initContainers, String overhead, long milliCpu) {
        Pod pod = Fixtures.pod("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: " + containers
                + (initContainers.isEmpty() ? "" : "\n  initContainers: " + initContainers)
                + (overhead.isEmpty() ? "" : "\n  overhead: " + overhead) + "\n");
        assertEquals(milliCpu, pod.resources().requests().cpu());
    }

    /** noderesources: containers without requests count as 100m cpu and 200Mi memory for scoring (non-zero). */
    @org.junit.jupiter.api.Test
    void nonZeroRequests() {
        Pod pod = pod("[{name: a, image: i}, {name: b, image: i, resources: {requests: {cpu: 1, memory: 1Gi}}}]", "");
        assertEquals(1100, pod.resources().nonZeroRequests().cpu());
        assertEquals((1024L + 200) * 1024 * 1024, pod.resources().nonZeroRequests().memory());
        assertEquals(1000, pod.resources().requests().cpu());
    }
}
