package dev.winnow.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Strict reading and safe writing of UTF-8 text files. Reading never guesses: malformed UTF-8 and
 * NUL bytes are reported with their byte offset instead of being replaced.
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
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new NotTextException("binary file, not text: NUL byte", i);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotTextException("not valid UTF-8 text", in.position());
        }
        decoder.flush(out);
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
