package dev.articlechat.chat;

/** One recorded turn: the question as answered (validated) and its finished answer. */
public record TranscriptTurn(String question, ChatAnswer answer) {
}
