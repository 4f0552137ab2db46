package dev.winnow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Metadata;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The metadata measure: title by word F1, author by word-set Jaccard, date by the day. */
class MetadataEvalTest {
    @Test
    void eachFieldHasItsOwnTest() {
        assertThat(MetadataEval.matches(MetadataEval.Field.TITLE, "Bridge stays open", "Bridge Stays Open")).isTrue();
        assertThat(MetadataEval.matches(MetadataEval.Field.TITLE, "Bridge stays open | Daily Times", "Bridge stays open")).isFalse();
        assertThat(MetadataEval.matches(MetadataEval.Field.AUTHOR, "Jane Roe", "Jane Roe, MD")).isTrue();
        assertThat(MetadataEval.matches(MetadataEval.Field.AUTHOR, "Jane", "Jane Roe, MD")).isFalse();
        assertThat(MetadataEval.matches(MetadataEval.Field.DATE, "2019-11-19T10:31:00Z", "2019-11-19")).isTrue();
        assertThat(MetadataEval.matches(MetadataEval.Field.DATE, "2019-11-18", "2019-11-19")).isFalse();
        assertThat(MetadataEval.matches(MetadataEval.Field.DATE, "Nov 19", "2019-11-19")).isFalse();
    }

    @Test
    void fieldsAreScoredOverThePagesWhoseTruthGivesThem() {
        MetadataEval eval = new MetadataEval();
        Metadata found = new Metadata(Optional.of("Bridge stays open"), Optional.of("Jane Roe"), Optional.empty(), Optional.empty());
        eval.add("1", found, new MetadataEval.Truth(Optional.of("Bridge stays open"), Optional.empty(), Optional.of("2019-11-19")));
        eval.add("2", found, new MetadataEval.Truth(Optional.of("Harbour closes"), Optional.of("Jane Roe"), Optional.empty()));
        assertThat(eval.accuracy(MetadataEval.Field.TITLE)).isEqualTo(0.5);
        assertThat(eval.accuracy(MetadataEval.Field.AUTHOR)).isEqualTo(1.0);
        assertThat(eval.accuracy(MetadataEval.Field.DATE)).isEqualTo(0.0);
        assertThat(eval.report()).contains("author       1.000         1 of 1                       1 of 1");
        assertThat(eval.misses()).contains("2 title  found 'Bridge stays open', truth 'Harbour closes'", "1 date   found nothing");
    }
}
