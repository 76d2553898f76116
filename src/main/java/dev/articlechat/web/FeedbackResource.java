package dev.articlechat.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.articlechat.ArticleChatConfig;
import dev.articlechat.chat.ChatAnswer;
import dev.articlechat.chat.Transcript;
import dev.articlechat.chat.TranscriptTurn;
import dev.articlechat.chat.Transcripts;
import dev.articlechat.feedback.FeedbackLog;
import dev.articlechat.feedback.FeedbackRecord;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/feedback")
@Tag(name = "feedback")
public class FeedbackResource {

    private static final Set<String> RATINGS = Set.of("up", "down");

    private final Transcripts transcripts;
    private final FeedbackLog log;
    private final FeedbackRate rate;
    private final int maxCommentLength;

    public FeedbackResource(Transcripts transcripts, FeedbackLog log, FeedbackRate rate, ArticleChatConfig config) {
        this.transcripts = transcripts;
        this.log = log;
        this.rate = rate;
        this.maxCommentLength = config.feedback().maxCommentLength();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate an answer", description = "'turn' is the answer's 'turn' (its index in the "
            + "conversation); 'rating' is up or down; 'comment' is optional. Stored with the question, the answer and "
            + "its citations for evaluators. 204 when saved.")
    public void rate(FeedbackRequest request, @Context HttpServerRequest http) throws FeedbackLog.Unwritable {
        if (request == null) {
            throw new ApiException(400, "Send a JSON body such as {\"conversationId\": \"...\", \"turn\": 0, "
                    + "\"rating\": \"down\", \"comment\": \"...\"}");
        }
        String rating = rating(request.rating());
        String comment = comment(request.comment());
        Transcript transcript = transcript(request.conversationId());
        TranscriptTurn turn = turn(transcript, request.turn());
        // only what would be saved counts: a client's mistakes cost no disk
        rate.take(http.remoteAddress().hostAddress());
        ChatAnswer answer = turn.answer();
        List<String> earlier = transcript.turns().subList(0, request.turn() - transcript.firstTurn()).stream()
                .map(TranscriptTurn::question).toList();
        log.append(new FeedbackRecord(Instant.now().toString(), transcript.conversationId(), request.turn(), rating,
                comment, turn.question(), earlier, answer.answer(), answer.citations(), answer.support(),
                answer.source(), answer.model(), answer.doneReason()));
    }

    private static String rating(String rating) {
        if (rating == null) {
            throw new ApiException(400, "'rating' is required: \"up\" or \"down\"");
        }
        if (!RATINGS.contains(rating)) {
            throw new ApiException(400, "'rating' must be \"up\" or \"down\", not \"" + abbreviated(rating) + "\"");
        }
        return rating;
    }

    /** The comment as the reader typed it, without what no reader types; absent when blank. */
    private String comment(String comment) {
        if (comment == null) {
            return null;
        }
        String readable = QuestionValidator.readable(comment);
        if (readable.length() > maxCommentLength) {
            throw new ApiException(400, "'comment' is " + readable.length() + " characters long; the limit is "
                    + maxCommentLength);
        }
        return readable.isEmpty() ? null : readable;
    }

    private Transcript transcript(String conversationId) {
        if (conversationId == null || conversationId.isBlank()) {
            throw new ApiException(400, "'conversationId' is required: the conversationId of the answer rated");
        }
        return transcripts.find(conversationId).orElseThrow(() -> new ApiException(400, "Unknown conversationId '"
                + abbreviated(conversationId.strip()) + "': it has no answers to rate (it may have expired)"));
    }

    private static TranscriptTurn turn(Transcript transcript, Integer index) {
        if (index == null) {
            throw new ApiException(400, "'turn' is required: the 'turn' of the answer rated (0 for the first)");
        }
        int last = transcript.firstTurn() + transcript.turns().size() - 1;
        return transcript.turn(index).orElseThrow(() -> new ApiException(400, "'turn' " + index + " is not an "
                + "answer of this conversation: its answers kept are turns " + transcript.firstTurn() + " to " + last));
    }

    /** What the client sent, cut short: it is echoed only to say what was wrong. */
    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
