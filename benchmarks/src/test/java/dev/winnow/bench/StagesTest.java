package dev.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Config;
import dev.winnow.Line;
import dev.winnow.Result;
import dev.winnow.internal.Stages;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stages that {@code StageBenchmark} times one by one do, chained, what the cleaner does: the same
 * results for every dump of the corpus and the same labels for every page.
 */
class StagesTest {
    private static Corpus dumps;
    private static HtmlCorpus pages;
    private static Stages stages;

    @BeforeAll
    static void setUp() {
        dumps = Corpus.get(Corpus.ALL);
        pages = HtmlCorpus.get();
        String[] html = new String[pages.size()];
        String[] urls = new String[pages.size()];
        for (int p = 0; p < html.length; p++) {
            html[p] = pages.page(p);
            urls[p] = pages.url(p);
        }
        String[] documents = new String[dumps.size()];
        for (int i = 0; i < documents.length; i++) {
            documents[i] = dumps.document(i);
        }
        stages = new Stages(documents, html, urls, Config.defaults());
    }

    @Test
    void theDumpStagesGiveTheCleanersResults() {
        Cleaner cleaner = new Cleaner();
        assertThat(stages.dumps()).isEqualTo(dumps.size()).isPositive();
        assertThat(stages.dumpLines()).isEqualTo(dumps.lines());
        for (int i = 0; i < stages.dumps(); i++) {
            String dump = dumps.document(i);
            Result result = cleaner.clean(dump);
            assertThat(Stages.describe(stages.split(i))).isEqualTo(result.lines().stream().map(Line::text).toList());
            assertThat(stages.assemble(i)).as(dumps.names().get(i)).isEqualTo(result);
            List<String> model = Stages.describe(stages.model(i));
            List<Line> lines = result.lines();
            for (int k = 0; k < lines.size(); k++) {
                Line l = lines.get(k);
                if (!Stages.revisedInAssembly(l)) { // what assembling revises: the author's bio
                    assertThat(model.get(k)).as(dumps.names().get(i) + ":" + (k + 1))
                            .isEqualTo(Stages.describe(l.label(), l.confidence(), l.rule(), l.reason()));
                }
            }
            assertThat(stages.features(i)).isPositive();
        }
    }

    @Test
    void theHtmlStagesGiveTheCleanersLabels() {
        Cleaner cleaner = new Cleaner();
        int compared = 0;
        for (int p = 0; p < stages.pages(); p++) {
            Result result = cleaner.clean(pages.page(p), pages.url(p));
            Object decided = stages.htmlLines(p);
            List<String> decisions = Stages.describe(decided);
            List<String> segmented = Stages.describe(stages.parseAndSegment(p));
            assertThat(Stages.describe(stages.segment(p))).isEqualTo(segmented);
            if (result.text().length() < cleaner.config().minArticleChars()) {
                continue; // the cleaner read the page again with its hidden elements
            }
            compared++;
            assertThat(result.lines()).extracting(Line::text).isEqualTo(segmented);
            assertThat(stages.htmlAssemble(p, decided)).as(pages.names().get(p)).isEqualTo(result);
            // the decisions are the result's labels, but for what assembling revises: the author's bio
            List<String> labels = result.lines().stream().map(l -> Stages.revisedInAssembly(l) ? "?" : l.label().toString()).toList();
            List<String> ruled = decisions.stream().map(d -> d.split("\t")[0]).toList();
            for (int i = 0; i < labels.size(); i++) {
                if (!labels.get(i).equals("?")) {
                    assertThat(labels.get(i)).as(pages.names().get(p) + ":" + (i + 1)).isEqualTo(ruled.get(i));
                }
            }
        }
        assertThat(compared).isGreaterThan(stages.pages() / 2);
    }
}
