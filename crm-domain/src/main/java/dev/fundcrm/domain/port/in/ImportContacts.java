package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.EmailAddress;
import java.util.List;
import java.util.Objects;

/**
 * Imports contacts row by row (e.g. from a CSV file): a good row is imported even when others fail, and each
 * failure is reported with its row number. Idempotent: a contact whose address is already known is left as it
 * is, an organization is found by its name (ignoring case) before one is created, and a domain it already
 * owns is not added again, so importing the same rows twice creates nothing the second time.
 */
public interface ImportContacts {

    /** One row as given: {@code number} as the caller counts rows; the texts unchecked, null when absent. */
    record Row(int number, String name, String email, String organization, List<String> domains) {
        public Row {
            domains = List.copyOf(domains);
        }
    }

    record Command(List<Row> rows, EmailAddress actor) {
        public Command {
            rows = List.copyOf(rows);
            Objects.requireNonNull(actor, "actor");
        }
    }

    enum Outcome { CREATED, UNCHANGED, FAILED }

    /** What became of one row: the contact's id unless it failed, and why it failed. */
    record RowResult(int row, Outcome outcome, String contactIdOrNull, String errorOrNull) {
    }

    /** One result per row, in the rows' order. */
    List<RowResult> importRows(Command command);
}
