package dev.kvet.rules.code.validation.podsecurity;

import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.object.Place;
import dev.kvet.workload.PodTemplate;
import java.util.ArrayList;
import java.util.List;

/** The violations found in one pod so far, with what the checks need to know of the pod as a whole. */
final class PodViolations {

    private final PodTemplate pod;
    private final List<PodSecurityViolation> found = new ArrayList<>();

    PodViolations(PodTemplate pod) {
        this.pod = pod;
    }

    PodTemplate pod() {
        return pod;
    }

    /** Whether the pod says it runs on Windows (spec.os.name: windows), which some restricted checks pass by. */
    boolean windows() {
        return pod.spec() != null && "windows".equals(SecurityContext.text(pod.spec().map("os"), "name"));
    }

    /** Whether the pod runs in a user namespace (spec.hostUsers: false), which some checks relax for. */
    boolean userNamespace() {
        return pod.spec() != null && SecurityContext.isFalse(pod.spec().get("hostUsers"));
    }

    /** Reports a field that is set to something forbidden, at its value. */
    void atValue(Control control, PolicyVersions versions, JsonPointer pointer, String problem) {
        add(control, versions, owner().valuePlace(pointer), problem);
    }

    /** Reports a field that is set, or one that is missing, at its key (else at its deepest written parent). */
    void atKey(Control control, PolicyVersions versions, JsonPointer pointer, String problem) {
        add(control, versions, owner().keyPlace(pointer), problem);
    }

    private void add(Control control, PolicyVersions versions, Place place, String problem) {
        found.add(new PodSecurityViolation(control, versions, place, problem));
    }

    private KubeObject owner() {
        return pod.owner();
    }

    List<PodSecurityViolation> found() {
        return List.copyOf(found);
    }
}
