package dev.kvet.report;

import dev.kvet.finding.Finding;
import dev.kvet.finding.Fix;
import dev.kvet.finding.ObjectRef;
import dev.kvet.finding.RuleInfo;
import dev.kvet.finding.Severity;
import dev.kvet.location.Span;
import dev.kvet.run.KvetVersion;
import dev.kvet.run.Report;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards: the tool with every rule's
 * metadata, and one result per finding with its exact region and a fingerprint that survives edits elsewhere
 * in the file.
 */
public final class SarifReporter implements Reporter {

    /** The base id that relative artifact URIs are resolved against, as GitHub expects. */
    static final String SOURCE_ROOT = "%SRCROOT%";
    /** The key of kvet's fingerprint in {@code partialFingerprints}; bump the version when its recipe changes. */
    static final String FINGERPRINT_KEY = "kvetFinding/v1";

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path base;

    /**
     * A reporter describing every rule of a run, with paths relative to {@code base}.
     *
     * @param base the folder relative artifact URIs start from, normally the working directory
     */
    public SarifReporter(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    @Override
    public void write(Report report, PrintWriter out) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        Map<String, Integer> ruleIndex = driver(run.putObject("tool").putObject("driver"), report.rules());
        run.putObject("originalUriBaseIds").putObject(SOURCE_ROOT).put("uri", base.toUri().toString());
        run.put("columnKind", "unicodeCodePoints");
        invocation(run.putArray("invocations").addObject(), report.ioErrors());
        ArrayNode results = run.putArray("results");
        FindingFingerprints fingerprints = new FindingFingerprints(report.texts());
        for (Finding finding : report.findings()) {
            results.add(result(finding, ruleIndex, fingerprints));
        }
        out.println(MAPPER.writeValueAsString(root));
    }

    private static Map<String, Integer> driver(ObjectNode driver, List<RuleInfo> rules) {
        driver.put("name", "kvet");
        driver.put("version", KvetVersion.get());
        driver.put("semanticVersion", KvetVersion.get());
        ArrayNode list = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (RuleInfo rule : rules) {
            index.put(rule.id(), list.size());
            ObjectNode node = list.addObject();
            node.put("id", rule.id());
            node.put("name", rule.id());
            node.putObject("shortDescription").put("text", rule.title());
            node.putObject("fullDescription").put("text", rule.description());
            node.putObject("help").put("text", rule.description());
            node.putObject("defaultConfiguration").put("level", level(rule.severity()));
            node.putObject("properties").putArray("tags").add(category(rule.id()));
        }
        return index;
    }

    private static void invocation(ObjectNode invocation, List<String> ioErrors) {
        invocation.put("executionSuccessful", ioErrors.isEmpty());
        if (!ioErrors.isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (String error : ioErrors) {
                ObjectNode notification = notifications.addObject();
                notification.put("level", "error");
                notification.putObject("message").put("text", error);
            }
        }
    }

    private ObjectNode result(Finding finding, Map<String, Integer> ruleIndex, FindingFingerprints fingerprints) {
        ObjectNode result = NODES.objectNode();
        result.put("ruleId", finding.rule());
        Integer index = ruleIndex.get(finding.rule());
        if (index != null) {
            result.put("ruleIndex", index);
        }
        result.put("level", level(finding.severity()));
        String text = finding.hint() == null ? finding.message() : finding.message() + " Hint: " + finding.hint();
        result.putObject("message").put("text", text);
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        artifact(physical.putObject("artifactLocation"), finding.file());
        region(physical.putObject("region"), finding.span());
        ObjectRef object = finding.object();
        if (object != null) {
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("name", object.name() == null ? "(unnamed)" : object.name());
            logical.put("fullyQualifiedName", object.display());
            logical.put("kind", "object");
        }
        result.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprints.next(finding));
        if (finding.fix() != null) {
            fix(result.putArray("fixes").addObject(), finding);
        }
        return result;
    }

    /** A fix as SARIF's fix object: one artifact change with a replacement per edit. */
    private void fix(ObjectNode fix, Finding finding) {
        fix.putObject("description").put("text", finding.fix().description());
        ObjectNode change = fix.putArray("artifactChanges").addObject();
        artifact(change.putObject("artifactLocation"), finding.file());
        ArrayNode replacements = change.putArray("replacements");
        for (Fix.Edit edit : finding.fix().edits()) {
            ObjectNode replacement = replacements.addObject();
            region(replacement.putObject("deletedRegion"), edit.span());
            replacement.putObject("insertedContent").put("text", edit.replacement());
        }
    }

    private void artifact(ObjectNode artifact, String file) {
        ReportedPath path = ReportedPath.of(file, base);
        if (path.relative()) {
            artifact.put("uri", relativeUri(path.path()));
            artifact.put("uriBaseId", SOURCE_ROOT);
        } else {
            artifact.put("uri", Path.of(path.path()).toUri().toString());
        }
    }

    private static String relativeUri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot express " + path + " as a URI", e);
        }
    }

    private static void region(ObjectNode region, Span span) {
        region.put("startLine", span.line());
        region.put("startColumn", span.column());
        region.put("endLine", span.endLine());
        region.put("endColumn", span.endColumn());
    }

    private static String category(String ruleId) {
        int slash = ruleId.indexOf('/');
        return slash < 0 ? ruleId : ruleId.substring(0, slash);
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
