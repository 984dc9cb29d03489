package dev.kvet.document;

import dev.kvet.finding.Finding;
import dev.kvet.location.SourceText;
import java.util.List;

/**
 * What reading one file gave: its text, its non-empty documents, and the YAML-level findings.
 *
 * @param text      the decoded text, or null when the file is not text at all
 * @param documents the documents with content, in file order
 * @param findings  problems found while reading
 */
public record ParsedFile(SourceText text, List<LocatedDocument> documents, List<Finding> findings) {

    public ParsedFile {
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
    }
}
