package dev.kvet.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvet.document.ManifestParser;
import dev.kvet.object.KubeObject;
import dev.kvet.object.ObjectReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodTemplateTest {

    private static KubeObject object(String yaml) {
        List<KubeObject> objects = new ArrayList<>();
        new ObjectReader().read(new ManifestParser().parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                .documents().get(0), objects, new ArrayList<>());
        return objects.get(0);
    }

    @Test
    void cronJobsRunThePodOfTheirJobTemplate() {
        KubeObject cronJob = object("""
                apiVersion: batch/v1
                kind: CronJob
                spec:
                  jobTemplate:
                    spec:
                      template:
                        metadata:
                          labels: {app: report}
                        spec:
                          initContainers:
                          - name: proxy
                            restartPolicy: Always
                          - name: migrate
                          containers:
                          - name: report
                """);
        PodTemplate pod = PodTemplate.of(cronJob).orElseThrow();
        assertEquals("/spec/jobTemplate/spec/template/spec", pod.specPointer().toString());
        assertEquals("report", pod.labels().string("app"));
        List<Container> containers = pod.containers();
        assertEquals(List.of("proxy", "migrate", "report"), containers.stream().map(Container::name).toList());
        assertTrue(containers.get(0).isSidecar());
        assertEquals("/spec/jobTemplate/spec/template/spec/containers/0", containers.get(2).pointer().toString());
        assertEquals(15, cronJob.locate(containers.get(2).pointer("name")).line());
    }

    @Test
    void podsAreTheirOwnTemplate() {
        PodTemplate pod = PodTemplate.of(object("apiVersion: v1\nkind: Pod\nmetadata:\n  labels: {a: b}\nspec:\n  containers: []\n"))
                .orElseThrow();
        assertEquals("b", pod.labels().string("a"));
        assertTrue(pod.containers().isEmpty());
    }

    @Test
    void servicesRunNoPods() {
        assertTrue(PodTemplate.of(object("apiVersion: v1\nkind: Service\n")).isEmpty());
    }
}
