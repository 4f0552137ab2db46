package dev.winnow.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates read from credit lines, in the document's language and English, to ISO 8601. */
class DatesTest {
    private static Dates dates(String code) {
        return Lexicon.get().language(code).dates();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Published: Nov 24, 2025|2025-11-24",
        "en|Fri. Jan 21st, 2022|2022-01-21",
        "en|Jane Roe - Nov 19, 2019, 10:31 pm CST|2019-11-19",
        "en|By JANE ROE - 2019-04-10|2019-04-10",
        "en|12 November 2018|2018-11-12",
        "en|4/10/2019|2019-04-10",
        "en|25/12/2019|2019-12-25",
        "en|2025-09-04T10:00:00+02:00|2025-09-04",
        "de|19. November 2019|2019-11-19",
        "de|Stand: 10.04.2019, 12:00 Uhr|2019-04-10",
        "de|4/10/2019|2019-10-04",
        "fr|par Didier Roy, 21 juin 2018|2018-06-21",
        "es|24 de agosto, 2026 - 23h23|2026-08-24",
        "es|12 de noviembre de 2018|2018-11-12",
        "pt|3 de março de 2020|2020-03-03",
        "en|2019年4月10日|2019-04-10",
        "en|25.Jun.2019|2019-06-25",
        "en|Posted 25-Jun-2019|2019-06-25",
        "en|02-12-2025|2025-12-02",
        "en|2019/1/22|2019-01-22",
        "en|2023 Jan 7|2023-01-07",
    })
    void readsTheDateOfALine(String code, String line, String iso) {
        assertThat(dates(code).first(line)).contains(LocalDate.parse(iso));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|November 2018",
        "en|Call 555-1234 today",
        "en|31/31/2019",
        "en|Feb 30, 2020",
        "en|Version 1.2.3",
        "en|In 1850 the town had 12 houses",
        "en|Part 10-04-19 in stock",
        "en|In 2019 12 teams played",
        "de|Mai",
    })
    void aLineWithoutAWholeDateHasNone(String code, String line) {
        assertThat(dates(code).first(line)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Posted on Nov 24, 2025 by Jane|Posted on   by Jane"})
    void stripRemovesTheDates(String line, String stripped) {
        assertThat(dates("en").strip(line)).isEqualTo(stripped);
    }
}
