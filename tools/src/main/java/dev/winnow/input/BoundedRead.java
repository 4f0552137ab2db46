package dev.winnow.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A document's bytes read under a size limit, so that a huge file (2 GB, or an endless stream) never
 * has to fit in memory: at most {@code limit} bytes are read, and whether more followed is noted.
 * {@link #cutAtLineEnd} then ends the part that was read at a line end.
 *
 * @param bytes the bytes read: the whole document, or its first {@code limit} bytes when {@code cut}
 * @param cut   whether the document had more than {@code limit} bytes
 */
public record BoundedRead(byte[] bytes, boolean cut) {
    /** Reads at most {@code limit} bytes of a file; its size is checked before reading. */
    public static BoundedRead of(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in, limit);
        }
    }

    /** Reads at most {@code limit} bytes of a stream, and one more to know whether it had more. */
    public static BoundedRead of(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit);
        boolean cut = bytes.length == limit && in.read() != -1;
        return new BoundedRead(bytes, cut);
    }

    /**
     * The bytes up to and including their last line end ({@code \n} or {@code \r}); without one, up to
     * the start of a UTF-8 sequence the end would split, so that a cut never makes text invalid.
     */
    public byte[] cutAtLineEnd() {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                return Arrays.copyOf(bytes, i + 1);
            }
        }
        int end = bytes.length;
        int back = 0;
        while (end > 0 && back < MAX_UTF8_CONTINUATION && (bytes[end - 1] & 0xC0) == 0x80) {
            end--;
            back++;
        }
        if (end > 0 && (bytes[end - 1] & 0xC0) == 0xC0) {
            end--; // the lead byte of the sequence that was split
        } else {
            end = bytes.length; // not a split UTF-8 sequence: keep every byte
        }
        return Arrays.copyOf(bytes, end);
    }

    /** The most continuation bytes one UTF-8 sequence has. */
    private static final int MAX_UTF8_CONTINUATION = 3;
}
