package dev.kvet.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Docker Compose files, known by the names the Compose specification gives them: no manifests. */
final class ComposeFiles {

    /** compose.yaml, docker-compose.yml and their overrides (docker-compose.override.yml, compose.prod.yaml). */
    private static final Pattern NAME = Pattern.compile("(docker-)?compose(\\.[\\w-]+)?\\.ya?ml");

    private ComposeFiles() {
    }

    /** Why the file is a Compose file rather than a manifest, if its name says it is one. */
    static Optional<NotAManifest> notAManifest(Path file, String name) {
        Path fileName = file.getFileName();
        if (fileName == null || !NAME.matcher(fileName.toString()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new NotAManifest(SourceRule.COMPOSE_FILE.about(name, fileName + " is a Docker Compose "
                + "file, not a Kubernetes manifest, so it was not checked", "kompose convert -f " + fileName
                + " writes manifests from it; check those"), List.of()));
    }
}
