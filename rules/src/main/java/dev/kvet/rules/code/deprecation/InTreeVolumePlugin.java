package dev.kvet.rules.code.deprecation;

import dev.kvet.document.YamlList;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.workload.PodTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * The volume types whose in-tree drivers Kubernetes removed (kubernetes/website
 * content/en/docs/concepts/storage/volumes.md, "Removed volume types"): some are redirected to a CSI driver,
 * the others no longer work at all.
 *
 * @param field     the volume source field, e.g. awsElasticBlockStore
 * @param removedIn the Kubernetes version that removed the driver
 * @param csiDriver the CSI driver that operations are redirected to, or null when the volume no longer works
 * @param instead   what to use instead
 */
record InTreeVolumePlugin(String field, String removedIn, String csiDriver, String instead) {

    /** The removed drivers, from the Kubernetes documentation's table. */
    static final List<InTreeVolumePlugin> ALL = List.of(
            new InTreeVolumePlugin("awsElasticBlockStore", "1.27", "ebs.csi.aws.com", "the AWS EBS CSI driver"),
            new InTreeVolumePlugin("azureDisk", "1.27", "disk.csi.azure.com", "the Azure Disk CSI driver"),
            new InTreeVolumePlugin("azureFile", "1.30", "file.csi.azure.com", "the Azure File CSI driver"),
            new InTreeVolumePlugin("cephfs", "1.31", null, "the Ceph CSI driver"),
            new InTreeVolumePlugin("cinder", "1.26", "cinder.csi.openstack.org", "the OpenStack Cinder CSI driver"),
            new InTreeVolumePlugin("flocker", "1.25", null, "a CSI driver for your storage"),
            new InTreeVolumePlugin("gcePersistentDisk", "1.28", "pd.csi.storage.gke.io",
                    "the Compute Engine persistent disk CSI driver"),
            new InTreeVolumePlugin("glusterfs", "1.26", null, "a CSI driver for your storage"),
            new InTreeVolumePlugin("photonPersistentDisk", "1.16", null, "a CSI driver for your storage"),
            new InTreeVolumePlugin("portworxVolume", "1.36", "pxd.portworx.com", "the Portworx CSI driver"),
            new InTreeVolumePlugin("quobyte", "1.25", null, "the Quobyte CSI driver"),
            new InTreeVolumePlugin("rbd", "1.31", null, "the Ceph CSI driver"),
            new InTreeVolumePlugin("scaleIO", "1.22", null, "the Dell PowerFlex CSI driver"),
            new InTreeVolumePlugin("storageos", "1.25", null, "a CSI driver for your storage"),
            new InTreeVolumePlugin("vsphereVolume", "1.30", "csi.vsphere.vmware.com", "the vSphere CSI driver"));

    /**
     * A use of a removed driver in an object.
     *
     * @param plugin  the driver
     * @param pointer the volume source field, relative to the object
     */
    record Use(InTreeVolumePlugin plugin, JsonPointer pointer) {
    }

    /** Whether operations on this volume type still work through a CSI driver. */
    boolean migrated() {
        return csiDriver != null;
    }

    /** Every use of a removed driver in a pod's volumes or a PersistentVolume's spec. */
    static List<Use> usesIn(KubeObject object) {
        List<JsonPointer> sources = new ArrayList<>();
        if ("PersistentVolume".equals(object.kind())) {
            sources.add(JsonPointer.of("spec"));
        }
        PodTemplate.of(object).filter(pod -> pod.spec() != null).ifPresent(pod -> {
            YamlList volumes = pod.spec().list("volumes");
            for (int i = 0; volumes != null && i < volumes.size(); i++) {
                sources.add(pod.specField("volumes").child(i));
            }
        });
        List<Use> uses = new ArrayList<>();
        for (JsonPointer source : sources) {
            if (object.node(source) instanceof YamlMap map) {
                ALL.stream().filter(plugin -> map.has(plugin.field()))
                        .forEach(plugin -> uses.add(new Use(plugin, source.child(plugin.field()))));
            }
        }
        return uses;
    }
}
