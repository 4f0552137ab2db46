package dev.winnow.pipeline;

import dev.winnow.Config;
import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Metadata;
import dev.winnow.Result;
import dev.winnow.classify.Assessment;
import dev.winnow.classify.LinePass;
import dev.winnow.classify.RepeatKeys;
import dev.winnow.context.AuthorBios;
import dev.winnow.context.AuthorBoxes;
import dev.winnow.context.CommentThreads;
import dev.winnow.context.ContextPass;
import dev.winnow.context.ContextPass.Decision;
import dev.winnow.context.CreditShapes;
import dev.winnow.context.Duplicates;
import dev.winnow.context.Headline;
import dev.winnow.context.MarkupEvidence;
import dev.winnow.context.TableOfContents;
import dev.winnow.lexicon.CreditReader;
import dev.winnow.lexicon.Lexicon;
import dev.winnow.model.LineModel;
import dev.winnow.model.ModelFeatures;
import dev.winnow.read.Structure;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages in the order data flows, written down once: the lines of a dump or a page (read by
 * {@code dev.winnow.read}) go through the first pass ({@link LinePass}, the language detected on the way),
 * the credit shapes, the markup's evidence on an HTML page, the context pass, the duplicate check, the
 * tables of contents and the author boxes, the
 * line model, a site's boilerplate on a dump, and the assembly ({@link Assembler}). Stateless.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /** How many words of a document are read to detect its language. */
    public static final int LANGUAGE_SAMPLE_WORDS = 2_000;

    /** A last revision of a dump's decisions, knowing its site's boilerplate lines; {@link #NONE} keeps them. */
    @FunctionalInterface
    public interface SiteRevision {
        SiteRevision NONE = (texts, assessments, decisions) -> decisions;

        List<Decision> revise(List<String> texts, List<Assessment> assessments, List<Decision> decisions);
    }

    /** Every line's decision, the index of the title line (or -1), and the document's language. */
    public record Decided(List<Decision> decisions, int title, Lexicon.Language language, boolean[] ruledCredit) {
    }

    /**
     * The decision on every line: the first pass (the language detected on the way), the markup's
     * evidence when {@code structures} is not null (an HTML page), the context pass and the duplicate
     * check; with the index of the title line.
     *
     * @throws CancellationException if the thread is interrupted (checked once per line of pass 1)
     */
    public static Decided decide(Config config, Lexicon lexicon, List<String> texts, List<Structure> structures) {
        return decide(config, lexicon, texts, structures, SiteRevision.NONE);
    }

    /**
     * {@link #decide(Config, Lexicon, List, List)} with a revision by the site's boilerplate lines
     * ({@code dev.winnow.SiteMemory}), made on a text dump only (an HTML page's markup names its chrome already).
     */
    public static Decided decide(Config config, Lexicon lexicon, List<String> texts, List<Structure> structures,
                          SiteRevision site) {
        ModelFeatures.Input input = ruled(config, lexicon, texts, structures);
        LineModel model = config.lineModel() ? LineModel.get() : null;
        List<Decision> decisions = model == null ? input.decisions() : model.revise(input, input.decisions(), config.rules() != null);
        if (structures == null) {
            decisions = site.revise(texts, input.assessments(), decisions);
        }
        int title = input.title();
        if (title >= 0 && decisions.get(title).label() != Label.BODY) {
            title = -1;
        }
        if (structures == null) {
            Headline.Revised headline = Headline.revise(texts, input.assessments(), decisions, title, input.language());
            decisions = headline.decisions();
            title = headline.title();
        }
        return new Decided(decisions, title, input.language(), credits(input.decisions()));
    }

    /*
     * The loops of the two methods above and below stand in methods of their own: a method that runs once per
     * document and calls every step is compiled with the steps inlined into it, and a loop of its own, whose
     * checks the compiler hoists on the profile of the documents seen so far, makes it compiled again, whole,
     * when a document breaks that profile.
     */

    /** Per line, whether the rules decided it a credit. */
    private static boolean[] credits(List<Decision> decisions) {
        boolean[] credit = new boolean[decisions.size()];
        for (int i = 0; i < credit.length; i++) {
            credit[i] = decisions.get(i).label() == Label.CREDIT;
        }
        return credit;
    }

    /** Per line, whether its text repeats in the document. */
    private static boolean[] repeated(RepeatKeys keys, int lines) {
        boolean[] repeated = new boolean[lines];
        for (int i = 0; i < lines; i++) {
            repeated[i] = keys.repeated(i);
        }
        return repeated;
    }

    /**
     * What the rules decide (the first pass, the markup's evidence, the context pass, the duplicate check,
     * the tables of contents, the author boxes),
     * with everything the line model reads.
     */
    public static ModelFeatures.Input ruled(Config config, Lexicon lexicon, List<String> texts, List<Structure> structures) {
        LinePass.Document document = LinePass.assessDocument(config, lexicon, texts, LANGUAGE_SAMPLE_WORDS);
        List<Assessment> assessments = CreditShapes.assess(document.assessments(), texts, document.language());
        MarkupEvidence markup = null;
        if (structures != null) {
            markup = MarkupEvidence.of(assessments, structures);
            assessments = markup.assess(assessments);
        }
        ContextPass.Outcome outcome = new ContextPass(config).revise(assessments, document.keys(), markup,
                CommentThreads.clues(texts, document.language(), lexicon.english));
        boolean[] repeated = repeated(document.keys(), texts.size());
        List<Decision> decisions = TableOfContents.revise(texts, assessments, document.keys(),
                Duplicates.revise(texts, outcome.decisions()), document.language().cues());
        decisions = AuthorBoxes.revise(texts, assessments, decisions, document.language().cues());
        return new ModelFeatures.Input(texts, assessments, decisions, outcome.title(),
                outcome.from(), outcome.to(), repeated, structures, markup, document.language());
    }

    /**
     * The result of lines with their decisions: a {@link Line} each, the title, the article text, and the
     * metadata: what the page declares ({@code declared}), completed from the lines ({@link CreditReader});
     * the author known, a bio of the author among the lines is made a credit ({@link AuthorBios}).
     */
    public static Result assemble(List<String> texts, Decided decided, boolean titleInText, Metadata declared) {
        List<Line> lines = new ArrayList<>(texts.size());
        List<Decision> decisions = decided.decisions();
        for (int i = 0; i < texts.size(); i++) {
            Decision d = decisions.get(i);
            lines.add(new Line(i + 1, texts.get(i), d.label(), d.confidence(), d.rule(), d.reason()));
        }
        Metadata metadata = CreditReader.read(lines, decided.title(), decided.language(), declared, decided.ruledCredit());
        lines = AuthorBios.revise(lines, decided.title(), metadata.author(), declared.author().isPresent(),
                decided.language().cues());
        return Assembler.assemble(lines, decided.title(), titleInText, metadata);
    }
}
