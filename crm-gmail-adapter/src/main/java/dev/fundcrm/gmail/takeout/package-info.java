/**
 * Capture from Google Takeout exports: {@link dev.fundcrm.gmail.takeout.MboxMailboxSource} reads each team
 * mailbox's mbox file as a stream (or a folder of .eml files), lists messages from a byte-offset checkpoint,
 * gives them ids that are the same on every import (Takeout's own ids in the Gmail API's hex form where the
 * export has them), and parses each with {@code MimeMessageParser}.
 */
package dev.fundcrm.gmail.takeout;
