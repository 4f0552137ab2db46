package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.classify.Assessment;
import dev.winnow.classify.LinePass;
import dev.winnow.classify.RepeatKeys;
import dev.winnow.context.ContextPass;
import dev.winnow.data.DataFiles;
import dev.winnow.lexicon.Lexicon;
import dev.winnow.pipeline.Pipeline;
import dev.winnow.read.DumpLines;
import dev.winnow.text.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast cleaner must give exactly the outputs of {@link ReferenceCleaner}, the frozen copy of the
 * code before the speed work: the same labels, rules, reasons, features, title and text. Checked on
 * every golden input and the benchmark corpus (read from the sibling modules when present), on every
 * language's rules, and on generated lines full of the characters that make lowercasing, case folding
 * and line ends tricky.
 */
public class EquivalenceTest {
    /** Lines generated per language for the line-level comparison. */
    public static final int GENERATED_LINES = 12_000;
    /** Documents generated to compare language detection and whole results. */
    static final int GENERATED_DOCUMENTS = 300;
    /**
     * Every this many lines of the documents join the generated ones in the line-level comparison
     * (every line is compared in context by the document-level tests).
     */
    static final int SEED_LINE_STEP = 5;
    /** Languages without rules of their own differ from English only in their stoplist: every 7th line is enough. */
    static final int OTHER_LANGUAGE_STEP = 7;

    private static final Path GOLDEN = Path.of("..", "golden", "cases");
    private static final Path CORPUS = Path.of("..", "benchmarks", "src", "main", "resources", "corpus");

    /** Characters whose lowercase or case folding is unusual, line ends inside a line, invisible and wide ones. */
    public static final String ODD = "İıΣσςſµKÅßǅﬁ\u0307\u0301\u0085\u2028\u2029\u00A0\u2007\u202F\u200B\u2060\uFEFF"
            + "\t\u000B"
            + "\u001C\0’”“…•|»›·–—©®٣\uD835\uDC00\uD83D\uDE00\uD800";

    private static List<String> documents;

    public static synchronized List<String> documents() throws IOException {
        if (documents == null) {
            documents = List.copyOf(readDocuments());
        }
        return documents;
    }

    private static List<String> readDocuments() throws IOException {
        List<String> documents = new ArrayList<>();
        for (Path root : List.of(GOLDEN, CORPUS)) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
                for (Path file : texts) {
                    String name = file.getFileName().toString();
                    if (name.equals("input.txt") || (root == CORPUS && !name.equals("index.txt")
                            && !name.equals("README.md"))) {
                        documents.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return documents;
    }

    @Test
    void everyDocumentGivesTheReferenceResult() throws IOException {
        List<String> documents = documents();
        for (Config config : List.of(Config.defaults(),
                Config.builder().maxLineChars(60).shortMaxChars(30).longMinChars(90).build())) {
            Cleaner cleaner = new Cleaner(config);
            ReferenceCleaner reference = new ReferenceCleaner(config);
            for (String document : documents) {
                Result expected = reference.clean(document);
                Result actual = cleaner.clean(document);
                if (!actual.equals(expected)) {
                    assertThat(actual.lines()).isEqualTo(expected.lines());
                    assertThat(actual).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void everyLineGetsTheReferenceAssessmentInEveryLanguage() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String document : documents()) {
            seeds.addAll(DumpLines.split(document));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i += SEED_LINE_STEP) {
            lines.add(seeds.get(i));
        }
        lines.addAll(generatedLines(new Random(42), seeds, GENERATED_LINES));
        Lexicon lexicon = Lexicon.get();
        for (Lexicon.Language language : lexicon.languages().values()) {
            int step = language == lexicon.english ? 1 : language.sections().isEmpty() ? OTHER_LANGUAGE_STEP : 2;
            LinePass fast = new LinePass(Config.defaults(), lexicon, language);
            ReferenceCleaner.Pass reference = new ReferenceCleaner.Pass(Config.defaults(), lexicon, language, true);
            for (int i = 0; i < lines.size(); i += step) {
                String line = lines.get(i);
                Assessment expected = reference.assess(line, language);
                Assessment actual = fast.assess(line, language);
                if (!actual.equals(expected)) {
                    assertThat(actual).as(language.code() + ": " + line).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void generatedDocumentsGiveTheReferenceResult() throws IOException {
        Random random = new Random(7);
        List<String> words = new ArrayList<>();
        Lexicon.get().languages().values().forEach(l -> words.addAll(l.stopwords()));
        words.sort(null);
        List<String> seeds = new ArrayList<>();
        for (String document : documents()) {
            seeds.addAll(DumpLines.split(document));
        }
        Cleaner cleaner = new Cleaner();
        ReferenceCleaner reference = new ReferenceCleaner(Config.defaults());
        for (int d = 0; d < GENERATED_DOCUMENTS; d++) {
            StringBuilder document = new StringBuilder();
            int lines = 1 + random.nextInt(60);
            for (int l = 0; l < lines; l++) {
                if (random.nextInt(3) == 0) {
                    for (int w = random.nextInt(40); w > 0; w--) {
                        String word = words.get(random.nextInt(words.size()));
                        document.append(random.nextInt(6) == 0 ? word.toUpperCase(Locale.ROOT) : word)
                                .append(random.nextInt(10) == 0 ? ODD.charAt(random.nextInt(ODD.length())) : ' ');
                    }
                } else {
                    document.append(generatedLines(random, seeds, 1).get(0));
                }
                document.append(List.of("\n", "\r\n", "\r", "\n\n").get(random.nextInt(4)));
            }
            String text = document.toString();
            assertThat(cleaner.clean(text)).as(text).isEqualTo(reference.clean(text));
        }
    }

    @Test
    void keysAndNormalFormsAreTheReferenceOnes() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String document : documents()) {
            lines.addAll(DumpLines.split(document));
        }
        lines.addAll(generatedLines(new Random(3), lines, GENERATED_LINES));
        assertThat(ContextPass.keys(lines)).isEqualTo(ReferenceCleaner.keys(lines));
        for (String line : lines) {
            assertThat(Text.normalize(line)).as(line).isEqualTo(ReferenceCleaner.normalize(line));
            assertThat(Text.isBlank(line)).as(line).isEqualTo(ReferenceCleaner.isBlank(line));
        }
    }

    @Test
    void languagesAreDetectedAsBefore() throws IOException {
        Lexicon lexicon = Lexicon.get();
        ReferenceCleaner reference = new ReferenceCleaner(Config.defaults());
        List<List<String>> documents = new ArrayList<>();
        for (String document : documents()) {
            documents.add(DumpLines.split(document));
        }
        Random random = new Random(13);
        List<List<String>> stoplists = new ArrayList<>();
        for (Lexicon.Language language : lexicon.languages().values()) {
            List<String> stoplist = new ArrayList<>(language.stopwords());
            stoplist.sort(null);
            stoplists.add(stoplist);
        }
        for (int d = 0; d < GENERATED_DOCUMENTS; d++) {
            List<String> lines = new ArrayList<>();
            int words = random.nextInt(3_000);
            int switchAt = random.nextInt(1_500);
            List<String> first = stoplists.get(random.nextInt(stoplists.size()));
            List<String> then = stoplists.get(random.nextInt(stoplists.size()));
            StringBuilder line = new StringBuilder();
            for (int w = 0; w < words; w++) {
                List<String> stoplist = random.nextInt(4) == 0 ? stoplists.get(random.nextInt(stoplists.size()))
                        : w < switchAt ? first : then;
                line.append(random.nextInt(4) == 0 ? "word" : stoplist.get(random.nextInt(stoplist.size()))).append(' ');
                if (random.nextInt(12) == 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
            }
            lines.add(line.toString());
            documents.add(lines);
        }
        for (List<String> lines : documents) {
            String expected = reference.detect(ReferenceCleaner.sampleWords(lines)).code();
            assertThat(lexicon.detect(lexicon.sample(lines, Pipeline.LANGUAGE_SAMPLE_WORDS)).code())
                    .isEqualTo(expected);
            assertThat(LinePass.assessDocument(Config.defaults(), lexicon, lines, Pipeline.LANGUAGE_SAMPLE_WORDS)
                    .language().code()).isEqualTo(expected);
        }
    }

    /**
     * Assessing a document while its language is detected gives the language {@link Lexicon#sample} and
     * {@link Lexicon#detect} find and the assessments of a {@link LinePass} in that language, line by line:
     * for samples of any size (the language decided on the first line, in the middle of a line, never) and
     * lines longer than {@link Config#maxLineChars()}.
     */
    @Test
    void documentsAreAssessedAsLineByLine() throws IOException {
        Lexicon lexicon = Lexicon.get();
        List<List<String>> documents = new ArrayList<>();
        for (String document : documents()) {
            documents.add(DumpLines.split(document));
        }
        Random random = new Random(17);
        List<String> seeds = new ArrayList<>();
        for (List<String> document : documents) {
            seeds.addAll(document);
        }
        for (int d = 0; d < 40; d++) {
            documents.add(generatedLines(random, seeds, 1 + random.nextInt(200)));
        }
        for (Config config : List.of(Config.defaults(), Config.builder().maxLineChars(60).build())) {
            for (int sampleWords : new int[] {0, 1, 7, 64, 65, 500, Pipeline.LANGUAGE_SAMPLE_WORDS, 1_000_000}) {
                for (List<String> lines : documents) {
                    Lexicon.Sample sample = lexicon.sample(lines, sampleWords);
                    Lexicon.Language language = lexicon.detect(sample);
                    LinePass pass = new LinePass(config, lexicon, language, lexicon.fits(sample));
                    List<Assessment> expected = new ArrayList<>();
                    for (String line : lines) {
                        expected.add(pass.assess(line, language));
                    }
                    LinePass.Document actual = LinePass.assessDocument(config, lexicon, lines, sampleWords);
                    assertThat(actual.language().code()).isEqualTo(language.code());
                    assertThat(actual.assessments()).isEqualTo(expected);
                    LinePass.Document known = new LinePass(config, lexicon, language, lexicon.fits(sample)).assessAll(lines);
                    assertThat(known.assessments()).isEqualTo(expected);
                    List<String> keys = ContextPass.keys(lines);
                    RepeatKeys reference = RepeatKeys.of(lines);
                    for (RepeatKeys repeat : List.of(actual.keys(), known.keys())) {
                        for (int i = 0; i < lines.size(); i++) {
                            int id = repeat.id(i);
                            assertThat(id == RepeatKeys.NONE ? null : repeat.key(id)).isEqualTo(keys.get(i));
                            assertThat(repeat.count(i)).isEqualTo(reference.count(i));
                        }
                    }
                }
            }
        }
    }

    @Test
    void linesAreSplitAsBefore() throws IOException {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>(documents());
        for (int t = 0; t < GENERATED_DOCUMENTS; t++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(30); c > 0; c--) {
                text.append("ab\r\n\u0085\u2028 ".charAt(random.nextInt(7)));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(DumpLines.split(text)).isEqualTo(ReferenceCleaner.splitLines(text));
        }
    }

    @Test
    void characterClassesAreTheReferenceOnes() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(Text.isInvisible(c)).as("U+%04X", i).isEqualTo(ReferenceCleaner.isInvisible(c));
            assertThat(Text.isWordChar(c)).as("U+%04X", i).isEqualTo(ReferenceCleaner.isWordChar(c));
            int flags = Text.flags(c);
            assertThat((flags & Text.LETTER) != 0).as("U+%04X", i).isEqualTo(Character.isLetter(c));
            assertThat((flags & Text.UPPER) != 0).as("U+%04X", i).isEqualTo(Character.isUpperCase(c));
            assertThat((flags & Text.DIGIT) != 0).as("U+%04X", i).isEqualTo(Character.isDigit(c));
            assertThat((flags & Text.WHITESPACE) != 0).as("U+%04X", i).isEqualTo(Character.isWhitespace(c));
            assertThat(Text.isLetterOrDigit(c)).as("U+%04X", i).isEqualTo(Character.isLetterOrDigit(c));
            if ((Text.flags(c) & Text.SPECIAL) == 0) {
                String alone = String.valueOf(c);
                assertThat(String.valueOf(Text.lower(c))).as("U+%04X", i).isEqualTo(alone.toLowerCase(Locale.ROOT));
                assertThat(("Σ" + c + "y").toLowerCase(Locale.ROOT)).as("U+%04X", i)
                        .isEqualTo("σ" + Text.lower(c) + "y");
            }
        }
    }

    /**
     * {@link Text#SPECIAL} by its definition, asked of {@link Character} with every case mapping: the
     * tables skip the mappings that cannot differ, and must mark exactly the same characters.
     */
    @Test
    void specialCharactersAreThoseOfTheDefinition() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int lower = Character.toLowerCase(i);
            int folded = Character.toLowerCase(Character.toUpperCase(i));
            boolean special = Character.isSurrogate(c) || c == '\u0130' || c == '\u03A3'
                    || lower > Character.MAX_VALUE || lower != folded
                    || Character.toLowerCase(Character.toUpperCase(folded)) != folded;
            assertThat((Text.flags(c) & Text.SPECIAL) != 0).as("U+%04X", i).isEqualTo(special);
            assertThat(Text.lower(c)).as("U+%04X", i).isEqualTo(special ? c : (char) lower);
        }
    }

    /**
     * The text with some letters replaced by characters that case-insensitive matching takes for them
     * but lowercasing does not give: long s, Kelvin sign, dotless i, dotted capital I, micro sign.
     */
    static String foldingVariants(Random random, String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String variants = switch (c) {
                case 's', 'S' -> "ſ";
                case 'k', 'K' -> "\u212A";
                case 'i', 'I' -> "ıİ";
                case 'μ', 'Μ' -> "µ";
                default -> "";
            };
            boolean keep = variants.isEmpty() || random.nextInt(3) != 0;
            out.append(keep ? c : variants.charAt(random.nextInt(variants.length())));
        }
        return out.toString();
    }

    /**
     * Lines made from the seeds and from every data item (phrases, legal terms, headings, whole lines,
     * agencies), with random case, odd characters, bullets, dates, counters and credits mixed in.
     */
    public static List<String> generatedLines(Random random, List<String> seeds, int count) {
        List<String> pieces = new ArrayList<>();
        Lexicon lexicon = Lexicon.get();
        for (Lexicon.Language language : lexicon.languages().values()) {
            language.phrases().values().forEach(pieces::addAll);
            language.lines().values().forEach(pieces::addAll);
            pieces.addAll(language.sections().keySet());
            pieces.addAll(language.legal());
        }
        pieces.addAll(DataFiles.items("common/agencies.txt"));
        pieces.addAll(List.of("By", "by", "By Jane Smith", "ByJane Doe", "Photo:", "Photo by", "(Photo: AP)", "(c) ",
                "© 2024", "Copyright", "4 min read", "12:30 pm EST", "Jan 5, 2024", "5th of March 2021", "2024-03-05",
                "3.5.24", "3 comments", "1,234 views", "2 hours ago", "Updated 3 days ago", "http://x.example/a",
                "https://example.com", "www.example.com", "a@b.c", "Reading time: 5 minutes", "Source: Reuters",
                "via AFP", "Fig. 3: ", "Figure 2 - ", "About Jane Smith", "All rights reserved",
                "tous droits réservés", "Alexei Filippov / AP", "Getty Images", " / ", "...", "…", "!", "?", ".",
                "\"", ")", "»", "12", "١٢٣",
                "+44 20 7946 0958", "50%", "Published on", "posted by", "Sponsored", "Advertisement", "{ x = y; }"));
        List<String> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder line = new StringBuilder();
            int parts = 1 + random.nextInt(4);
            for (int p = 0; p < parts; p++) {
                String piece = random.nextInt(3) == 0 && !seeds.isEmpty()
                        ? seeds.get(random.nextInt(seeds.size())) : pieces.get(random.nextInt(pieces.size()));
                if (piece.length() > 200 && random.nextBoolean()) {
                    int from = random.nextInt(piece.length() - 100);
                    piece = piece.substring(from, from + 1 + random.nextInt(piece.length() - from - 1));
                }
                switch (random.nextInt(6)) {
                    case 0 -> piece = piece.toUpperCase(Locale.ROOT);
                    case 1 -> piece = piece.isEmpty() ? piece
                            : Character.toUpperCase(piece.charAt(0)) + piece.substring(1);
                    default -> { }
                }
                if (random.nextInt(5) == 0) {
                    piece = foldingVariants(random, piece);
                }
                if (random.nextInt(4) == 0 && !piece.isEmpty()) {
                    int at = random.nextInt(piece.length() + 1);
                    piece = piece.substring(0, at) + ODD.charAt(random.nextInt(ODD.length())) + piece.substring(at);
                }
                line.append(List.of(" ", "", " | ", ": ", "• ", "  ", "\u00A0", ". ").get(random.nextInt(8)))
                        .append(piece);
            }
            if (random.nextInt(5) == 0) {
                List<String> ends = List.of(".", "!", "...", " ", "\t", "\u0085", "”", " AP", "/ Reuters");
                line.append(ends.get(random.nextInt(ends.size())));
            }
            out.add(line.toString().replace('\n', ' ').replace('\r', ' '));
        }
        return out;
    }
}
