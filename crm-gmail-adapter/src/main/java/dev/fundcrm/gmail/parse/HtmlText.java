package dev.fundcrm.gmail.parse;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Reduces HTML to the text a reader sees, for the excerpt of HTML-only mail. jsoup parses it as a browser
 * would (entities decoded, unclosed tags, scripts and styles kept apart from text); the text of the body
 * is then written out with a line break around each block element. Input is cut at {@link #INPUT_LIMIT}
 * characters, output at {@code maxChars}, so hostile HTML costs at most a bounded parse. Stateless.
 */
final class HtmlText {

    static final int INPUT_LIMIT = 256 * 1024;

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "title");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "table", "ul", "ol", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer",
            "hr", "address", "form", "fieldset", "center");

    private HtmlText() {
    }

    static String toText(String html, int maxChars) {
        String input = html.length() > INPUT_LIMIT ? html.substring(0, INPUT_LIMIT) : html;
        Element body = Jsoup.parse(input).body();
        StringBuilder text = new StringBuilder();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (text.length() >= maxChars) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode textNode) {
                    appendWords(text, textNode.text());
                } else if (node instanceof Element element) {
                    String name = element.normalName();
                    if (SKIPPED.contains(name)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (name.equals("br") || BLOCKS.contains(name)) {
                        newLine(text);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    newLine(text);
                }
                return FilterResult.CONTINUE;
            }
        });
        String result = text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return result.length() > maxChars ? result.substring(0, maxChars) : result;
    }

    private static void appendWords(StringBuilder text, String words) {
        String cleaned = words.replace('\u00a0', ' ');
        if (cleaned.isBlank()) {
            if (!cleaned.isEmpty() && text.length() > 0 && !endsWithSpace(text)) {
                text.append(' ');
            }
            return;
        }
        if (Character.isWhitespace(cleaned.charAt(0)) && text.length() > 0 && !endsWithSpace(text)) {
            text.append(' ');
        }
        text.append(cleaned.strip());
        if (Character.isWhitespace(cleaned.charAt(cleaned.length() - 1))) {
            text.append(' ');
        }
    }

    private static void newLine(StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private static boolean endsWithSpace(StringBuilder text) {
        char last = text.charAt(text.length() - 1);
        return last == ' ' || last == '\n';
    }
}
