package dev.winnow.spark;

import dev.winnow.Cleaner;
import dev.winnow.Line;
import dev.winnow.Metadata;
import dev.winnow.Result;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * winnow on Spark: {@link #clean} adds to each row of a Dataset the clean article of the document one of
 * its columns holds. Each executor builds one {@link Cleaner} (thread-safe) and keeps it. A document that
 * cannot be cleaned gets an {@code error} and nulls, never a failed job.
 */
public final class WinnowSpark {
    /** One line of a cleaned document: {@code label}, {@code text}, {@code rule}, {@code reason}, {@code confidence}. */
    public static final StructType LINE = new StructType()
            .add("label", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("rule", DataTypes.StringType)
            .add("reason", DataTypes.StringType)
            .add("confidence", DataTypes.DoubleType);
    /** What a document says about itself: {@code headline}, {@code author}, {@code published}, {@code siteName}. */
    public static final StructType METADATA = new StructType()
            .add("headline", DataTypes.StringType)
            .add("author", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("siteName", DataTypes.StringType);
    /** The columns {@link #clean} adds. */
    public static final List<StructField> ADDED = List.of(
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("lines", DataTypes.createArrayType(LINE), true),
            DataTypes.createStructField("metadata", METADATA, true),
            DataTypes.createStructField("error", DataTypes.StringType, true));

    private WinnowSpark() {
    }

    /**
     * How to read the document column: {@code column} holds a text dump, or with {@code html} an HTML page
     * whose address (for its links) is in {@code urlColumn} (or null). The cleaner has the default
     * configuration.
     */
    public record Options(String column, boolean html, String urlColumn) implements Serializable {
        /** A text dump in {@code column}. */
        public static Options text(String column) {
            return new Options(column, false, null);
        }

        /** An HTML page in {@code column}, its address in {@code urlColumn} (or null). */
        public static Options html(String column, String urlColumn) {
            return new Options(column, true, urlColumn);
        }
    }

    /**
     * The rows of {@code pages} with {@code title}, {@code text}, {@code lines}
     * ({@code array<struct<label, text, rule, reason, confidence>>}), {@code metadata} (struct) and {@code error} (null
     * when the document was cleaned) added. The document column holds a string (or, for HTML, bytes).
     *
     * @throws IllegalArgumentException when the column is missing, or a column the result adds exists
     */
    public static Dataset<Row> clean(Dataset<Row> pages, Options options) {
        StructType in = pages.schema();
        if (Arrays.stream(in.fieldNames()).noneMatch(options.column()::equals)) {
            throw new IllegalArgumentException("no column '" + options.column() + "' in " + in.simpleString());
        }
        for (StructField added : ADDED) {
            if (Arrays.asList(in.fieldNames()).contains(added.name())) {
                throw new IllegalArgumentException("the column '" + added.name() + "' would be written twice;"
                        + " rename it first");
            }
        }
        StructType out = in;
        for (StructField added : ADDED) {
            out = out.add(added);
        }
        int column = in.fieldIndex(options.column());
        int url = options.urlColumn() == null ? -1 : in.fieldIndex(options.urlColumn());
        MapPartitionsFunction<Row, Row> f = rows -> new Iterator<>() {
            private final Cleaner cleaner = Executor.cleaner();

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                Object[] values = new Object[row.size() + ADDED.size()];
                for (int i = 0; i < row.size(); i++) {
                    values[i] = row.get(i);
                }
                Object document = row.get(column);
                try {
                    Result result;
                    if (document == null) {
                        throw new IllegalArgumentException("no document (null)");
                    } else if (options.html()) {
                        byte[] bytes = document instanceof byte[] b ? b : document.toString().getBytes(StandardCharsets.UTF_8);
                        result = cleaner.clean(bytes, url < 0 || row.isNullAt(url) ? "" : row.getString(url));
                    } else {
                        result = cleaner.clean(document.toString());
                    }
                    System.arraycopy(columns(result, null), 0, values, row.size(), ADDED.size());
                } catch (RuntimeException | StackOverflowError e) {
                    values[values.length - 1] = e.getMessage() == null ? e.toString() : e.getMessage();
                }
                return RowFactory.create(values);
            }
        };
        return pages.mapPartitions(f, Encoders.row(out));
    }

    /** The added columns' values for a result (or an error). */
    static Object[] columns(Result result, String error) {
        if (result == null) {
            return new Object[] {null, null, null, null, error};
        }
        List<Row> lines = new ArrayList<>(result.lines().size());
        for (Line line : result.lines()) {
            lines.add(RowFactory.create(line.label().id(), line.text(), line.rule(), line.reason(), line.confidence()));
        }
        Metadata m = result.metadata();
        Row metadata = RowFactory.create(m.headline().orElse(null), m.author().orElse(null), m.published().orElse(null),
                m.siteName().orElse(null));
        // Spark's Row encoder wants a Scala Seq for an array column, not a java.util.List.
        return new Object[] {result.title().orElse(null), result.text(),
            scala.jdk.javaapi.CollectionConverters.asScala(lines).toSeq(), metadata, error};
    }

    /** The cleaner of this executor's JVM, built once. */
    static final class Executor {
        private static volatile Cleaner defaults;

        private Executor() {
        }

        static Cleaner cleaner() {
            Cleaner c = defaults;
            if (c == null) {
                synchronized (Executor.class) {
                    c = defaults;
                    if (c == null) {
                        defaults = c = new Cleaner();
                    }
                }
            }
            return c;
        }
    }
}
