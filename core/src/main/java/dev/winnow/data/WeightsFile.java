package dev.winnow.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a line model's weights file ({@code model/*.tsv} below {@link DataFiles#ROOT}): per row a feature
 * and one weight per label, tab-separated; {@code #} comments and blank lines skipped. The file is read in
 * one pass over its characters, with a number written as {@code [-]digits.ddd} (how {@code winnow train}
 * writes them) taken as its digits over 1000: the same float as {@link Float#parseFloat} (an exact
 * integer divided by an exact power of ten is correctly rounded), without its cost, which at start-up,
 * before any of it is compiled, is most of the model's loading time. Other numbers go to
 * {@link Float#parseFloat}.
 */
public final class WeightsFile {
    private WeightsFile() {
    }

    /** Numbers with more digits than this are left to {@link Float#parseFloat} (floats hold 24 bits exactly). */
    private static final int MAX_FAST_DIGITS = 7;

    /**
     * The weights of the built-in file {@code path}, {@code columns} per feature, by feature name; empty
     * when there is no such file.
     *
     * @throws IllegalArgumentException naming the file and line of a row that has another number of fields
     *                                  or a field that is not a number
     */
    public static Map<String, float[]> read(String path, int columns) {
        Map<String, float[]> out = new HashMap<>();
        String name = "dev/winnow/" + path;
        String text;
        try (InputStream in = DataFiles.class.getResourceAsStream(DataFiles.ROOT + path)) {
            if (in == null) {
                return out;
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
        int n = text.length();
        int number = 0;
        for (int start = 0; start < n; ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? n : end;
            number++;
            String line = text.substring(start, end).strip();
            start = end + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != columns + 1) {
                throw new IllegalArgumentException(name + ":" + number + ": expected " + (columns + 1)
                        + " tab-separated fields, found " + fields.length + " in: " + line);
            }
            float[] w = new float[columns];
            for (int c = 0; c < columns; c++) {
                String field = fields[c + 1].strip();
                try {
                    w[c] = number(field);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + ":" + number + ": not a number: " + field, e);
                }
            }
            String feature = fields[0].strip();
            out.put(feature, w);
        }
        return out;
    }

    /** A number: {@code [-]digits.ddd} as its digits over 1000, any other form by {@link Float#parseFloat}. */
    static float number(String s) {
        int n = s.length();
        int i = s.startsWith("-") ? 1 : 0;
        int dot = n - 4;
        if (dot > i && s.charAt(dot) == '.' && n - i - 1 <= MAX_FAST_DIGITS) {
            int v = 0;
            for (int k = i; k < n; k++) {
                if (k == dot) {
                    continue;
                }
                char c = s.charAt(k);
                if (c < '0' || c > '9') {
                    return Float.parseFloat(s);
                }
                v = v * 10 + (c - '0');
            }
            float f = v / 1000f;
            return i == 1 ? -f : f;
        }
        return Float.parseFloat(s);
    }
}
