package dev.articlechat.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import dev.articlechat.ArticleChatConfig;
import io.quarkus.logging.Log;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Guards the opening of {@code /ws/chat}. A browser sends its page's Origin: a page of another site (which a user
 * may visit while the app runs on their machine) is refused unless allowed by {@code article-chat.web.allowed-origins}.
 * Also notes the client's address, for the per-client limit on answers in progress.
 */
@Singleton
public class SocketUpgrade implements HttpUpgradeCheck {

    /** The client address of a socket, kept in its user data. */
    static final TypedKey<String> CLIENT = TypedKey.forString("client");

    private final Set<String> allowedOrigins;

    public SocketUpgrade(ArticleChatConfig config) {
        this.allowedOrigins = config.web().allowedOrigins().orElse(List.of()).stream()
                .map(SocketUpgrade::normalised).collect(Collectors.toSet());
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        HttpServerRequest request = context.httpRequest();
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request.getHeader("Host")) && !allowedOrigins.contains(normalised(origin))) {
            Log.infof("Refused a WebSocket from origin %s (allowed: this app's own and %s)", origin, allowedOrigins);
            return CheckResult.rejectUpgrade(403);
        }
        context.userData().put(CLIENT, request.remoteAddress().hostAddress());
        return CheckResult.permitUpgrade();
    }

    private static boolean sameOrigin(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalised(String origin) {
        String lower = origin.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
