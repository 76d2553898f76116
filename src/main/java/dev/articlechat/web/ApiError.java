package dev.articlechat.web;

/** The body of every error answer: {@code {"error": "human-readable reason"}}. */
public record ApiError(String error) {
}
