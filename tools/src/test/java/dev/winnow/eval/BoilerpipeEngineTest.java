package dev.winnow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The baseline reads the same characters as winnow: jsoup's charset detection. */
class BoilerpipeEngineTest {
    @Test
    void pagesAreDecodedWithTheirDeclaredCharsetElseUtf8() {
        String page = "<html><head><meta charset=\"windows-1252\"><title>t</title></head><body><p>Café crème — “quoted”</p></body></html>";
        assertThat(BoilerpipeEngine.decode(page.getBytes(Charset.forName("windows-1252")), "")).isEqualTo(page);
        String undeclared = "<html><body><p>Ünïcödé</p></body></html>";
        assertThat(BoilerpipeEngine.decode(undeclared.getBytes(StandardCharsets.UTF_8), "")).isEqualTo(undeclared);
        byte[] bom = ("\uFEFF" + undeclared).getBytes(StandardCharsets.UTF_8);
        assertThat(BoilerpipeEngine.decode(bom, "")).isEqualTo(undeclared);
    }
}
