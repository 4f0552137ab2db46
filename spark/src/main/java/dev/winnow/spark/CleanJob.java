package dev.winnow.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.Cleaner;
import dev.winnow.Config;
import dev.winnow.Result;
import dev.winnow.SiteMemory;
import dev.winnow.crawl.CrawlRecord;
import dev.winnow.format.Format;
import dev.winnow.input.Content;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.TaskCompletionListener;

/**
 * {@code dev.winnow.spark.CleanJob}: cleans WARC, WET and JSONL files on Spark, one task per file, and
 * writes Parquet (default) or JSONL. JSONL part files hold the objects {@code winnow clean --format jsonl}
 * writes for the same records; a record that cannot be read or cleaned is an object (or row) with its
 * {@code source}, {@code where} and {@code error}, and the job goes on. With {@code --site-memory} the
 * records are grouped by host before the clean (a shuffle of each host's pages to one task), and each
 * host's pages are cleaned knowing its boilerplate lines. {@code --partitions N} spreads the records of
 * few large files over N tasks (a shuffle of the raw records) instead of one task per file.
 *
 * <pre>
 * CleanJob [--format parquet|jsonl] --output DIR [--input-format auto|warc|wet|jsonl] [--jsonl-field NAME]
 *          [--jsonl-html] [--site-memory] [--site-min-pages N] [--partitions N] [--master URL] INPUT...
 * </pre>
 */
public final class CleanJob {
    static final String USAGE = "usage: CleanJob [--format parquet|jsonl] --output DIR [--input-format auto|warc|wet|jsonl]"
            + " [--jsonl-field NAME] [--jsonl-html] [--site-memory] [--site-min-pages N] [--partitions N] [--master URL] INPUT...";
    static final String HELP = USAGE + """

            Cleans WARC, WET and JSONL files (or folders of them) on Spark and writes one row (Parquet) or one
            JSON object (JSONL, as `winnow clean --format jsonl` writes) per record.
              --format parquet|jsonl   output format (default parquet)
              --output DIR             output folder; must not exist
              --input-format F         auto (default: by name, then by first bytes), warc, wet or jsonl
              --jsonl-field NAME       the JSONL field that holds the document (default text)
              --jsonl-html             that field holds HTML, not a text dump
              --site-memory            group records by host and clean each host's pages knowing its
                                       repeated boilerplate lines (shuffles every record)
              --site-min-pages N       pages a host needs before its lines are remembered (default %d)
              --partitions N           spread records over N tasks (default 0: one task per file)
              --master URL             Spark master when not set by spark-submit (e.g. local[4])
            A record that cannot be read or cleaned becomes a row (object) with source, where and error.
            Exit codes: 0 done, 2 bad arguments, 1 the job failed.""".formatted(SiteMemory.DEFAULT_MIN_PAGES);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rows of the Parquet output. */
    static final StructType SCHEMA = new StructType()
            .add("source", DataTypes.StringType)
            .add("where", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("warcRecordId", DataTypes.StringType)
            .add("warcDate", DataTypes.StringType)
            .add("fields", DataTypes.StringType)
            .add(WinnowSpark.ADDED.get(0))
            .add(WinnowSpark.ADDED.get(1))
            .add(WinnowSpark.ADDED.get(2))
            .add(WinnowSpark.ADDED.get(3))
            .add(WinnowSpark.ADDED.get(4));

    /** The job's arguments, checked. */
    record Args(String format, String output, CrawlFiles.Settings settings, boolean siteMemory, int siteMinPages,
                int partitions, String master, List<String> inputs) implements Serializable {
        static Args parse(String[] args) {
            String format = "parquet", output = null, inputFormat = "auto", field = "text", master = null;
            boolean html = false, memory = false;
            int minPages = SiteMemory.DEFAULT_MIN_PAGES, partitions = 0;
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help", "-h" -> throw new HelpRequested();
                    case "--format" -> format = value(args, ++i, a);
                    case "--output", "-o" -> output = value(args, ++i, a);
                    case "--input-format" -> inputFormat = value(args, ++i, a);
                    case "--jsonl-field" -> field = value(args, ++i, a);
                    case "--jsonl-html" -> html = true;
                    case "--site-memory" -> memory = true;
                    case "--site-min-pages" -> minPages = number(args, ++i, a);
                    case "--partitions" -> partitions = number(args, ++i, a);
                    case "--master" -> master = value(args, ++i, a);
                    default -> {
                        if (a.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
                        }
                        inputs.add(a);
                    }
                }
            }
            if (!format.equals("parquet") && !format.equals("jsonl")) {
                throw new IllegalArgumentException("--format must be parquet or jsonl, not " + format);
            }
            if (!List.of("auto", "warc", "wet", "jsonl").contains(inputFormat.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("--input-format must be auto, warc, wet or jsonl, not " + inputFormat);
            }
            if (output == null || inputs.isEmpty()) {
                throw new IllegalArgumentException(USAGE);
            }
            if (!output.contains("://") && Files.exists(Path.of(output))) {
                throw new IllegalArgumentException("the output folder " + output + " exists already; name a new one");
            }
            if (partitions < 0) {
                throw new IllegalArgumentException("--partitions must be 0 (one task per file) or more");
            }
            if (minPages < 2) {
                throw new IllegalArgumentException("--site-min-pages must be at least 2");
            }
            return new Args(format, output, new CrawlFiles.Settings(inputFormat, field, html, Config.DEFAULT_MAX_DOCUMENT_CHARS),
                    memory, minPages, partitions, master, List.copyOf(inputs));
        }

        private static int number(String[] args, int i, String option) {
            String v = value(args, i, option);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, not " + v);
            }
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            }
            return args[i];
        }
    }

    /** Thrown by {@link Args#parse} for {@code --help}. */
    static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super(HELP, null, false, false);
        }
    }

    private CleanJob() {
    }

    public static void main(String[] argv) {
        Args args;
        try {
            args = Args.parse(argv);
        } catch (HelpRequested e) {
            System.out.println(HELP);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("winnow-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("winnow clean");
        if (args.master() != null) {
            builder.master(args.master());
        }
        SparkSession spark = builder.getOrCreate();
        int exit = 0;
        try {
            long documents = run(spark, args);
            System.err.println("winnow-spark: " + documents + " documents written to " + args.output());
        } catch (Exception e) { // Spark's AnalysisException is a checked exception thrown unchecked
            System.err.println("winnow-spark: the job failed: " + e.getMessage());
            exit = 1;
        } finally {
            spark.stop();
        }
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** Runs the job; returns how many documents (and failed records) it wrote. */
    public static long run(SparkSession spark, Args args) {
        List<String> files = expand(args.inputs(), spark.sparkContext().hadoopConfiguration());
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no WARC, WET or JSONL files below " + args.inputs());
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        LongAccumulator written = jsc.sc().longAccumulator("documents");
        JavaRDD<String> paths = jsc.parallelize(files, Math.max(1, files.size()));
        CrawlFiles.Settings settings = args.settings();
        JavaRDD<Doc> docs;
        if (args.siteMemory()) {
            int minPages = args.siteMinPages();
            docs = paths.flatMap(file -> pages(file, settings))
                    .mapToPair(p -> new scala.Tuple2<>(p.host(), p))
                    .groupByKey()
                    .flatMap(group -> cleanHost(group._1(), group._2(), minPages).iterator());
        } else {
            JavaRDD<Page> pages = paths.flatMap(file -> pages(file, settings));
            if (args.partitions() > 0) {
                pages = pages.repartition(args.partitions());
            }
            docs = pages.map(p -> p.clean(cleaner(), SiteMemory.Site.NONE));
        }
        docs = docs.map(d -> {
            written.add(1);
            return d;
        });
        if (args.format().equals("jsonl")) {
            docs.map(Doc::json).saveAsTextFile(args.output());
        } else {
            spark.createDataFrame(docs.map(Doc::row), SCHEMA).write().parquet(args.output());
        }
        return written.value();
    }

    private static Cleaner cleaner() {
        return WinnowSpark.Executor.cleaner();
    }

    /**
     * The files of the inputs: a folder's WARC, WET and JSONL files below it, in name order; a file as it
     * is named. Folders on other file systems (hdfs:, s3a:) are listed through Hadoop.
     */
    static List<String> expand(List<String> inputs, org.apache.hadoop.conf.Configuration hadoop) {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            try {
                if (CrawlFiles.remote(input)) {
                    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
                    org.apache.hadoop.fs.FileSystem fs = path.getFileSystem(hadoop);
                    if (fs.exists(path) && fs.getFileStatus(path).isDirectory()) {
                        List<String> found = new ArrayList<>();
                        var listing = fs.listFiles(path, true);
                        while (listing.hasNext()) {
                            org.apache.hadoop.fs.Path p = listing.next().getPath();
                            if (dev.winnow.crawl.CrawlFormat.byName(p.getName()).isPresent()) {
                                found.add(p.toString());
                            }
                        }
                        found.stream().sorted().forEach(files::add);
                        continue;
                    }
                    files.add(input);
                    continue;
                }
                Path path = Path.of(input);
                if (Files.isDirectory(path)) {
                    try (Stream<Path> walk = Files.walk(path)) {
                        walk.filter(Files::isRegularFile)
                                .filter(p -> dev.winnow.crawl.CrawlFormat.byName(p.getFileName().toString()).isPresent())
                                .map(Path::toString).sorted().forEach(files::add);
                    }
                } else {
                    files.add(input);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    /**
     * The records of one crawl file, as pages that can cross the cluster, read one at a time: a task holds
     * one record, not its whole file. The file closes when its last record is read or the task ends.
     */
    static Iterator<Page> pages(String file, CrawlFiles.Settings settings) {
        CrawlFiles.Records records = CrawlFiles.open(file, settings);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> closeQuietly(records));
        }
        return new Iterator<>() {
            private boolean closed;

            @Override
            public boolean hasNext() {
                if (closed) {
                    return false;
                }
                if (records.hasNext()) {
                    return true;
                }
                closed = true;
                closeQuietly(records);
                return false;
            }

            @Override
            public Page next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return Page.of(records.next());
            }
        };
    }

    private static void closeQuietly(CrawlFiles.Records records) {
        try {
            records.close();
        } catch (IOException e) {
            // every record has been read; a failure to close loses nothing
        }
    }

    /** One host's pages: counted, then each cleaned knowing the host's boilerplate lines. */
    static List<Doc> cleanHost(String host, Iterable<Page> pages, int minPages) {
        Cleaner cleaner = cleaner();
        List<Page> all = new ArrayList<>();
        pages.forEach(all::add);
        SiteMemory.Site site = SiteMemory.Site.NONE;
        if (!host.isEmpty()) {
            SiteMemory.Builder builder = SiteMemory.builder(minPages);
            for (Page p : all) {
                if (p.error() == null) {
                    try {
                        builder.add(host, p.content().clean(cleaner));
                    } catch (RuntimeException | StackOverflowError e) {
                        // reported when it is cleaned again
                    }
                }
            }
            site = builder.build().site(host);
        }
        List<Doc> out = new ArrayList<>(all.size());
        for (Page p : all) {
            out.add(p.clean(cleaner, site));
        }
        return out;
    }

    /** A crawl record in a form that crosses the cluster. */
    record Page(String file, String where, String kind, byte[] bytes, String text, String baseUri, String charset,
                String url, String recordId, String date, String fields, String warning, String error) implements Serializable {
        static Page of(CrawlRecord r) {
            String fields;
            try {
                fields = r.fields().isEmpty() ? null : JSON.writeValueAsString(r.fields());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            if (r.content() instanceof Content.Html html) {
                return new Page(r.file(), r.where(), "html", html.bytes(), null, html.baseUri(), html.charset(), r.url(),
                        r.recordId(), r.date(), fields, r.warning(), r.error());
            }
            String text = r.content() instanceof Content.Text t ? t.text() : null;
            return new Page(r.file(), r.where(), "text", null, text, null, null, r.url(), r.recordId(), r.date(), fields,
                    r.warning(), r.error());
        }

        Content content() {
            return kind.equals("html") ? new Content.Html(bytes, baseUri, charset) : new Content.Text(text);
        }

        /** The host for the site memory: the record's address, or its JSONL {@code url} field's; empty when none. */
        String host() {
            if (url != null) {
                return SiteMemory.host(url);
            }
            if (fields != null) {
                try {
                    var node = JSON.readTree(fields).get("url");
                    return node != null && node.isTextual() ? SiteMemory.host(node.asText()) : "";
                } catch (JsonProcessingException e) {
                    return "";
                }
            }
            return "";
        }

        /** The record as a CrawlRecord again, for its output fields. */
        CrawlRecord record() {
            Map<String, com.fasterxml.jackson.databind.JsonNode> map = new LinkedHashMap<>();
            if (fields != null) {
                try {
                    JSON.readTree(fields).fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue()));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return new CrawlRecord(file, where, error == null ? content() : null, url, recordId, date, map, warning, error);
        }

        /** Cleans the page; a failure is the document's error. */
        Doc clean(Cleaner cleaner, SiteMemory.Site site) {
            CrawlRecord record = record();
            if (error != null) {
                return Doc.failed(this, error);
            }
            try {
                Result result = record.content().clean(cleaner, site);
                String json = Format.JSONL.render(file, result, record.outputFields()).stripTrailing();
                return new Doc(this, json, WinnowSpark.columns(result, null));
            } catch (RuntimeException | StackOverflowError e) {
                return Doc.failed(this, "cannot clean: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }
    }

    /** One document of the output: its JSON line and its row's values. */
    record Doc(Page page, String json, Object[] added) implements Serializable {
        static Doc failed(Page page, String error) {
            Map<String, String> failure = new LinkedHashMap<>();
            failure.put("source", page.file());
            failure.put("where", page.where());
            failure.put("error", error);
            try {
                return new Doc(page, JSON.writeValueAsString(failure), WinnowSpark.columns(null, error));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        Row row() {
            Object[] values = new Object[6 + added.length];
            values[0] = page.file();
            values[1] = page.where();
            values[2] = page.url();
            values[3] = page.recordId();
            values[4] = page.date();
            values[5] = page.fields();
            System.arraycopy(added, 0, values, 6, added.length);
            return RowFactory.create(values);
        }
    }
}
