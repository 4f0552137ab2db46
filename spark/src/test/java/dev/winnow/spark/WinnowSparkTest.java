package dev.winnow.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.Cleaner;
import dev.winnow.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link WinnowSpark#clean} on a Dataset: the same result as the library, row by row, errors as values. */
class WinnowSparkTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("winnow test")
                .config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static List<Path> cases(String file, int count) throws IOException {
        try (Stream<Path> cases = Files.list(Path.of("../golden/cases"))) {
            return cases.sorted().map(c -> c.resolve(file)).filter(Files::exists).limit(count).toList();
        }
    }

    @Test
    void textDumpsGetTheLibrarysResultAndANullDocumentAnError() throws IOException {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("body", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        List<String> dumps = new ArrayList<>();
        for (Path p : cases("input.txt", 5)) {
            dumps.add(Files.readString(p));
            rows.add(RowFactory.create(p.getParent().getFileName().toString(), dumps.get(dumps.size() - 1)));
        }
        rows.add(RowFactory.create("empty", null));
        List<Row> out = WinnowSpark.clean(spark.createDataFrame(rows, schema).repartition(2), WinnowSpark.Options.text("body"))
                .orderBy("id").collectAsList();
        assertThat(out).hasSize(6);
        Cleaner cleaner = new Cleaner();
        for (Row row : out) {
            if (row.getString(0).equals("empty")) {
                assertThat(row.<String>getAs("error")).isEqualTo("no document (null)");
                assertThat(row.<String>getAs("text")).isNull();
                continue;
            }
            Result expected = cleaner.clean(row.<String>getAs("body"));
            assertThat(row.<String>getAs("text")).isEqualTo(expected.text());
            List<Row> lines = row.getList(row.fieldIndex("lines"));
            assertThat(lines).hasSize(expected.lines().size());
            for (int i = 0; i < lines.size(); i++) {
                assertThat(lines.get(i).<String>getAs("label")).isEqualTo(expected.lines().get(i).label().id());
                assertThat(lines.get(i).<String>getAs("rule")).isEqualTo(expected.lines().get(i).rule());
            }
            assertThat(row.<String>getAs("error")).isNull();
        }
    }

    @Test
    void htmlPagesAsBytesWithTheirAddresses() throws IOException {
        StructType schema = new StructType().add("url", DataTypes.StringType).add("html", DataTypes.BinaryType);
        List<Row> rows = new ArrayList<>();
        for (Path p : cases("page.html.gz", 4)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                rows.add(RowFactory.create("https://example.org/" + p.getParent().getFileName(), in.readAllBytes()));
            }
        }
        Dataset<Row> cleaned = WinnowSpark.clean(spark.createDataFrame(rows, schema), WinnowSpark.Options.html("html", "url"));
        Cleaner cleaner = new Cleaner();
        for (Row row : cleaned.collectAsList()) {
            Result expected = cleaner.clean(row.<byte[]>getAs("html"), row.<String>getAs("url"));
            assertThat(row.<String>getAs("text")).isEqualTo(expected.text());
            assertThat(row.<String>getAs("title")).isEqualTo(expected.title().orElse(null));
            assertThat(row.<Row>getAs("metadata").<String>getAs("headline")).isEqualTo(expected.metadata().headline().orElse(null));
        }
    }

    @Test
    void aMissingOrClashingColumnIsAClearError() {
        StructType schema = new StructType().add("text", DataTypes.StringType);
        Dataset<Row> frame = spark.createDataFrame(List.of(RowFactory.create("x")), schema);
        assertThatThrownBy(() -> WinnowSpark.clean(frame, WinnowSpark.Options.text("body")))
                .hasMessageContaining("no column 'body'");
        assertThatThrownBy(() -> WinnowSpark.clean(frame, WinnowSpark.Options.text("text")))
                .hasMessageContaining("'text' would be written twice");
    }
}
