package dev.winnow.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The name in a byline's text: where it ends, what is dropped, what is not a name. */
class BylineNamesTest {
    private static final Lexicon.Language EN = Lexicon.get().language("en");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Jane Roe at March 9, 2019 11:15 AM|Jane Roe",
        "Jane Roe am 9. April 2019 um 09:29|Jane Roe",
        "Jane Roe - Nov 19, 2019, 10:31 pm CST|Jane Roe",
        "Jane Roe ⋅ Review Editor  ⋅  Updated May 6, 2025|Jane Roe",
        "Jane Roe, DVM. Reviewed by John Doe, DVM|Jane Roe",
        "Jane Roe, MS, RDN, LD|Jane Roe",
        "Jane Roe, MD*|Jane Roe",
        "Jane Roe, CEPF®|Jane Roe",
        "Jane RoeUpdated: May 3, 2025|Jane Roe",
        "JANE ROEPUBLISHED: JAN 29, 2025|JANE ROE",
        "Jane RoeFounder at Acme|Jane Roe",
        "Jane Roe Former Deputy Tech Editor|Jane Roe",
        "Jane Roe, Head of Marketing and Community|Jane Roe",
        "Dec. 19, 2025 · Jane Roe on behalf of the Docs group|Jane Roe",
        "Dec 26, 2025 • Jane Roe in Project Management|Jane Roe",
        "JaneRoe on Friday December 19, 2025 @08:00PM from the jobs dept.|JaneRoe",
        "Jane Roe on 2025-12-18 in packaging.|Jane Roe",
        "Jane Roe 4 Comments|Jane Roe",
        "the Acme Team 2–3 minutes|Acme Team",
        "A. J. Roe    View In Digital Edition|A. J. Roe",
        "Jane (Smith) Roe Published: January 3, 2024|Jane (Smith) Roe",
        "Tom Head|Tom Head",
        "Audrey Roe, Print Managing Editor|Audrey Roe",
        "whova|whova",
    })
    void readsTheNameOfAByline(String text, String name) {
        assertThat(BylineNames.name(text, EN)).as(text).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-04-10", "Nov 19, 2019 | 3 min read", "42", "Jane Roe: what the council said about the bridge, and why"})
    void notANameIsNone(String text) {
        assertThat(BylineNames.name(text, EN)).as(text).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Jane Roe|true", "Jane (Smith) Roe|true", "Mary Ann de Vries|false", "Jane|false"})
    void aPersonsNameIsTwoToFiveCapitalisedWords(String text, boolean person) {
        assertThat(BylineNames.personName(text)).isEqualTo(person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Great Day Editorial Team|true", "the Acme Team|true", "The Acme Staff|true",
        "Metro Desk|true", "Team Spirit|false", "Our team|false", "Staff|false"})
    void aTeamIsCapitalisedWordsEndingInTeamStaffOrDesk(String text, boolean team) {
        assertThat(BylineNames.team(text)).as(text).isEqualTo(team);
    }
}
