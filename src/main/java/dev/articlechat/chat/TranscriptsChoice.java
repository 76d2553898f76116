package dev.articlechat.chat;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;

/**
 * Transcripts are kept where conversations are ({@code article-chat.chat.memory}): a transcript in this process
 * would be lost to the instance a load balancer sends the export or the rating to.
 */
@Singleton
public class TranscriptsChoice {

    @Produces
    @Singleton
    Transcripts transcripts(ArticleChatConfig config, Instance<InMemoryTranscripts> memory,
            Instance<RedisTranscripts> redis) {
        return config.chat().memory() == ArticleChatConfig.Chat.Memory.redis ? redis.get() : memory.get();
    }
}
