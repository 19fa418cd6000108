package dev.fundcrm.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The review pages' jte templates ({@code src/main/jte}), compiled to Java classes at build time by
 * jte-maven-plugin: nothing is compiled at run time, so the shaded jar needs only jte-runtime. Html content
 * type: every {@code ${...}} is escaped for where it stands (text, attribute), so text from captured mail
 * can't become markup. Thread-safe.
 */
final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders a template that takes one parameter, its page model. */
    String render(String template, Object model) {
        StringOutput output = new StringOutput();
        engine.render(template, model, output);
        return output.toString();
    }
}
