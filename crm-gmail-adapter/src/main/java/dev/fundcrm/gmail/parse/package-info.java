/**
 * Turns mail into the domain's {@code ParsedMessage}: {@link dev.fundcrm.gmail.parse.GmailMessageParser} for
 * the Gmail API's {@code Message}, {@link dev.fundcrm.gmail.parse.MimeMessageParser} for raw RFC 5322 bytes
 * (Takeout, .eml). Both share the header decoding (RFC 2047 in any charset the JVM knows), the address
 * lists (Angus Mail's lenient parser, then the domain's strict {@code EmailAddress}), the dates, the MIME
 * walk and its limits, and the HTML-to-text reduction (jsoup).
 *
 * <p>Neither throws for bad input. Beyond a {@link dev.fundcrm.gmail.parse.ParseLimits limit} (multipart
 * depth 50, 1,000 parts, 64 KiB or 1,000 header fields) a parser reads no further along that path, notes
 * it, and parses what it read. A message is {@code Unparseable} only when nothing useful is left: no sender
 * address and no Message-ID, or, at FULL detail, a limit reached before any text or attachment. What was
 * skipped is in {@link dev.fundcrm.gmail.parse.ParseOutcome#problems()}, in words that hold no content.
 */
package dev.fundcrm.gmail.parse;
