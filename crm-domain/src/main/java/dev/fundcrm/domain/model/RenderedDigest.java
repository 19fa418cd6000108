package dev.fundcrm.domain.model;

/** A digest written out: subject, plain text and HTML (the HTML escapes every text from mail). */
public record RenderedDigest(String subject, String text, String html) {

    public RenderedDigest {
        HeaderValues.requireSafe("Subject", subject);
        text = text == null ? "" : text;
        html = html == null ? "" : html;
    }
}
