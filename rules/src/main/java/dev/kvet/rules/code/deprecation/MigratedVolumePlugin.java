package dev.kvet.rules.code.deprecation;

import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;

/**
 * A volume type whose in-tree driver was removed and whose operations Kubernetes now redirects to a CSI driver:
 * it works only where that driver is installed.
 */
public final class MigratedVolumePlugin implements CodeRule {

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        for (InTreeVolumePlugin.Use use : InTreeVolumePlugin.usesIn(object)) {
            InTreeVolumePlugin plugin = use.plugin();
            if (plugin.migrated()) {
                findings.atKey(object, use.pointer(), "the in-tree " + plugin.field() + " driver was removed in "
                        + "Kubernetes " + plugin.removedIn() + "; these volumes work only through the CSI driver "
                        + plugin.csiDriver(), "install " + plugin.instead() + " and use it through a StorageClass "
                        + "and PersistentVolumeClaim (or a csi volume)");
            }
        }
    }
}
