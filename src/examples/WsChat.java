import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A minimal client of article-chat's WebSocket, needing only a JDK: prints each frame as it arrives and exits
 * after the answer's done (or error) frame.
 *
 * <pre>java src/examples/WsChat.java "When was the treaty signed?" [ws://localhost:8080/ws/chat]</pre>
 */
public class WsChat {

    public static void main(String[] args) throws Exception {
        String question = args.length > 0 ? args[0] : "When was the treaty signed?";
        String url = args.length > 1 ? args[1] : "ws://localhost:8080/ws/chat";
        CompletableFuture<Void> finished = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(url), new WebSocket.Listener() {
                    private final StringBuilder frame = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        frame.append(data);
                        if (last) {
                            String text = frame.toString();
                            frame.setLength(0);
                            System.out.println(text);
                            if (text.contains("\"type\":\"done\"") || text.contains("\"type\":\"error\"")) {
                                finished.complete(null);
                            }
                        }
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket ws, Throwable error) {
                        finished.completeExceptionally(error);
                    }
                }).join();
        String escaped = question.replace("\\", "\\\\").replace("\"", "\\\"");
        socket.sendText("{\"type\":\"ask\",\"id\":\"1\",\"question\":\"" + escaped + "\"}", true);
        finished.join();
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }
}
