package dev.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Metadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a page declares beyond its head's usual tags: a declared author that is an address or a number
 * is not taken (the next declaration is); without a declared date, the date the page marks up where it
 * shows it.
 */
class DeclaredMetadataTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~ ", value = {
        "<meta property='article:author' content='https://www.facebook.com/janeroe'><meta name='author' content='Jane Roe'> ~ Jane Roe",
        "<script type='application/ld+json'>{\"author\":{\"name\":\"262588213843476\"}}</script><meta name='author' content='Jane Roe'> ~ Jane Roe",
        "<script type='application/ld+json'>{\"author\":\"www.example.com/u/jane\"}</script><meta name='author' content='Jane Roe'> ~ Jane Roe",
        "<meta name='author' content='Jane Roe'> ~ Jane Roe",
        "<meta name='author' content='Agent 007'> ~ Agent 007",
    })
    void anAddressOrANumberIsNotAnAuthor(String head, String expected) {
        assertThat(metadata(head, "<p>Text.</p>").author()).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {"https://www.facebook.com/janeroe ~ false", "www.x.com ~ false",
        "12345 ~ false", "Jane Roe ~ true", "Agent 007 ~ true", "Maria &amp; Katerina ~ true"})
    void mayBeName(String author, boolean name) {
        assertThat(MetadataReader.mayBeName(author)).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~ ", value = {
        "<p>By Jane <time datetime='2019-04-10T10:00'>April 10</time></p> ~ 2019-04-10T10:00",
        "<p><span itemprop='datePublished' content='2020-12-23'>Dec 23</span><time datetime='2021-01-01'>x</time></p> ~ 2020-12-23",
        "<meta itemprop='datePublished' content='2020-12-23T11:48:54-0800'><p>Text.</p> ~ 2020-12-23T11:48:54-0800",
    })
    void withoutADeclaredDateTheMarkedUpOne(String body, String expected) {
        assertThat(metadata("", body).published()).contains(expected);
    }

    @Test
    void aDeclaredDateComesFirst() {
        assertThat(metadata("<meta property='article:published_time' content='2018-01-02'>",
                "<time datetime='2019-04-10'>x</time>").published()).contains("2018-01-02");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~ ", value = {
        "<meta name='parsely-pub-date' content='2020-02-10T16:48:12Z'> ~ 2020-02-10T16:48:12Z",
        "<meta property='og:article:published_time' content='2026-01-14'> ~ 2026-01-14",
        "<meta name='citation_publication_date' content='2023 Jan 7'> ~ 2023 Jan 7",
        "<meta name='published-date' content='2021-02-16'><meta name='modified-date' content='2024-07-30'> ~ 2021-02-16",
        "<meta name='date' content='2018-01-02'><meta name='parsely-pub-date' content='2020-02-10'> ~ 2018-01-02",
    })
    void otherNamesOfThePublicationDateAfterTheUsualOnes(String head, String expected) {
        assertThat(metadata(head, "<time datetime='2019-04-10'>x</time>").published()).contains(expected);
    }

    @Test
    void aModificationDateIsNotThePublicationDate() {
        assertThat(metadata("<meta property='article:modified_time' content='2024-07-30'><meta name='DC.date' content='2024-07-30'>",
                "<p>Text.</p>").published()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~ ", value = {
        "{\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Roe\",\"affiliation\":{\"name\":\"Acme University\"}},{\"name\":\"John Doe\"}]} ~ Jane Roe, John Doe",
        "{\"author\":[\"Jane Roe\",\"John Doe\"]} ~ Jane Roe, John Doe",
        "{\"author\":[{\"name\":\"By Jane Roe\"},{\"name\":\"The Acme Garden Network on Facebook\"}]} ~ Jane Roe",
        "{\"author\":{\"name\":\"Jane Roe\"}},{\"author\":[{\"name\":\"Ann Lee\"},{\"name\":\"Bo Li\"}]} ~ Jane Roe",
    })
    void everyAuthorOfTheFirstListedOnes(String json, String expected) {
        assertThat(metadata("<script type='application/ld+json'>" + json + "</script>", "<p>Text.</p>").author())
                .contains(expected);
    }

    @Test
    void aScholarlyPageNamesEachAuthorInAMeta() {
        assertThat(metadata("<meta name='citation_author' content='Jane Roe'><meta name='citation_author' content='John Doe'>",
                "<p>Text.</p>").author()).contains("Jane Roe, John Doe");
    }

    @Test
    void aTemplatesUnfilledFieldIsNotAnAuthor() {
        assertThat(MetadataReader.mayBeName("page.head.extra.author")).isFalse();
        assertThat(MetadataReader.mayBeName("jane.r.roe")).isTrue();
    }

    /** What the page of this head and body declares. */
    private static Metadata metadata(String head, String body) {
        return HtmlSegmenter.segment(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"))
                .metadata();
    }
}
