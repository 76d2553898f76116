package dev.articlechat.web;

/**
 * The body of {@code POST /api/feedback}: which answer ({@code turn}, the {@code turn} of its done, in
 * {@code conversationId}), {@code rating} "up" or "down", and an optional {@code comment}.
 */
public record FeedbackRequest(String conversationId, Integer turn, String rating, String comment) {
}
