package dev.articlechat.chat;

import io.smallrye.mutiny.Multi;

/**
 * One question being answered: its events (tokens, then one done), and a way to stop it early. Stopping cancels
 * the upstream Ollama request and ends the events with a done whose {@code doneReason} is {@code "stopped"}.
 */
public record Ask(Multi<AnswerEvent> events, Runnable stopper) {

    public void stop() {
        stopper.run();
    }
}
