package dev.winnow.internal;

import dev.winnow.Cleaner;
import dev.winnow.Config;
import dev.winnow.Result;
import dev.winnow.classify.LinePass;
import dev.winnow.context.ContextPass;
import dev.winnow.context.AuthorBoxes;
import dev.winnow.context.Duplicates;
import dev.winnow.lexicon.Lexicon;
import dev.winnow.pipeline.Pipeline;
import dev.winnow.read.DumpLines;
import java.util.ArrayList;
import java.util.List;

/**
 * The classifier's hot loop on documents already split into lines and with their language detected:
 * per document, the features and data rules of every line and their repeat keys
 * ({@code LinePass.assessAll}), and the context pass ({@code ContextPass}, then {@code Duplicates}). What
 * {@link Cleaner#clean(String)} does minus splitting, language detection and building the
 * {@link Result} (the cleaner detects the language while it assesses the first lines; here the language
 * is known). For the benchmarks only.
 */
public final class HotLoop {
    private final Config config;
    private final Lexicon lexicon = Lexicon.get();
    private final List<List<String>> documents = new ArrayList<>();
    private final List<Lexicon.Language> languages = new ArrayList<>();
    private final long lines;

    /** Splits the documents into lines and detects their languages, as the cleaner does. */
    public HotLoop(String[] texts, Config config) {
        this.config = config;
        long count = 0;
        for (String text : texts) {
            List<String> split = DumpLines.split(text);
            documents.add(split);
            languages.add(lexicon.detect(lexicon.sample(split, Pipeline.LANGUAGE_SAMPLE_WORDS)));
            count += split.size();
        }
        lines = count;
    }

    /** How many documents. */
    public int size() {
        return documents.size();
    }

    /** How many lines in all. */
    public long lines() {
        return lines;
    }

    /** Runs both passes over the i-th document; returns the decisions (to be consumed). */
    public Object run(int i) {
        List<String> texts = documents.get(i);
        Lexicon.Language language = languages.get(i);
        LinePass.Document document = new LinePass(config, lexicon, language).assessAll(texts);
        ContextPass.Outcome outcome = new ContextPass(config).revise(document.assessments(), document.keys(), null);
        return AuthorBoxes.revise(texts, document.assessments(), Duplicates.revise(texts, outcome.decisions()),
                language.cues());
    }
}
