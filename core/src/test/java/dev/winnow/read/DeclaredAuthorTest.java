package dev.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Metadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A declared author that is an address or a number is not taken: the next declaration is. */
class DeclaredAuthorTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~ ", value = {
        "<meta property='article:author' content='https://www.facebook.com/janeroe'><meta name='author' content='Jane Roe'> ~ Jane Roe",
        "<script type='application/ld+json'>{\"author\":{\"name\":\"262588213843476\"}}</script><meta name='author' content='Jane Roe'> ~ Jane Roe",
        "<script type='application/ld+json'>{\"author\":\"www.example.com/u/jane\"}</script><meta name='author' content='Jane Roe'> ~ Jane Roe",
        "<meta name='author' content='Jane Roe'> ~ Jane Roe",
        "<meta name='author' content='Agent 007'> ~ Agent 007",
    })
    void anAddressOrANumberIsNotAnAuthor(String head, String expected) {
        Metadata metadata = HtmlSegmenter.segment(Jsoup.parse("<html><head>" + head + "</head><body><p>Text.</p></body></html>"))
                .metadata();
        assertThat(metadata.author()).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {"https://www.facebook.com/janeroe ~ false", "www.x.com ~ false",
        "12345 ~ false", "Jane Roe ~ true", "Agent 007 ~ true", "Maria &amp; Katerina ~ true"})
    void mayBeName(String author, boolean name) {
        assertThat(MetadataReader.mayBeName(author)).isEqualTo(name);
    }
}
