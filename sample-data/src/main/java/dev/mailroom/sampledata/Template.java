package dev.mailroom.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A tiny phrase grammar: {@code [a|b|c]} picks one alternative (nestable, {@code [a|]} makes a part
 * optional) and {@code {slot}} inserts a per-document value.
 */
final class Template {

    private Template() {}

    static String expand(String template, Dice dice, Function<String, String> slots) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        expandInto(template, 0, template.length(), dice, slots, out);
        return tidy(out.toString());
    }

    private static void expandInto(
            String t, int from, int to, Dice dice, Function<String, String> slots, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            if (c == '[') {
                int end = matching(t, i, to);
                List<int[]> options = alternatives(t, i + 1, end);
                int[] chosen = options.get(dice.below(options.size()));
                expandInto(t, chosen[0], chosen[1], dice, slots, out);
                i = end + 1;
            } else if (c == '{') {
                int end = t.indexOf('}', i);
                if (end < 0 || end > to) {
                    throw new IllegalArgumentException("unclosed slot in template: " + t);
                }
                out.append(slots.apply(t.substring(i + 1, end)));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
    }

    private static int matching(String t, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = t.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("unbalanced [ in template: " + t);
    }

    private static List<int[]> alternatives(String t, int from, int to) {
        List<int[]> result = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                result.add(new int[] {start, i});
                start = i + 1;
            }
        }
        result.add(new int[] {start, to});
        return result;
    }

    /** Collapses the double spaces and stray spaces before punctuation that optional parts leave. */
    static String tidy(String s) {
        String r = MULTI_SPACE.matcher(s).replaceAll(" ");
        r = SPACE_BEFORE_PUNCT.matcher(r).replaceAll("$1");
        r = SPACE_AFTER_PAREN.matcher(r).replaceAll("(");
        r = EDGE_SPACES.matcher(r).replaceAll("");
        return capitalizeFirst(r.replace(",,", ",").replace("..", "."));
    }

    private static final Pattern MULTI_SPACE = Pattern.compile("[ \\t]{2,}");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile(" +([,.;:!?)])");
    private static final Pattern SPACE_AFTER_PAREN = Pattern.compile("\\( +");
    private static final Pattern EDGE_SPACES = Pattern.compile("(?m)^ +| +$");

    static String capitalizeFirst(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c) ? s : s.substring(0, i) + Character.toUpperCase(c) + s.substring(i + 1);
            }
            if (!Character.isWhitespace(c) && c != '"' && c != '(') {
                return s;
            }
        }
        return s;
    }
}
