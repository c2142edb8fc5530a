package com.workoutplanparser.crypto;

import java.util.List;
import com.workoutplanparser.plan.ImportStatus;
import com.workoutplanparser.plan.ImportResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cipher on its own: values, key ids, legacy plain values, tampering, key sources. */
class PlanTextCipherTest {

    static String newKey() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    @Test
    void aValueRoundTripsAndRecordsItsKeyId_twoEncryptionsDiffer() {
        String key = newKey();
        PlanTextCipher cipher = PlanTextCipher.of(key);
        String plan = "Day 1\nBench Press: 3x8 — felt heavy, ünïcødé 日本語";

        String a = cipher.encrypt(plan);
        String b = cipher.encrypt(plan);

        assertThat(a).startsWith("wpp1:" + KeyRing.idOf(key) + ":").doesNotContain("Bench", "heavy");
        assertThat(a).isNotEqualTo(b); // a fresh nonce each time: equal texts are not visible as equal
        assertThat(cipher.decrypt(a)).isEqualTo(plan);
        assertThat(cipher.decrypt(b)).isEqualTo(plan);
        assertThat(cipher.isCurrent(a)).isTrue();
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }

    @Test
    void legacyPlainValuesAreReadAsTheyAre_andAreNotCurrent() {
        PlanTextCipher cipher = PlanTextCipher.of(newKey());
        assertThat(cipher.decrypt("Squat: 5x5")).isEqualTo("Squat: 5x5");
        assertThat(cipher.isCurrent("Squat: 5x5")).isFalse();
    }

    @Test
    void anOlderKeyStillDecrypts_aRemovedKeyOrAnAlteredValueIsRefused() {
        String oldKey = newKey();
        String newKey = newKey();
        String stored = PlanTextCipher.of(oldKey).encrypt("Deadlift: 1x5");

        PlanTextCipher both = PlanTextCipher.of(newKey, oldKey);
        assertThat(both.decrypt(stored)).isEqualTo("Deadlift: 1x5");
        assertThat(both.isCurrent(stored)).isFalse();
        assertThat(both.primaryKeyId()).isEqualTo(KeyRing.idOf(newKey));

        assertThatThrownBy(() -> PlanTextCipher.of(newKey).decrypt(stored))
                .isInstanceOf(UndecryptableValueException.class).hasMessageContaining("not configured");
        char last = stored.charAt(stored.length() - 2);
        String altered = stored.substring(0, stored.length() - 2) + (last == 'A' ? 'B' : 'A') + stored.charAt(stored.length() - 1);
        assertThatThrownBy(() -> both.decrypt(altered)).isInstanceOf(UndecryptableValueException.class);
        // the key id is bound to the value: relabelling it under another configured key fails
        String relabelled = stored.replace(KeyRing.idOf(oldKey), KeyRing.idOf(newKey));
        assertThatThrownBy(() -> both.decrypt(relabelled)).isInstanceOf(UndecryptableValueException.class);
    }

    @Test
    void aRefusedValueLeavesTheThreadsCipherUsable_andThreadsDoNotShareOne() throws Exception {
        PlanTextCipher cipher = PlanTextCipher.of(newKey());
        String stored = cipher.encrypt("Row: 4x10");
        // a character inside the payload (the last one may carry only unused bits of base64's final group)
        int at = stored.lastIndexOf(':') + 5;
        String altered = stored.substring(0, at) + (stored.charAt(at) == 'A' ? 'B' : 'A') + stored.substring(at + 1);
        assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(UndecryptableValueException.class);
        assertThat(cipher.decrypt(cipher.encrypt("Squat: 5x5"))).as("the same thread, after the refusal")
                .isEqualTo("Squat: 5x5");

        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> rounds = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                rounds.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 500; i++) {
                        String plain = "Thread " + thread + " line " + i;
                        ok += plain.equals(cipher.decrypt(cipher.encrypt(plain))) ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (var round : rounds) {
                assertThat(round.get()).isEqualTo(500);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badKeysAreRefusedWithoutQuotingThem() {
        assertThatThrownBy(() -> PlanTextCipher.of("not-base64-secret!!"))
                .hasMessageContaining("not valid base64").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> PlanTextCipher.of(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("16 bytes");
    }

    @Test
    void withNoKeyConfiguredOneIsGeneratedOnceWithMode0600_andKeptAcrossStarts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data").resolve("data-encryption.key");
        CryptoSettings none = new CryptoSettings("", "", "", file.toString(), 10);

        PlanTextCipher first = new PlanTextCipher(none);
        String stored = first.encrypt("Row: 3x10");

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        PlanTextCipher again = new PlanTextCipher(none); // a restart reads the same key
        assertThat(again.decrypt(stored)).isEqualTo("Row: 3x10");
        assertThat(again.primaryKeyId()).isEqualTo(first.primaryKeyId());
    }

    @Test
    void theKeyFileIsReReadOnReload_soAKeyCanBeAddedWhileRunning(@TempDir Path dir) throws Exception {
        String a = newKey();
        String b = newKey();
        Path file = dir.resolve("keys");
        Files.writeString(file, "# primary first\n" + a + "\n");
        PlanTextCipher cipher = new PlanTextCipher(new CryptoSettings("", file.toString(), "", "", 10));
        String underA = cipher.encrypt("Lunge: 3x12");

        Files.writeString(file, b + "\n" + a + "\n");
        cipher.reloadKeys();

        assertThat(cipher.primaryKeyId()).isEqualTo(KeyRing.idOf(b));
        assertThat(cipher.keyCount()).isEqualTo(2);
        assertThat(cipher.decrypt(underA)).isEqualTo("Lunge: 3x12");
        assertThat(cipher.encrypt("x")).startsWith("wpp1:" + KeyRing.idOf(b) + ":");
    }

    @Test
    void anotherInstanceReadsAValueUnderANewKeyByReReadingTheKeyFile(@TempDir Path dir) throws Exception {
        String a = newKey();
        String b = newKey();
        Path file = dir.resolve("keys");
        Files.writeString(file, a + "\n");
        CryptoSettings settings = new CryptoSettings("", file.toString(), "", "", 10);
        PlanTextCipher rotating = new PlanTextCipher(settings);
        PlanTextCipher other = new PlanTextCipher(settings);

        Files.writeString(file, b + "\n" + a + "\n");
        rotating.reloadKeys();
        String underB = rotating.encrypt("Pull-up: 5x5");

        assertThat(other.primaryKeyId()).isEqualTo(KeyRing.idOf(a));
        assertThat(other.decrypt(underB)).isEqualTo("Pull-up: 5x5");
        assertThat(other.primaryKeyId()).as("and it writes under the new key from then on").isEqualTo(KeyRing.idOf(b));
    }

    @Test
    void storedPlanJsonEncryptsOnlyThePlanLines() {
        PlanTextCipher cipher = PlanTextCipher.of(newKey());
        StoredPlanJson json = new StoredPlanJson(cipher);
        String response = """
                {"status":"NEEDS_REVIEW","days":[{"label":"Day 1","exercises":[{"text":"Bench Press: 3x8 slow",
                "name":"Bench Press","sets":3,"reps":"8","notes":"slow","match":{"exerciseId":"barbell-bench-press"}}]}],
                "unreadLines":[{"line":2,"text":"keep elbows tucked"}],
                "notUnderstoodLines":[{"line":3,"text":"Zorch: 3x5","readAs":"Zorch"}]}""";

        String sealed = json.seal(response);

        assertThat(sealed).doesNotContain("slow", "elbows", "Zorch: 3x5")
                .contains("\"name\":\"Bench Press\"", "\"sets\":3", "barbell-bench-press", "\"readAs\":\"Zorch\"", "Day 1");
        assertThat(json.isCurrent(sealed)).isTrue();
        assertThat(json.isCurrent(response)).isFalse();
        assertThat(json.open(sealed)).contains("Bench Press: 3x8 slow", "keep elbows tucked", "Zorch: 3x5");
        assertThat(json.open(response)).contains("keep elbows tucked"); // legacy rows read as they are
    }

    @Test
    void aResponseSealedFromItsObjectIsTheWrittenDocumentWithItsPlanLinesSealed() throws Exception {
        PlanTextCipher cipher = PlanTextCipher.of(newKey());
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        StoredPlanJson json = new StoredPlanJson(cipher, mapper);
        var match = new ImportResponse.Match("barbell-bench-press", "Barbell Bench Press", 0.97, "high",
                List.of(new ImportResponse.Alternative("dumbbell-bench-press", "Dumbbell Bench Press", 0.7)), List.of(),
                null, null);
        var response = new ImportResponse(java.util.UUID.randomUUID(), ImportStatus.NEEDS_REVIEW, null,
                java.util.UUID.randomUUID(), "rules", new ImportResponse.ReadBy("rules", null, null), true,
                new ImportResponse.Confidence(0.8, 1, 0, 0, 1),
                List.of(new ImportResponse.Day("Day 1", List.of(
                        new ImportResponse.Exercise("Bench Press: 3x8 slow", "Bench Press", match, 3, "8", 60.0, "kg",
                                null, 8.0, null, null, 90, "3010", "A", "slow"),
                        new ImportResponse.Exercise("Zorch: 3x5", "Zorch", null, 3, "5", null, null, null, null, null,
                                null, null, null, null, null)))),
                new ImportResponse.Usage(0, 0), "one exercise is not in the catalog",
                List.of(new ImportResponse.UnreadLine(2, "keep elbows tucked")),
                List.of(new ImportResponse.NotUnderstoodLine(3, "Zorch: 3x5", "Zorch")));
        String written = mapper.writeValueAsString(response);

        String sealed = json.seal(response, written);

        assertThat(sealed).doesNotContain("slow", "elbows", "Zorch: 3x5")
                .contains("\"readAs\":\"Zorch\"", "barbell-bench-press", "\"tempo\":\"3010\"");
        assertThat(json.isCurrent(sealed)).isTrue();
        assertThat(mapper.readTree(json.open(sealed))).as("opened, the written document itself")
                .isEqualTo(mapper.readTree(written));
        assertThat(mapper.readTree(json.open(sealed))).as("as the written JSON sealed by reading it back")
                .isEqualTo(mapper.readTree(json.open(json.seal(written))));
        assertThat(json.seal(null, written)).as("without the object, the JSON is sealed as written")
                .satisfies(s -> assertThat(mapper.readTree(json.open(s))).isEqualTo(mapper.readTree(written)));
    }
}
