package dev.mailroom.router.rules;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleanses text for the text route: HTML reduced to text, Unicode NFC, control and format characters
 * removed, quoted reply chains and e-mail signatures trimmed, whitespace folded to single spaces, and a
 * maximum length. The original stays untouched in S3; this only shapes what the classifier reads.
 *
 * <p>Thread-safe and serialisable: Flink ships it to its task managers.
 */
public final class Cleanser implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern HTML_HINT = Pattern.compile(
            "</?(html|body|div|p|br|span|table|td|tr|li|ul|ol|h[1-6]|a|b|i|strong|em|font|blockquote|head|meta|style)"
                    + "[\\s>/]",
            Pattern.CASE_INSENSITIVE);
    /** Blocks whose content is never text: opening marker, closing marker (ASCII lower case). */
    private static final String[][] INVISIBLE_BLOCKS = {
        {"<!--", "-->"}, {"<script", "</script"}, {"<style", "</style"}, {"<title", "</title"}
    };
    // Tag patterns stop at the next '<' ([^<>]), so that text full of unclosed '<' stays linear to scan.
    private static final Pattern HTML_QUOTE_OPEN = Pattern.compile("<\\s*blockquote[^<>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_QUOTE_CLOSE =
            Pattern.compile("<\\s*/\\s*blockquote\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_BREAKS = Pattern.compile(
            "<\\s*(br|/?p|/?div|/?li|/?tr|/?h[1-6]|/?table|/?ul|/?ol)\\b[^<>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern HTML_ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED_ENTITIES =
            Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ", "euro", "€", "shy", "");

    /** Separator lines that start a quoted reply chain; everything from there is history. */
    private static final Pattern REPLY_SEPARATOR = Pattern.compile(
            "^-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine)\\s*-{2,}$",
            Pattern.CASE_INSENSITIVE);
    /** Reply headers are one short line; longer lines are never checked (keeps the checks cheap). */
    private static final int MAX_REPLY_HEADER_CHARS = 300;

    /** Outlook's reply header: a "From:" line directly followed by "Sent:" or "Date:". */
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^(From|Von|De): .+$", Pattern.CASE_INSENSITIVE);

    private static final Pattern OUTLOOK_SENT =
            Pattern.compile("^(Sent|Date|Gesendet|Datum|Envoyé): .+$", Pattern.CASE_INSENSITIVE);
    /** Mobile-client footers that carry no content. */
    private static final Pattern DEVICE_FOOTER =
            Pattern.compile("^(Sent from my .{1,60}|Von meinem .{1,60} gesendet|Get Outlook for .{1,30})$");
    /** RFC 3676 signature delimiter ("-- "), and the common "--" without the space. */
    private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^--\\s?$");
    /** A signature is short; a "--" line with more below it is content, not a signature. */
    private static final int MAX_SIGNATURE_LINES = 12;

    private static final Pattern UNWANTED_CHARS = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private final int maxChars;

    /** A cleanser that cuts the result at {@code maxChars} code points. */
    public Cleanser(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive but was " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** The cleansed text; never null, empty when nothing is left. */
    public String cleanse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (HTML_HINT.matcher(text).find()) {
            text = htmlToText(text);
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        text = UNWANTED_CHARS.matcher(text).replaceAll("");
        text = trimMail(text);
        text = WHITESPACE.matcher(text).replaceAll(" ").trim();
        return truncate(text);
    }

    static String htmlToText(String html) {
        String text = dropInvisibleBlocks(html);
        // Quoted replies in HTML mail are blockquotes: keep them as "> " lines so trimMail drops them.
        text = HTML_QUOTE_OPEN.matcher(text).replaceAll("\n> ");
        text = HTML_QUOTE_CLOSE.matcher(text).replaceAll("\n");
        text = HTML_BREAKS.matcher(text).replaceAll("\n");
        text = HTML_TAG.matcher(text).replaceAll("");
        return decodeEntities(text);
    }

    /** Removes comments, scripts, styles and titles in one linear pass; an unclosed block hides the rest. */
    static String dropInvisibleBlocks(String html) {
        String lower = asciiLowerCase(html);
        int[] next = new int[INVISIBLE_BLOCKS.length];
        for (int b = 0; b < next.length; b++) {
            next[b] = lower.indexOf(INVISIBLE_BLOCKS[b][0]);
        }
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            int block = -1;
            for (int b = 0; b < next.length; b++) {
                if (next[b] >= 0 && next[b] < i) {
                    next[b] = lower.indexOf(INVISIBLE_BLOCKS[b][0], i);
                }
                if (next[b] >= 0 && (block < 0 || next[b] < next[block])) {
                    block = b;
                }
            }
            if (block < 0) {
                out.append(html, i, html.length());
                break;
            }
            out.append(html, i, next[block]).append(' ');
            String closing = INVISIBLE_BLOCKS[block][1];
            int end = lower.indexOf(closing, next[block] + INVISIBLE_BLOCKS[block][0].length());
            if (end < 0) {
                break;
            }
            int after = closing.endsWith(">") ? end + closing.length() : lower.indexOf('>', end) + 1;
            i = after <= 0 ? html.length() : after;
        }
        return out.toString();
    }

    /** Lower-cases ASCII letters only, so that indexes stay those of the original string. */
    private static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    static String decodeEntities(String text) {
        Matcher m = HTML_ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String entity = m.group(1);
            String replacement;
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(entity.substring(2), 16), m.group());
            } else if (entity.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(entity.substring(1)), m.group());
            } else {
                replacement = NAMED_ENTITIES.getOrDefault(entity.toLowerCase(java.util.Locale.ROOT), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int cp, String fallback) {
        return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : fallback;
    }

    /** Drops quoted lines, everything from the first reply header on, a trailing signature and device footers. */
    static String trimMail(String text) {
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        boolean content = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (content && isReplyHeader(trimmed, i + 1 < lines.length ? lines[i + 1].strip() : "")) {
                break;
            }
            if (trimmed.startsWith(">")
                    || (trimmed.length() <= MAX_REPLY_HEADER_CHARS
                            && DEVICE_FOOTER.matcher(trimmed).matches())) {
                continue;
            }
            kept.add(line);
            content |= !trimmed.isEmpty();
        }
        for (int i = kept.size() - 1; i >= Math.max(1, kept.size() - MAX_SIGNATURE_LINES - 1); i--) {
            if (SIGNATURE_DELIMITER.matcher(kept.get(i)).matches()) {
                kept = kept.subList(0, i);
                break;
            }
        }
        return String.join("\n", kept);
    }

    /** "On ... wrote:", "Am ... schrieb ...:", "Le ... a écrit :", a separator, or Outlook's From:/Sent: pair. */
    private static boolean isReplyHeader(String line, String nextLine) {
        if (line.length() > MAX_REPLY_HEADER_CHARS) {
            return false;
        }
        return (line.startsWith("On ") && line.endsWith(" wrote:"))
                || (line.startsWith("Am ") && line.endsWith(":") && line.contains(" schrieb "))
                || (line.startsWith("Le ") && line.endsWith(" a écrit :"))
                || REPLY_SEPARATOR.matcher(line).matches()
                || (OUTLOOK_FROM.matcher(line).matches()
                        && nextLine.length() <= MAX_REPLY_HEADER_CHARS
                        && OUTLOOK_SENT.matcher(nextLine).matches());
    }

    private String truncate(String text) {
        if (text.codePointCount(0, text.length()) <= maxChars) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxChars)).trim();
    }
}
