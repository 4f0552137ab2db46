package dev.winnow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.model.LineModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model's weights read fast are the weights {@link Float#parseFloat} reads, to the bit. */
class WeightsFileTest {
    @ParameterizedTest
    @ValueSource(strings = {"0.822", "-0.822", "0.000", "-0.000", "12.345", "-1234.567", "9999.999", "0.001", "-0.5",
            "1e-3", "3", "12345.678", "0.1234", ".123", "-.123", "NaN"})
    void aNumberIsTheFloatParseFloatGives(String s) {
        assertThat(Float.floatToRawIntBits(WeightsFile.number(s))).isEqualTo(Float.floatToRawIntBits(Float.parseFloat(s)));
    }

    @Test
    void everyThreeDecimalNumberIsExact() {
        for (int v = -2_000_000; v <= 2_000_000; v += 7) {
            String s = (v < 0 ? "-" : "") + Math.abs(v) / 1000 + "." + String.format("%03d", Math.abs(v) % 1000);
            assertThat(Float.floatToRawIntBits(WeightsFile.number(s))).as(s).isEqualTo(Float.floatToRawIntBits(Float.parseFloat(s)));
        }
    }

    @Test
    void theModelFilesReadAsTheDataFilesReaderReadsThem() {
        for (String file : List.of(LineModel.FILE, LineModel.CONTEXT_FILE)) {
            Map<String, float[]> fast = WeightsFile.read(file, LineModel.LABELS.size());
            List<String[]> rows = DataFiles.rows(file, LineModel.LABELS.size() + 1);
            assertThat(fast).hasSizeGreaterThan(1000);
            int distinct = (int) rows.stream().map(r -> r[0]).distinct().count();
            assertThat(fast).hasSize(distinct);
            for (String[] row : rows) {
                float[] w = fast.get(row[0]);
                for (int l = 0; l < w.length; l++) {
                    assertThat(Float.floatToRawIntBits(w[l])).isEqualTo(Float.floatToRawIntBits(Float.parseFloat(row[l + 1])));
                }
            }
        }
        assertThat(WeightsFile.read("model/none.tsv", 5)).isEmpty();
        assertThatThrownBy(() -> WeightsFile.read(LineModel.FILE, 4)).hasMessageContaining("expected 5 tab-separated fields");
    }
}
