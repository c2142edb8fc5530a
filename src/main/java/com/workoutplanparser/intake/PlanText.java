package com.workoutplanparser.intake;

import com.workoutplanparser.web.ApiException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks that a submission is plan text a parser can work on, with an error that says what is wrong.
 * Plain Java, shared by every intake (REST refuses with 400/413; folder and mail record the import as REJECTED).
 */
public final class PlanText {

    /**
     * Why a submission is not usable text. {@code code} is stable for API clients. An {@link ApiException}, so the
     * REST edge answers it (400, or 413 when too large) without knowing the intakes; folder and mail record it.
     */
    public static final class InvalidText extends ApiException {
        public InvalidText(String code, String message) {
            this(code, message, false);
        }

        public InvalidText(String code, String message, boolean tooLarge) {
            super(tooLarge ? 413 : 400, code, message);
        }
    }

    private PlanText() {
    }

    /** Decodes strict UTF-8 (a byte-order mark is dropped) and validates the result. */
    public static String fromBytes(byte[] bytes, int maxChars) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidText("empty_text", "The plan text is empty.", false);
        }
        if (bytes.length > (long) maxChars * 4) {
            throw tooLarge(maxChars);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidText("invalid_utf8",
                    "The text is not valid UTF-8. Save or send it as UTF-8 text.", false);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return validate(text, maxChars);
    }

    /** Validates text that is already decoded; returns it with Windows line ends normalised. */
    public static String validate(String text, int maxChars) {
        if (text == null || text.isBlank()) {
            throw new InvalidText("empty_text", "The plan text is empty.", false);
        }
        if (text.length() > maxChars) {
            throw tooLarge(maxChars);
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                control++;
            }
        }
        // A few stray control characters happen in pasted text; many mean it is binary, not a plan.
        if (control > 0 && control * 100 > text.length()) {
            throw new InvalidText("not_text",
                    "The content looks like binary data, not text. Send the plan as text (or a supported file).",
                    false);
        }
        return text.replace("\r\n", "\n").replace('\u0000', ' ');
    }

    private static InvalidText tooLarge(int maxChars) {
        return new InvalidText("too_large",
                "The plan text is larger than " + maxChars + " characters. Split it into several plans.", true);
    }
}
