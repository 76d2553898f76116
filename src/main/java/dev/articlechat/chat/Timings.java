package dev.articlechat.chat;

/**
 * Where the time of one answer went, in milliseconds; {@code firstTokenMs} is null when nothing streamed, and
 * {@code queuedMs} is the time spent waiting for a free model slot.
 */
public record Timings(long retrievalMs, Long firstTokenMs, long totalMs, long queuedMs) {
}
