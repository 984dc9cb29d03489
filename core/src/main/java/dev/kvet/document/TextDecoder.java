package dev.kvet.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a file's bytes into text the way YAML readers do: UTF-8, or UTF-16 when a byte-order mark says so. */
final class TextDecoder {

    /** The decoded text, or the byte offset where decoding failed. */
    record Decoded(String text, int badByteOffset, String problem) {
        boolean ok() {
            return text != null;
        }
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        int firstNonAscii = firstNonAsciiOrNul(bytes);
        int nul = firstNonAscii < 0 || bytes[firstNonAscii] == 0 ? firstNonAscii : indexOfNul(bytes, firstNonAscii);
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        if (utf16) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_16), -1, null);
        }
        if (nul >= 0) {
            return new Decoded(null, nul, "a NUL byte (binary data)");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        if (firstNonAscii < 0) {
            // Most manifests are plain ASCII, which is valid UTF-8 as it stands: no decoder needed, and the
            // bytes were checked above (ISO-8859-1 copies them without checking again).
            return new Decoded(new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1), -1, null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer output = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(input, output, true);
        if (result.isError()) {
            return new Decoded(null, input.position(), "a byte sequence that is not valid UTF-8");
        }
        decoder.flush(output);
        return new Decoded(output.flip().toString(), -1, null);
    }

    /** The offset of the first byte that is a NUL or not ASCII, or -1: one pass settles most files. */
    private static int firstNonAsciiOrNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] <= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfNul(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
