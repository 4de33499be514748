package dev.mailroom.sampledata;

/** Corrupts text the way a mediocre OCR pass does: confused glyphs, lost and merged spaces, stray marks. */
final class OcrNoise {

    private static final String[][] CONFUSIONS = {
        {"rn", "m"}, {"m", "rn"}, {"l", "1"}, {"1", "l"}, {"I", "l"}, {"O", "0"}, {"0", "O"}, {"e", "c"},
        {"c", "e"}, {"a", "o"}, {"S", "5"}, {"5", "S"}, {"B", "8"}, {"h", "b"}, {"u", "v"}, {"i", "l"},
        {"t", "f"}, {"cl", "d"}, {"d", "cl"}, {"vv", "w"}, {"w", "vv"}, {",", "."}, {".", ","}, {"g", "q"},
        {"E", "F"}, {"n", "ri"}, {"ii", "u"}, {"é", "e"}, {"ü", "u"}, {"ö", "o"}
    };

    private static final String STRAY = "|~^`'.,:;_";

    private OcrNoise() {}

    static String apply(String text, Dice dice, double rate) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (dice.chance(rate * 2)) {
                    out.append(STRAY.charAt(dice.below(STRAY.length())));
                }
                out.append(c);
                i++;
                continue;
            }
            if (dice.chance(rate)) {
                int action = dice.weighted(5, 1.5, 1.5, 1, 0.6);
                switch (action) {
                    case 0 -> {
                        String[] hit = confusionAt(text, i, dice);
                        if (hit != null) {
                            out.append(hit[1]);
                            i += hit[0].length();
                            continue;
                        }
                        out.append(c);
                    }
                    case 1 -> {
                        if (c != ' ') {
                            out.append(c);
                        }
                    }
                    case 2 -> out.append(c).append(c == ' ' ? "" : " ");
                    case 3 -> out.append(c).append(STRAY.charAt(dice.below(STRAY.length())));
                    default ->
                        out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
                }
                i++;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String[] confusionAt(String text, int i, Dice dice) {
        int start = dice.below(CONFUSIONS.length);
        for (int k = 0; k < CONFUSIONS.length; k++) {
            String[] pair = CONFUSIONS[(start + k) % CONFUSIONS.length];
            if (text.startsWith(pair[0], i)) {
                return pair;
            }
        }
        return null;
    }
}
