package com.workoutplanparser.intake;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text out of every supported file type, and clear reasons for what cannot be read (plain Java, no service). */
class TextExtractorTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void htmlBecomesLinesWithoutTagsScriptsOrEntities() {
        String html = "<html><head><title>t</title><script>var x = 1;</script></head><body>"
                + "<h1>Day 1</h1><ul><li>Bench Press: 3x8</li><li>Squat:&nbsp;5x5 &amp; more</li></ul>"
                + "<table><tr><td>Rows</td><td>3x10</td></tr></table>Deadlift: 1x5<br/>Plank: 60s</body></html>";
        assertThat(TextExtractor.htmlToText(html))
                .isEqualTo("Day 1\nBench Press: 3x8\nSquat: 5x5 & more\nRows 3x10\nDeadlift: 1x5\nPlank: 60s");
    }

    @Test
    void jsonGivesItsTextOrPlanFieldOrItself() {
        assertThat(TextExtractor.extract("a.json", utf8("{\"text\": \"Squat: 5x5\"}"), 1000)).isEqualTo("Squat: 5x5");
        assertThat(TextExtractor.extract("a.json", utf8("{\"plan\": \"Squat: 5x5\"}"), 1000)).isEqualTo("Squat: 5x5");
        assertThat(TextExtractor.extract("a.json", utf8("[\"Squat\"]"), 1000)).isEqualTo("[\"Squat\"]");
        assertThatThrownBy(() -> TextExtractor.extract("a.json", utf8("{oops"), 1000))
                .isInstanceOf(IntakeRejected.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void pdfAndDocxGiveTheirText() {
        assertThat(TextExtractor.extract("p.PDF", TestDocuments.pdf("Bench Press: 3x8", "Squat: 5x5"), 1000))
                .contains("Bench Press: 3x8").contains("Squat: 5x5");
        assertThat(TextExtractor.extract("p.docx", TestDocuments.docx("Bench Press: 3x8", "Squat: 5x5"), 1000))
                .isEqualTo("Bench Press: 3x8\nSquat: 5x5\n");
    }

    @Test
    void whatCannotBeReadSaysWhy() {
        assertThatThrownBy(() -> TextExtractor.extract("plan.xlsx", utf8("x"), 1000))
                .isInstanceOf(IntakeRejected.class).hasMessageContaining("'.xlsx' are not read");
        assertThatThrownBy(() -> TextExtractor.extract("plan", utf8("x"), 1000))
                .isInstanceOf(IntakeRejected.class).hasMessageContaining("(none)");
        assertThatThrownBy(() -> TextExtractor.extract("plan.txt", new byte[]{(byte) 0xC3, 0x28}, 1000))
                .isInstanceOf(PlanText.InvalidText.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> TextExtractor.extract("plan.pdf", utf8("%PDF-1.4 nope"), 1000))
                .isInstanceOf(IntakeRejected.class).hasMessageContaining("PDF could not be read");
        assertThatThrownBy(() -> TextExtractor.extract("plan.docx", utf8("PK nope"), 1000))
                .isInstanceOf(IntakeRejected.class).hasMessageContaining(".docx");
        assertThatThrownBy(() -> TextExtractor.extract("plan.md", new byte[0], 1000))
                .isInstanceOf(PlanText.InvalidText.class).hasMessageContaining("empty");
    }
}
