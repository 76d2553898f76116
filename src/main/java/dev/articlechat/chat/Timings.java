package dev.articlechat.chat;

/** Where the time of one answer went, in milliseconds; {@code firstTokenMs} is null when nothing streamed. */
public record Timings(long retrievalMs, Long firstTokenMs, long totalMs) {
}
