package dev.articlechat.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.articlechat.chat.Transcripts;
import dev.articlechat.feedback.FeedbackLog;
import dev.articlechat.ollama.GenerationQueue;
import io.quarkus.logging.Log;

/** Every failure reaches the client as a status and {@code {"error": ...}}; never a stack trace. */
public class ErrorMappers {

    /** Long enough for a few answers to finish. */
    private static final int RETRY_AFTER_SECONDS = 30;

    @ServerExceptionMapper
    public Response refused(ApiException e) {
        return error(e.status(), e.getMessage());
    }

    /** The queue in front of the model is full: come back shortly. */
    @ServerExceptionMapper
    public Response busy(GenerationQueue.Busy e) {
        return Response.fromResponse(error(503, e.getMessage())).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /** The feedback file cannot be written: the reader's rating is lost, the server goes on answering. */
    @ServerExceptionMapper
    public Response unwritable(FeedbackLog.Unwritable e) {
        return error(503, e.getMessage());
    }

    /** Redis, where transcripts are kept, did not answer: the conversation may well exist, so not a 404. */
    @ServerExceptionMapper
    public Response transcriptsUnavailable(Transcripts.Unavailable e) {
        return error(503, e.getMessage());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return error(400, "The body is not valid JSON of the expected shape: " + e.getOriginalMessage());
    }

    /** More specific than the extension's own mapper, which answers 400 with no body. */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
        return error(400, field == null
                ? "The body is not valid JSON of the expected shape: send an object such as {\"question\": \"...\"}"
                : "The body is not valid JSON of the expected shape: '" + field + "' must be " + expected(e));
    }

    private static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        return type == Integer.class || type == int.class ? "a whole number" : "a string";
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        int status = e.getResponse().getStatus();
        String reason = switch (status) {
            case 404 -> "No such resource";
            case 405 -> "Method not allowed here";
            case 406 -> "This resource answers application/json only";
            case 415 -> "Send the body as Content-Type: application/json";
            default -> e.getMessage();
        };
        return error(status, reason);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        Log.error("Unexpected failure while answering a request", e);
        return error(500, "Internal error: the server log has the details");
    }

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(message)).build();
    }
}
