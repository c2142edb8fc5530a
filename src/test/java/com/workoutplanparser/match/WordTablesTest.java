package com.workoutplanparser.match;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The word tables are data now: what the loader refuses, so a bad edit stops the start instead of a match. */
class WordTablesTest {

    @Test
    void aWordListedTwiceInOneTableIsRefusedWithItsLine() {
        assertThatThrownBy(() -> WordTables.pairs("test-twice.tsv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test-twice.tsv line 3: 'barra' twice");
    }

    @Test
    void aLineWithoutItsMeaningIsRefused() {
        assertThatThrownBy(() -> WordTables.pairs("test-malformed.tsv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2: not word<TAB>meaning");
    }

    @Test
    void aWordInTwoTablesIsRefused() {
        assertThatThrownBy(() -> WordTables.union(Map.of("barra", "barbell"), Map.of("barra", "bar")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'barra' is in two");
    }

    @Test
    void aMissingTableIsNamed() {
        assertThatThrownBy(() -> WordTables.pairs("no-such.tsv")).hasMessageContaining("match/no-such.tsv is missing");
    }

    @Test
    void theShippedTablesLoadWithTheirWords() {
        assertThat(Normaliser.REWRITE).containsEntry("db", "dumbbell").containsEntry("mancuernas", "dumbbell")
                .containsEntry("um", "single").containsEntry("seilzug", "cable").hasSize(76 + 37 + 131 + 104);
        assertThat(Normaliser.FILLER).contains("the", "das", "ai").hasSize(60);
        assertThat(Katakana.LOANWORDS).containsEntry("ダンベル", "dumbbell").hasSize(155);
        assertThat(ForeignWords.PHRASES).containsEntry("barbell fixa", java.util.List.of("pull", "up")).hasSize(8);
        assertThat(ForeignWords.PHRASE_STARTS)
                .containsExactlyInAnyOrder("peso", "levantamento", "souleve", "stacco", "barbell", "press", "bench");
    }
}
