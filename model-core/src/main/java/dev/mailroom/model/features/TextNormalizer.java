package dev.mailroom.model.features;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Normalises text (NFC, lower case, digits folded to 0, whitespace folded) and splits it into word tokens. */
public final class TextNormalizer {

    private final boolean lowercase;
    private final boolean foldDigits;
    private final int maxTextLength;

    /** A normaliser following the text settings of {@code config}. */
    public TextNormalizer(FeatureConfig config) {
        this.lowercase = config.lowercase();
        this.foldDigits = config.foldDigits();
        this.maxTextLength = config.maxTextLength();
    }

    /** NFC, optional lower case and digit folding, every run of whitespace replaced by one space, trimmed. */
    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String bounded = text.length() > maxTextLength ? text.substring(0, maxTextLength) : text;
        String nfc = Normalizer.normalize(bounded, Normalizer.Form.NFC);
        if (lowercase) {
            nfc = nfc.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (foldDigits && Character.isDigit(cp)) {
                out.append('0');
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Word tokens of normalised text: maximal runs of letters and digits. */
    public List<String> tokens(String normalized) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            boolean word = Character.isLetterOrDigit(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(normalized.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(normalized.substring(start));
        }
        return tokens;
    }
}
