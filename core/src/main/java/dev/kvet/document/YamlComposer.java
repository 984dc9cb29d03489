package dev.kvet.document;

import dev.kvet.finding.Finding;
import dev.kvet.location.SourceText;
import dev.kvet.location.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Builds located YAML trees from parser events without recursion, so that no input can overflow the stack.
 * It also owns the checks that only make sense while composing: duplicate keys, alias expansion and depth.
 */
final class YamlComposer {

    /** Deeper than any real Kubernetes object, CRD schemas included. */
    static final int MAX_DEPTH = 1_000;

    /** A document may grow through aliases to this many nodes beyond ten times its written size. */
    private static final long ALIAS_ALLOWANCE = 100_000;

    private final SourceText text;
    private final List<Finding> findings;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Set<String> openAnchors = new HashSet<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private int documentIndex = -1;
    private long writtenNodes;
    private YamlNode documentRoot;
    private boolean documentBroken;

    YamlComposer(SourceText text, List<Finding> findings) {
        this.text = text;
        this.findings = findings;
    }

    /** Reads every document the parser yields; a parser error propagates after earlier documents are kept. */
    void compose(Parser parser, List<LocatedDocument> documents) {
        while (parser.hasNext()) {
            Event event = parser.next();
            switch (event.getEventId()) {
                case DocumentStart -> startDocument();
                case DocumentEnd -> endDocument(documents);
                case Scalar -> add(scalar((ScalarEvent) event));
                case Alias -> alias((AliasEvent) event);
                case MappingStart, SequenceStart -> open((CollectionStartEvent) event);
                case MappingEnd, SequenceEnd -> close(event);
                default -> { }
            }
            if (stack.size() > MAX_DEPTH) {
                findings.add(YamlRule.TOO_DEEP.at(text.name(), span(event), documentIndex,
                        "the document is nested more than " + MAX_DEPTH + " levels deep; the rest of the file was skipped",
                        null));
                return;
            }
        }
    }

    private void startDocument() {
        documentIndex++;
        anchors.clear();
        openAnchors.clear();
        writtenNodes = 0;
        documentRoot = null;
        documentBroken = false;
    }

    private void endDocument(List<LocatedDocument> documents) {
        if (documentBroken || documentRoot == null) {
            return;
        }
        if (documentRoot instanceof YamlScalar scalar && scalar.isNull()) {
            return;
        }
        if (documentRoot.expandedSize() > writtenNodes * 10 + ALIAS_ALLOWANCE) {
            findings.add(YamlRule.ALIAS_BOMB.at(text.name(), documentRoot.span(), documentIndex,
                    "aliases expand this document from " + writtenNodes + " written nodes to "
                            + (documentRoot.expandedSize() == Long.MAX_VALUE ? "more than 9e18" : documentRoot.expandedSize())
                            + "; it was not checked", "remove the nested aliases (*name) or write the values out"));
            return;
        }
        documents.add(new LocatedDocument(text, documentIndex, documentRoot));
    }

    private YamlScalar scalar(ScalarEvent event) {
        writtenNodes++;
        boolean plain = event.getScalarStyle() == ScalarStyle.PLAIN;
        String tag = event.getTag().orElse(null);
        YamlScalar scalar = new YamlScalar(event.getValue(), ScalarValue.resolve(event.getValue(), plain, tag),
                plain && tag == null, span(event));
        anchor(event).ifPresent(name -> anchors.put(name, scalar));
        return scalar;
    }

    private void alias(AliasEvent event) {
        String name = event.getAlias().getValue();
        YamlNode target = anchors.get(name);
        if (target == null) {
            boolean recursive = openAnchors.contains(name);
            findings.add(YamlRule.UNDEFINED_ALIAS.at(text.name(), span(event), documentIndex,
                    recursive ? "alias *" + name + " refers to the node that contains it (a recursive alias)"
                            : "alias *" + name + " refers to no anchor &" + name + " defined before it",
                    recursive ? "Kubernetes objects cannot contain themselves; write the value out" : null));
            documentBroken = true;
            add(new YamlScalar("", new ScalarValue(ScalarValue.Type.NULL, null, null), false, span(event)));
            return;
        }
        add(target);
    }

    private void open(CollectionStartEvent event) {
        writtenNodes++;
        String anchor = anchor(event).orElse(null);
        if (anchor != null) {
            openAnchors.add(anchor);
        }
        stack.push(new Frame(event, anchor));
    }

    private void close(Event end) {
        Frame frame = stack.pop();
        YamlNode node = frame.build(text.name(), end, findings);
        if (frame.anchor != null) {
            openAnchors.remove(frame.anchor);
            anchors.put(frame.anchor, node);
        }
        add(node);
    }

    private void add(YamlNode node) {
        if (stack.isEmpty()) {
            documentRoot = node;
        } else {
            stack.peek().add(node, text.name(), documentIndex, findings);
        }
    }

    private static Optional<String> anchor(NodeEvent event) {
        return event.getAnchor().map(Anchor::getValue);
    }

    static Span span(Event event) {
        Optional<Mark> start = event.getStartMark();
        Optional<Mark> end = event.getEndMark();
        if (start.isEmpty()) {
            return Span.at(1, 1);
        }
        Mark s = start.get();
        Mark e = end.orElse(s);
        if (e.getLine() < s.getLine() || (e.getLine() == s.getLine() && e.getColumn() <= s.getColumn())) {
            return Span.at(s.getLine() + 1, s.getColumn() + 1);
        }
        return new Span(s.getLine() + 1, s.getColumn() + 1, e.getLine() + 1, e.getColumn() + 1);
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** A map or a list being built. */
    private static final class Frame {
        /** Up to this many entries, a map looks for a repeated key among them instead of in a hash table. */
        private static final int SCANNED_KEYS = 16;

        private final CollectionStartEvent start;
        private final String anchor;
        private final boolean isMap;
        private final List<YamlNode> items = new ArrayList<>();
        private final List<YamlMap.Entry> entries = new ArrayList<>();
        private final List<YamlMap> merges = new ArrayList<>();
        /** The key spans of a map with many entries; a small map finds an earlier key by going through its entries. */
        private Map<String, Span> keysSeen;
        private YamlNode pendingKey;
        private boolean expectingKey = true;
        private long size = 1;

        Frame(CollectionStartEvent start, String anchor) {
            this.start = start;
            this.anchor = anchor;
            this.isMap = start.getEventId() == Event.ID.MappingStart;
        }

        void add(YamlNode node, String file, int document, List<Finding> findings) {
            size = saturatingAdd(size, node.expandedSize());
            if (!isMap) {
                items.add(node);
                return;
            }
            if (expectingKey) {
                pendingKey = node;
                expectingKey = false;
                return;
            }
            expectingKey = true;
            addEntry(pendingKey, node, file, document, findings);
        }

        private void addEntry(YamlNode key, YamlNode value, String file, int document, List<Finding> findings) {
            if (!(key instanceof YamlScalar scalarKey)) {
                findings.add(YamlRule.COMPLEX_KEY.at(file, key.span(), document,
                        "a map key must be a string, not a " + (key instanceof YamlMap ? "map" : "list"), null));
                return;
            }
            if (scalarKey.plain() && "<<".equals(scalarKey.text())) {
                collectMerge(value);
                return;
            }
            String name = scalarKey.text().intern();
            Span earlier = earlierKey(name, scalarKey.span());
            if (earlier != null) {
                findings.add(YamlRule.DUPLICATE_KEY.at(file, scalarKey.span(), document,
                        "key '" + name + "' is repeated (first at line " + earlier.line()
                                + "); Kubernetes silently drops the earlier value",
                        "merge the two '" + name + "' entries into one"));
            }
            entries.add(new YamlMap.Entry(name, scalarKey.span(), value));
        }

        /** Remembers where a key stands and returns where the same key stood last before, or null. */
        private Span earlierKey(String name, Span span) {
            if (keysSeen == null && entries.size() < SCANNED_KEYS) {
                int hash = name.hashCode();
                for (int i = entries.size() - 1; i >= 0; i--) {
                    String key = entries.get(i).key();
                    if (key.hashCode() == hash && key.equals(name)) {
                        return entries.get(i).keySpan();
                    }
                }
                return null;
            }
            if (keysSeen == null) {
                keysSeen = new HashMap<>();
                entries.forEach(entry -> keysSeen.put(entry.key(), entry.keySpan()));
            }
            return keysSeen.put(name, span);
        }

        private void collectMerge(YamlNode value) {
            if (value instanceof YamlMap map) {
                merges.add(map);
            } else if (value instanceof YamlList list) {
                for (YamlNode item : list.items()) {
                    if (item instanceof YamlMap map) {
                        merges.add(map);
                    }
                }
            }
        }

        YamlNode build(String file, Event end, List<Finding> findings) {
            Span startSpan = span(start);
            Span endSpan = span(end);
            Span whole = new Span(startSpan.line(), startSpan.column(), endSpan.line(), endSpan.column());
            if (!isMap) {
                return new YamlList(items, whole, size);
            }
            List<YamlMap.Entry> all = new ArrayList<>();
            // In a merge list the first map wins, and explicit keys win over all merged ones.
            for (int i = merges.size() - 1; i >= 0; i--) {
                all.addAll(merges.get(i).entries().values());
            }
            all.addAll(entries);
            return new YamlMap(all, whole, size);
        }
    }
}
