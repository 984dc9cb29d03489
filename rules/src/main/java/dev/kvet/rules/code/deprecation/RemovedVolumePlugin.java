package dev.kvet.rules.code.deprecation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;

/** A volume type whose in-tree driver was removed without a CSI redirect: the volume no longer works. */
public final class RemovedVolumePlugin implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        for (InTreeVolumePlugin.Use use : InTreeVolumePlugin.usesIn(object)) {
            InTreeVolumePlugin plugin = use.plugin();
            if (!plugin.migrated()) {
                findings.atKey(object, use.pointer(), plugin.field() + " volumes no longer work: their in-tree driver "
                        + "was removed in Kubernetes " + plugin.removedIn(), "use " + plugin.instead()
                        + " through a csi volume or a PersistentVolumeClaim");
            }
        }
    }
}
