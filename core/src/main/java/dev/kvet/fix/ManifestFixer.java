package dev.kvet.fix;

import dev.kvet.finding.Finding;
import dev.kvet.finding.Fix;
import dev.kvet.location.SourceText;
import dev.kvet.source.Source;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the fixes of findings to the files they are about, when the user asks ({@code kvet check --fix}): each
 * fix whole or not at all, never two that overlap, and only where the file still holds the text the fix
 * replaces. Everything else of a file stays as it was, byte for byte (comments, quoting, line ends, a UTF-8
 * byte-order mark). Standard input and files that are not UTF-8 are left alone.
 */
public final class ManifestFixer {

    /**
     * What fixing did.
     *
     * @param fixed   how many findings were fixed
     * @param files   the files written, as the user named them
     * @param skipped why fixes were not applied, one line each
     */
    public record Result(int fixed, List<String> files, List<String> skipped) {
    }

    /** A fix's edit placed in a file's text. */
    private record Placed(int start, int end, String replacement) {
    }

    /** Applies every fix of the findings to its file. */
    public Result apply(List<Finding> findings) {
        Map<String, List<Fix>> byFile = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (finding.fix() != null) {
                byFile.computeIfAbsent(finding.file(), file -> new ArrayList<>()).add(finding.fix());
            }
        }
        int fixed = 0;
        List<String> written = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<String, List<Fix>> file : byFile.entrySet()) {
            if (file.getKey().equals(Source.STDIN)) {
                int count = file.getValue().size();
                skipped.add("standard input cannot be fixed in place; " + count + (count == 1 ? " fix" : " fixes")
                        + " not applied");
                continue;
            }
            try {
                int applied = applyTo(file.getKey(), file.getValue(), skipped);
                if (applied > 0) {
                    fixed += applied;
                    written.add(file.getKey());
                }
            } catch (IOException e) {
                skipped.add("cannot fix " + file.getKey() + ": " + e.getMessage());
            }
        }
        return new Result(fixed, written, skipped);
    }

    private static int applyTo(String name, List<Fix> fixes, List<String> skipped) throws IOException {
        Path path = Path.of(name);
        byte[] bytes = Files.readAllBytes(path);
        int bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
        } catch (CharacterCodingException e) {
            skipped.add(name + " is not UTF-8 text; its fixes were not applied");
            return 0;
        }
        SourceText source = new SourceText(name, text);
        List<Placed> taken = new ArrayList<>();
        int applied = 0;
        for (Fix fix : fixes) {
            List<Placed> edits = place(source, fix);
            if (edits == null) {
                skipped.add(name + " changed since it was checked; not applied: " + fix.description());
            } else if (edits.stream().noneMatch(edit -> overlapsAny(edit, taken))) {
                taken.addAll(edits);
                applied++;
            }
        }
        if (applied == 0) {
            return 0;
        }
        taken.sort(Comparator.comparingInt(Placed::start).reversed());
        StringBuilder fixedText = new StringBuilder(text);
        for (Placed edit : taken) {
            fixedText.replace(edit.start(), edit.end(), edit.replacement());
        }
        byte[] body = fixedText.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[bom + body.length];
        System.arraycopy(bytes, 0, out, 0, bom);
        System.arraycopy(body, 0, out, bom, body.length);
        Files.write(path, out);
        return applied;
    }

    /** The fix's edits as offsets in the text, or null when the text no longer holds what an edit replaces. */
    private static List<Placed> place(SourceText source, Fix fix) {
        List<Placed> placed = new ArrayList<>();
        for (Fix.Edit edit : fix.edits()) {
            if (!edit.original().equals(source.slice(edit.span()))) {
                return null;
            }
            placed.add(new Placed(source.offset(edit.span().line(), edit.span().column()),
                    source.offset(edit.span().endLine(), edit.span().endColumn()), edit.replacement()));
        }
        return placed;
    }

    private static boolean overlapsAny(Placed edit, List<Placed> taken) {
        return taken.stream().anyMatch(other -> edit.start() < other.end() && other.start() < edit.end());
    }
}
