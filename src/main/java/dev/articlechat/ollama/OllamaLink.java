package dev.articlechat.ollama;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.articlechat.metrics.ChatMeters;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;

/**
 * What every exchange with the configured Ollama shares: its connections, its address, how to ask and how long to
 * wait.
 */
record OllamaLink(Vertx vertx, HttpClient client, String chatUri, String model, ObjectMapper json,
        OllamaRequestBody bodies, OllamaFaults faults, ChatMeters meters, Duration firstTokenTimeout,
        Duration idleTimeout) {
}
