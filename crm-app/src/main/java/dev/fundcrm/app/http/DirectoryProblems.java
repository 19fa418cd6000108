package dev.fundcrm.app.http;

import dev.fundcrm.domain.model.UnknownRecordException;
import dev.fundcrm.domain.port.out.AddressTakenException;
import java.util.function.Supplier;

/**
 * Runs a contact or organization use case and turns its expected failures into problems: an address or domain
 * of another record is a 409, an unknown contact or organization a 404, a broken rule (no address left, a bad
 * domain, a name too long) a 400. The domain wrote each message and names the value, so it is shown as is.
 */
final class DirectoryProblems {

    private DirectoryProblems() {
    }

    static <T> T attempt(Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (AddressTakenException e) {
            throw ProblemException.conflict(e.getMessage());
        } catch (UnknownRecordException e) {
            throw ProblemException.notFound(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }
}
