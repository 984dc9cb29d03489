package dev.kvet.run;

import dev.kvet.check.Check;
import dev.kvet.check.CheckFactory;
import dev.kvet.check.CheckSetupException;
import dev.kvet.check.IndexedObject;
import dev.kvet.check.Indexing;
import dev.kvet.check.Manifests;
import dev.kvet.check.RunOptions;
import dev.kvet.document.LocatedDocument;
import dev.kvet.document.ManifestParser;
import dev.kvet.document.ParsedFile;
import dev.kvet.finding.Finding;
import dev.kvet.finding.RuleInfo;
import dev.kvet.finding.Severity;
import dev.kvet.location.SourceText;
import dev.kvet.object.KubeObject;
import dev.kvet.object.ObjectReader;
import dev.kvet.source.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * One run of kvet over a set of sources: read every file, find its objects, hand them to every check, and
 * gather the findings in a stable order. Files are read and checked on all cores; the result does not
 * depend on thread timing.
 */
public final class CheckRun {

    private final List<Check> checks;
    private final Indexing indexing;

    private CheckRun(List<Check> checks) {
        this.checks = List.copyOf(checks);
        this.indexing = new Indexing(checks.stream().flatMap(check -> check.indexers().stream()).toList());
    }

    /** A run with every engine found on the class path, set up for the options. */
    public static CheckRun prepare(RunOptions options) throws CheckSetupException {
        List<Check> checks = new ArrayList<>();
        for (CheckFactory factory : factories()) {
            factory.create(options).ifPresent(checks::add);
        }
        return new CheckRun(checks);
    }

    /** A run with exactly these checks, for tests and embedders. */
    public static CheckRun of(List<Check> checks) {
        return new CheckRun(checks);
    }

    /** The rules of every engine on the class path, YAML-level ones included, sorted by id. */
    public static List<RuleInfo> allRules() {
        List<RuleInfo> rules = new ArrayList<>(BuiltInRules.all());
        for (CheckFactory factory : factories()) {
            rules.addAll(factory.rules());
        }
        rules.sort(Comparator.comparing(RuleInfo::id));
        return rules;
    }

    /**
     * Starts reading what every engine needs (rule catalogue, schema index) on another thread, so that it
     * overlaps the front end's own start-up; later calls find it read. Costs nothing when never awaited.
     */
    public static void preloadInBackground() {
        Thread preload = new Thread(() -> factories().forEach(CheckFactory::preload), "kvet-preload");
        preload.setDaemon(true);
        preload.start();
    }

    /** The rules this run can report: those of every engine and those its configuration defines, sorted by id. */
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = allRules();
        checks.forEach(check -> rules.addAll(check.configuredRules()));
        rules.sort(Comparator.comparing(RuleInfo::id));
        return rules;
    }

    private static List<CheckFactory> factories() {
        List<CheckFactory> factories = new ArrayList<>();
        ServiceLoader.load(CheckFactory.class, CheckRun.class.getClassLoader()).forEach(factories::add);
        factories.sort(Comparator.comparing(factory -> factory.getClass().getName()));
        return factories;
    }

    /**
     * Checks the sources; {@code progress} hears the number of files done so far. Each file's trees are released
     * as soon as its objects are checked: what the run keeps of them is what the checks' indexers take.
     */
    public Report execute(List<Source> sources, IntConsumer progress) {
        List<FileResult> results = readAll(sources, progress);
        List<IndexedObject> objects = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<String> ioErrors = new ArrayList<>();
        Map<String, SourceText> texts = new HashMap<>();
        List<CheckedFile> files = new ArrayList<>();
        int documents = 0;
        for (int i = 0; i < results.size(); i++) {
            FileResult result = results.get(i);
            files.add(checkedFile(sources.get(i).name(), result));
            objects.addAll(result.objects);
            findings.addAll(result.findings);
            documents += result.documents;
            if (result.ioError != null) {
                ioErrors.add(result.ioError);
            }
            if (result.text != null) {
                texts.put(result.text.name(), result.text);
            }
        }
        Manifests manifests = new Manifests(objects, generatedBy(sources));
        List<Finding> crossResource = Collections.synchronizedList(new ArrayList<>());
        for (Check check : checks) {
            check.checkAll(manifests, crossResource::add);
        }
        findings.addAll(crossResource);
        for (Check check : checks) {
            findings = new ArrayList<>(check.review(findings, manifests, texts));
        }
        findings.sort(fileOrder(sources).thenComparing(Finding.READING_ORDER));
        texts.keySet().retainAll(findings.stream().map(Finding::file).collect(Collectors.toSet()));
        return new Report(findings, texts, summarize(sources.size(), documents, objects.size(), findings), ioErrors,
                files, rules());
    }

    private static Set<String> generatedBy(List<Source> sources) {
        Set<String> generated = new HashSet<>();
        for (Source source : sources) {
            if (source.notAManifest() != null) {
                generated.addAll(source.notAManifest().generates());
            }
        }
        return generated;
    }

    private static CheckedFile checkedFile(String name, FileResult result) {
        List<CheckedFile.CheckedObject> checked = new ArrayList<>();
        for (IndexedObject object : result.objects) {
            checked.add(new CheckedFile.CheckedObject(object.document(), object.base().toString(), object.ref()));
        }
        return new CheckedFile(name, checked, result.ioError);
    }

    private List<FileResult> readAll(List<Source> sources, IntConsumer progress) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), sources.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "kvet-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<FileResult>> futures = new ArrayList<>();
            for (Source source : sources) {
                futures.add(pool.submit(() -> {
                    FileResult result = readOne(source);
                    progress.accept(done.incrementAndGet());
                    return result;
                }));
            }
            List<FileResult> results = new ArrayList<>();
            for (Future<FileResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a check failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private FileResult readOne(Source source) {
        FileResult result = new FileResult();
        if (source.notAManifest() != null) {
            result.findings.add(source.notAManifest().finding());
            return result;
        }
        byte[] bytes;
        try {
            bytes = source.read(ManifestParser.MAX_FILE_BYTES);
        } catch (IOException e) {
            result.ioError = "cannot read " + source.name() + ": " + describe(e);
            return result;
        }
        ParsedFile parsed = new ManifestParser().parse(source.name(), bytes);
        result.text = parsed.text();
        result.findings.addAll(parsed.findings());
        result.documents = parsed.documents().size();
        ObjectReader reader = new ObjectReader();
        List<KubeObject> objects = new ArrayList<>();
        for (LocatedDocument document : parsed.documents()) {
            reader.read(document, objects, result.findings);
        }
        for (KubeObject object : objects) {
            for (Check check : checks) {
                check.checkObject(object, result.findings::add);
            }
            result.objects.add(indexing.index(object));
        }
        return result;
    }

    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        if (type.equals("AccessDeniedException")) {
            return "permission denied";
        }
        return e.getMessage() == null ? type : type + " " + e.getMessage();
    }

    private static Comparator<Finding> fileOrder(List<Source> sources) {
        Map<String, Integer> order = new HashMap<>();
        for (Source source : sources) {
            order.putIfAbsent(source.name(), order.size());
        }
        return Comparator.comparing((Finding finding) -> order.getOrDefault(finding.file(), Integer.MAX_VALUE))
                .thenComparing(Finding::file);
    }

    private static Summary summarize(int files, int documents, int objects, List<Finding> findings) {
        int[] counts = new int[Severity.values().length];
        for (Finding finding : findings) {
            counts[finding.severity().ordinal()]++;
        }
        return new Summary(files, documents, objects, counts[Severity.ERROR.ordinal()],
                counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()]);
    }

    /** What reading and checking one file gave. */
    private static final class FileResult {
        private final List<Finding> findings = new ArrayList<>();
        private final List<IndexedObject> objects = new ArrayList<>();
        private SourceText text;
        private int documents;
        private String ioError;
    }
}
