package dev.articlechat.chat;

/** What one ask streams: its place in the queue while it waits for the model, tokens, then exactly one {@link Done}. */
public sealed interface AnswerEvent {

    /** The ask waits for a model slot, with {@code position} answers ahead of it; sent when the position changes. */
    record Queued(int position) implements AnswerEvent {
    }

    record Token(String text) implements AnswerEvent {
    }

    record Done(ChatAnswer answer) implements AnswerEvent {
    }
}
