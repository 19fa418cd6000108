package dev.fundcrm.app.web;

import io.javalin.http.HttpStatus;

/** Ends a page request with a status and a sentence this code wrote for a person (bad input, unknown record). */
final class PageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;

    PageException(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static PageException badRequest(String message) {
        return new PageException(HttpStatus.BAD_REQUEST, message);
    }

    static PageException notFound(String message) {
        return new PageException(HttpStatus.NOT_FOUND, message);
    }

    HttpStatus status() {
        return status;
    }
}
