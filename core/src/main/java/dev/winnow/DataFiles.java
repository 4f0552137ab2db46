package dev.winnow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the classifier's data files from the classpath: one item per line, {@code #} starts a
 * comment line, blank lines are skipped. Missing optional files read as empty.
 */
final class DataFiles {
    static final String ROOT = "/dev/winnow/";

    private DataFiles() {
    }

    /** The items of a file below {@link #ROOT}; empty when the file does not exist. */
    static List<String> items(String path) {
        InputStream in = DataFiles.class.getResourceAsStream(ROOT + path);
        if (in == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String item = line.strip();
                if (!item.isEmpty() && !item.startsWith("#")) {
                    items.add(item);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + ROOT + path, e);
        }
        return List.copyOf(items);
    }

    /** The rows of a tab-separated file below {@link #ROOT}, each split into exactly {@code columns} fields. */
    static List<String[]> rows(String path, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String item : items(path)) {
            String[] fields = item.split("\t");
            if (fields.length != columns) {
                throw new IllegalStateException(ROOT + path + ": expected " + columns
                        + " tab-separated fields, found " + fields.length + " in: " + item);
            }
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].strip();
            }
            rows.add(fields);
        }
        return List.copyOf(rows);
    }
}
