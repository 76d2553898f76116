package dev.articlechat.chat;

/** What one ask streams: tokens as they arrive, then exactly one {@link Done}. */
public sealed interface AnswerEvent {

    record Token(String text) implements AnswerEvent {
    }

    record Done(ChatAnswer answer) implements AnswerEvent {
    }
}
