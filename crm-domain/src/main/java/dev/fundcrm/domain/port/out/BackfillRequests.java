package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.MailSearch;

/**
 * Asks for a contact backfill ({@code BackfillContact}) to run in the background: the caller (an API request
 * adding an address or a domain) returns at once. The application supplies it, e.g. by handing the search to
 * its sync runner's workers. Must not throw for a backfill that later fails: its failure is the runner's to
 * log, and the next add or a sync picks the mail up. Thread-safe.
 */
@FunctionalInterface
public interface BackfillRequests {

    void request(MailSearch search);
}
