package dev.articlechat.web;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;

/** The three ways to ask, each reduced to what the client saw: its tokens and the frame (or body) that ended it. */
enum Transport {
    REST {
        @Override
        Outcome ask(URI base, String question) {
            Response response = given().contentType(ContentType.JSON).body(body(question)).when().post("/api/chat");
            JsonObject body = new JsonObject(response.asString());
            return new Outcome(response.statusCode(), List.of(), response.statusCode() == 200 ? "done" : "error", body);
        }
    },
    SSE {
        @Override
        Outcome ask(URI base, String question) {
            Response response = given().contentType(ContentType.JSON).accept("text/event-stream").body(body(question))
                    .when().post("/api/chat/stream");
            List<Event> events = events(response.asString());
            Event last = events.get(events.size() - 1);
            return new Outcome(response.statusCode(), tokens(events.stream().map(Event::data).toList()), last.name(),
                    last.data());
        }
    },
    WEBSOCKET {
        @Override
        Outcome ask(URI base, String question) throws InterruptedException {
            try (SocketClient socket = new SocketClient(base)) {
                socket.ask("1", question);
                List<JsonObject> frames = socket.untilEnd();
                JsonObject last = frames.get(frames.size() - 1);
                return new Outcome(200, tokens(frames), last.getString("type"), last);
            }
        }
    };

    /** What one ask ended with: HTTP status, streamed token texts, {@code done} or {@code error}, and its JSON. */
    record Outcome(int status, List<String> tokens, String end, JsonObject data) {
        String streamed() {
            return String.join("", tokens);
        }
    }

    /** One server-sent event: its name and its data, parsed as JSON. */
    record Event(String name, JsonObject data) {
    }

    abstract Outcome ask(URI base, String question) throws InterruptedException;

    static String body(String question) {
        return new JsonObject().put("question", question).encode();
    }

    static List<Event> events(String text) {
        List<Event> events = new ArrayList<>();
        for (String block : text.split("\n\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
            if (name != null) {
                events.add(new Event(name, new JsonObject(data.toString())));
            }
        }
        return events;
    }

    private static List<String> tokens(List<JsonObject> frames) {
        return frames.stream().filter(f -> "token".equals(f.getString("type"))).map(f -> f.getString("text")).toList();
    }
}
