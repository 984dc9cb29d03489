package dev.kvet.report;

import dev.kvet.finding.Finding;
import dev.kvet.finding.Fix;
import dev.kvet.finding.ObjectRef;
import dev.kvet.run.Report;
import dev.kvet.run.Summary;
import java.io.PrintWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine-readable report; its field names are a contract documented in the README:
 * {@code {"findings":[{file,line,column,endLine,endColumn,severity,rule,message,hint,pointer,document,object,
 * fix?}], "summary":{files,documents,objects,errors,warnings,infos}}}; {@code fix} is there only when kvet can fix the
 * finding.
 */
public final class JsonReporter implements Reporter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public void write(Report report, PrintWriter out) {
        ObjectNode root = NODES.objectNode();
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            findings.add(finding(finding));
        }
        Summary summary = report.summary();
        ObjectNode counts = root.putObject("summary");
        counts.put("files", summary.files());
        counts.put("documents", summary.documents());
        counts.put("objects", summary.objects());
        counts.put("errors", summary.errors());
        counts.put("warnings", summary.warnings());
        counts.put("infos", summary.infos());
        out.println(MAPPER.writeValueAsString(root));
    }

    /** A fix as JSON: what it does, and each replacement with its span (end column exclusive). */
    private static ObjectNode fix(Fix fix) {
        ObjectNode node = NODES.objectNode();
        node.put("description", fix.description());
        ArrayNode edits = node.putArray("edits");
        for (Fix.Edit edit : fix.edits()) {
            ObjectNode json = edits.addObject();
            json.put("line", edit.span().line());
            json.put("column", edit.span().column());
            json.put("endLine", edit.span().endLine());
            json.put("endColumn", edit.span().endColumn());
            json.put("replacement", edit.replacement());
        }
        return node;
    }

    /** One finding as a JSON object; shared by outputs that embed findings. */
    public static ObjectNode finding(Finding finding) {
        ObjectNode node = NODES.objectNode();
        node.put("file", finding.file());
        node.put("line", finding.span().line());
        node.put("column", finding.span().column());
        node.put("endLine", finding.span().endLine());
        node.put("endColumn", finding.span().endColumn());
        node.put("severity", finding.severity().label());
        node.put("rule", finding.rule());
        node.put("message", finding.message());
        node.put("hint", finding.hint());
        node.put("pointer", finding.pointer());
        node.put("document", finding.document());
        ObjectRef ref = finding.object();
        if (ref == null) {
            node.putNull("object");
        } else {
            ObjectNode object = node.putObject("object");
            object.put("apiVersion", ref.apiVersion());
            object.put("kind", ref.kind());
            object.put("namespace", ref.namespace());
            object.put("name", ref.name());
        }
        if (finding.fix() != null) {
            node.set("fix", fix(finding.fix()));
        }
        return node;
    }
}
