package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.Digest;
import java.time.LocalDate;

/** The digest for a day, as it would be sent now (the admin's preview). Read-only. */
public interface BuildDigest {

    Digest build(LocalDate day);
}
