package dev.winnow.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Strict reading and safe writing of UTF-8 text files. Reading never guesses: malformed UTF-8 and
 * NUL bytes are reported with their byte offset instead of being replaced. The one exception to UTF-8
 * is text that starts with a UTF-16 byte order mark ({@code FF FE} or {@code FE FF}), which is
 * unambiguous: it is decoded as strict UTF-16 of that byte order, without the mark. Latin-1 and
 * Windows-1252 text, which carries no mark, is not guessed: it fails as not valid UTF-8 text.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** Reads a whole file as strict UTF-8. @throws NotTextException if it is not UTF-8 text */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** Reads a whole stream as strict UTF-8. @throws NotTextException if it is not UTF-8 text */
    public static String read(InputStream in) throws IOException {
        return decode(in.readAllBytes());
    }

    /**
     * Decodes bytes as UTF-8, reporting (never replacing) malformed input.
     *
     * @throws NotTextException at the first NUL byte ("binary data") or malformed sequence
     */
    public static String decode(byte[] bytes) throws NotTextException {
        Charset utf16 = utf16ByBom(bytes);
        if (utf16 != null) {
            String text = strict(bytes, UTF16_BOM_BYTES, utf16, "not valid UTF-16 text");
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                throw new NotTextException("binary file, not text: NUL character", UTF16_BOM_BYTES + 2L * nul);
            }
            return text;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new NotTextException("binary file, not text: NUL byte", i);
            }
        }
        return strict(bytes, 0, StandardCharsets.UTF_8, "not valid UTF-8 text");
    }

    /** The length of a UTF-16 byte order mark. */
    private static final int UTF16_BOM_BYTES = 2;

    /** UTF-16LE or UTF-16BE when the bytes start with that byte order mark, else null. */
    private static Charset utf16ByBom(byte[] bytes) {
        if (bytes.length < UTF16_BOM_BYTES) {
            return null;
        }
        if (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Decodes {@code bytes} from {@code start}, reporting the byte offset of the first malformed sequence. */
    private static String strict(byte[] bytes, int start, Charset charset, String problem) throws NotTextException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotTextException(problem, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new NotTextException(problem, in.position());
        }
        return out.flip().toString();
    }

    /**
     * Writes text as UTF-8 through a temporary file in the same directory, so that readers never see a
     * half-written file. Creates the parent directories.
     */
    public static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
