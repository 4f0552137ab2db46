import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentence embedding of each line (all-MiniLM-L6-v2, quantised, run in process with ONNX Runtime):
 * reads {@code key<TAB>text} lines on standard input, writes {@code key<TAB>384 numbers}. A text with no
 * visible character is embedded as "-" (the model refuses an empty text).
 */
public final class Embed {
    private static final int BATCH = 64;

    public static void main(String[] args) throws Exception {
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        List<String> keys = new ArrayList<>();
        List<TextSegment> texts = new ArrayList<>();
        long start = System.nanoTime();
        int count = 0;
        for (String line; (line = in.readLine()) != null; ) {
            int tab = line.indexOf('\t');
            String text = line.substring(tab + 1);
            keys.add(line.substring(0, tab));
            texts.add(TextSegment.from(text.replaceAll("[\\p{Z}\\p{C}]", "").isEmpty() ? "-" : text));
            if (texts.size() == BATCH) {
                count += write(model, keys, texts, out);
            }
        }
        count += write(model, keys, texts, out);
        out.flush();
        System.err.printf(Locale.ROOT, "%d lines in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    private static int write(AllMiniLmL6V2QuantizedEmbeddingModel model, List<String> keys, List<TextSegment> texts,
                             PrintWriter out) {
        if (texts.isEmpty()) {
            return 0;
        }
        var vectors = model.embedAll(texts).content();
        for (int i = 0; i < vectors.size(); i++) {
            StringBuilder row = new StringBuilder(keys.get(i)).append('\t');
            for (float v : vectors.get(i).vector()) {
                row.append(String.format(Locale.ROOT, "%.4f ", v));
            }
            out.println(row.toString().trim());
        }
        int n = texts.size();
        keys.clear();
        texts.clear();
        return n;
    }
}
