package dev.winnow.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Label;
import dev.winnow.Result;
import dev.winnow.pipeline.Pipeline;
import dev.winnow.text.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which stoplist a document gets, and what happens when none fits. */
class LanguagesTest {
    private final Lexicon lexicon = Lexicon.get();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cs|Vláda v pondělí schválila nový zákon o dani z příjmu, který má podle ministra financí pomoci rodinám s dětmi a také malým podnikatelům v regionech.",
        "pl|Rząd w poniedziałek przyjął nową ustawę o podatku dochodowym, która według ministra finansów ma pomóc rodzinom z dziećmi oraz małym przedsiębiorcom w regionach.",
        "ru|Правительство в понедельник одобрило новый закон о налоге на доходы, который, по словам министра финансов, должен помочь семьям с детьми и малому бизнесу в регионах.",
        "sv|Regeringen godkände på måndagen en ny lag om inkomstskatt, som enligt finansministern ska hjälpa familjer med barn och små företag i regionerna.",
        "tr|Hükümet pazartesi günü gelir vergisi ile ilgili yeni bir yasayı onayladı ve maliye bakanına göre bu yasa çocuklu ailelere ve küçük işletmelere yardım edecek.",
        "ar|وافقت الحكومة يوم الاثنين على قانون جديد بشأن ضريبة الدخل، والذي من المفترض بحسب وزير المالية أن يساعد العائلات التي لديها أطفال وكذلك الشركات الصغيرة في المناطق.",
        "de|Die Regierung hat am Montag ein neues Gesetz zur Einkommensteuer beschlossen, das nach Angaben des Finanzministers Familien mit Kindern und kleinen Betrieben helfen soll.",
        "en|The government on Monday approved a new law on income tax, which the finance minister says should help families with children and small businesses in the regions.",
    })
    void aParagraphGetsItsLanguagesStoplist(String code, String sentence) {
        Lexicon.Sample sample = lexicon.sample(Collections.nCopies(4, sentence), Pipeline.LANGUAGE_SAMPLE_WORDS);
        assertThat(lexicon.detect(sample).code()).isEqualTo(code);
        assertThat(lexicon.fits(sample)).isTrue();
    }

    @Test
    void aLanguageReadOnFirstUseIsOneInstanceForEveryThread() throws Exception {
        Lexicon fresh = Lexicon.withUserRules(java.nio.file.Files.createTempDirectory("winnow-rules"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Lexicon.Language>> seen = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                seen.add(pool.submit(() -> Lexicon.get().language("fi")));
            }
            for (java.util.concurrent.Future<Lexicon.Language> language : seen) {
                assertThat(language.get()).isSameAs(Lexicon.get().language("fi"));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(lexicon.codes()).startsWith("en").contains("fi", "hi");
        assertThat(lexicon.rules(lexicon.language("fi"))).isSameAs(lexicon.rules(lexicon.language("fi")));
        assertThat(fresh.languages().keySet()).containsExactlyElementsOf(lexicon.codes());
    }

    @Test
    void noStoplistFitsKoreanOrChinese() {
        for (String sentence : List.of(
                "정부는 월요일 소득세에 관한 새 법안을 승인했으며 재무장관은 이 법이 자녀가 있는 가정과 지역의 소상공인을 도울 것이라고 밝혔다.",
                "政府周一批准了一项关于所得税的新法律，财政部长表示，这项法律将帮助有孩子的家庭和各地区的小企业。")) {
            Lexicon.Sample sample = lexicon.sample(Collections.nCopies(20, sentence), Pipeline.LANGUAGE_SAMPLE_WORDS);
            assertThat(lexicon.fits(sample)).as(sentence).isFalse();
        }
    }

    @Test
    void anEnglishPageOfListsStillFitsEnglish() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add("GeForce RTX " + (4000 + i * 10) + " Ti 16GB GDDR6X");
            lines.add("$" + (300 + i) + " - $" + (400 + i) + " Free Shipping");
            lines.add(i % 4 == 0 ? "Compare this card with the one in your cart" : "In Stock");
        }
        Lexicon.Sample sample = lexicon.sample(lines, Pipeline.LANGUAGE_SAMPLE_WORDS);
        assertThat(lexicon.fits(sample)).isTrue();
        assertThat(lexicon.detect(sample).code()).isEqualTo("en");
    }

    @Test
    void withoutAStoplistProseIsToldFromMenusByPunctuation() {
        String paragraph = "정부는 월요일 소득세에 관한 새 법안을 승인했다. 재무장관은 이 법이 자녀가 있는 가정과 지역의 소상공인을 도울 것이라고 "
                + "밝혔다. 야당은 법안이 재정 부담을 키울 것이라고 비판했지만, 여당은 내년 예산에 반영하겠다고 말했다.";
        List<String> lines = new ArrayList<>();
        for (String menu : List.of("정치", "경제", "사회", "국제", "스포츠", "연예", "오피니언 | 사설 | 칼럼 | 기고 | 만평 | 인터뷰")) {
            lines.add(menu);
        }
        lines.add("");
        for (int i = 0; i < 5; i++) {
            lines.add(paragraph);
            lines.add("");
        }
        for (String teaser : List.of("많이 본 뉴스", "1 김 장관 사퇴 요구 거세져", "2 서울 아파트값 3주 연속 상승", "3 내일 전국에 비")) {
            lines.add(teaser);
        }
        Result result = new Cleaner().clean(String.join("\n", lines));
        assertThat(result.lines().get(0).label()).isEqualTo(Label.NAVIGATION);
        assertThat(result.lines().get(6).label()).isEqualTo(Label.NAVIGATION);
        assertThat(result.lines().get(8).label()).isEqualTo(Label.BODY);
        assertThat(result.lines().get(8).reason()).contains("ends like a sentence");
        assertThat(result.lines().get(lines.size() - 1).label()).isEqualTo(Label.NAVIGATION);
    }

    @Test
    void aVowelSignThatEndsAWordStaysInTheNormalForm() {
        assertThat(Text.normalize("अपना")).isEqualTo("अपना");
        assertThat(Text.normalize("अपनी")).isNotEqualTo(Text.normalize("अपना"));
        assertThat(Text.normalize(" • Menu • ")).isEqualTo("menu");
    }
}
