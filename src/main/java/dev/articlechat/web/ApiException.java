package dev.articlechat.web;

/** A request we refuse, with the HTTP status and the reason told to the client. */
public class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
