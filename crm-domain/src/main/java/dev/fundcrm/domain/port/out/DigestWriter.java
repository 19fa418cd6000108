package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.Digest;
import dev.fundcrm.domain.model.RenderedDigest;

/**
 * Writes a digest's content as a mail. The default is a local template; an embedding service may supply its
 * own. No implementation in this project calls an external AI service: digest content stays on premises.
 */
public interface DigestWriter {

    RenderedDigest write(Digest digest);
}
