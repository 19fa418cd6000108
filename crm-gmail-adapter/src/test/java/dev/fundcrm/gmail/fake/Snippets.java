package dev.fundcrm.gmail.fake;

import java.util.regex.Pattern;

/**
 * Gmail's snippet: the start of the text (plain, else HTML without its tags), whitespace collapsed and
 * HTML-escaped ({@code &#39;} for an apostrophe), as Gmail sends it.
 */
final class Snippets {

    private static final int LENGTH = 200;
    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(style|script|head)[^>]*>.*?</\\1>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Snippets() {
    }

    static String of(String plainText, String htmlText) {
        String text = plainText != null ? plainText
                : htmlText != null ? TAG.matcher(INVISIBLE.matcher(htmlText).replaceAll(" ")).replaceAll(" ") : "";
        String collapsed = WHITESPACE.matcher(text).replaceAll(" ").strip();
        String cut = collapsed.length() > LENGTH ? collapsed.substring(0, LENGTH) : collapsed;
        return escape(cut);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char character : text.toCharArray()) {
            switch (character) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(character);
            }
        }
        return escaped.toString();
    }
}
