package dev.kvet.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the files of a Helm chart that are no manifests: those beside its {@code Chart.yaml} (the chart's
 * description and values) and in its {@code ci/} folder (chart-testing values). A chart's {@code templates/}
 * and {@code crds/} are manifests or templates, and are read as such.
 */
final class HelmCharts {

    private static final String CHART_FILE = "Chart.yaml";

    private final Map<Path, Boolean> chartFolders = new HashMap<>();

    /** Why the file is a chart file rather than a manifest, if it is one; {@code name} is how the user named it. */
    Optional<NotAManifest> notAManifest(Path file, String name) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        if (isChart(folder)) {
            return Optional.of(finding(name, folder, false));
        }
        Path parent = folder.getParent();
        boolean chartTestingValues = parent != null && folder.getFileName().toString().equals("ci") && isChart(parent);
        return chartTestingValues ? Optional.of(finding(name, parent, true)) : Optional.empty();
    }

    private boolean isChart(Path folder) {
        return chartFolders.computeIfAbsent(folder, dir -> Files.isRegularFile(dir.resolve(CHART_FILE)));
    }

    private static NotAManifest finding(String name, Path chartFolder, boolean chartTestingValues) {
        String file = String.valueOf(Path.of(name).getFileName());
        String chart = ShownPath.of(chartFolder);
        String what;
        if (file.equals(CHART_FILE)) {
            what = CHART_FILE + " describes the Helm chart in " + chart;
        } else if (chartTestingValues || file.startsWith("values")) {
            what = file + " holds values for the Helm chart in " + chart;
        } else {
            what = file + " lies beside the Chart.yaml of the Helm chart in " + chart
                    + ", where Helm reads no manifests (only templates/ and crds/ reach a cluster)";
        }
        return new NotAManifest(SourceRule.HELM_CHART_FILE.about(name, what + "; it is not a manifest, so it was not "
                + "checked", "check what the chart renders instead: helm template " + chart + " | kvet check -"), List.of());
    }
}
