package dev.articlechat.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A request as it would read with its passages in the article's order instead of best first (renumbered from 1):
 * a what-if for Ollama's prompt cache, which reuses the longest start a prompt shares with the previous one.
 */
final class ArticleOrder {

    private static final Pattern PASSAGE = Pattern.compile("^\\[(\\d+)] \\((.*)\\)\\n", Pattern.MULTILINE);
    private static final String OPEN = "<<<PASSAGES\n";
    private static final String CLOSE = "PASSAGES>>>";

    private record Block(String section, String text, int position) {
    }

    private ArticleOrder() {
    }

    static JsonArray reorder(JsonArray messages, String article) {
        JsonArray copy = messages.copy();
        JsonObject system = copy.getJsonObject(0);
        String content = system.getString("content");
        int open = content.indexOf(OPEN) + OPEN.length();
        int close = content.lastIndexOf(CLOSE);
        String block = content.substring(open, close);
        Matcher m = PASSAGE.matcher(block);
        List<int[]> heads = new ArrayList<>();
        while (m.find()) {
            heads.add(new int[] { m.start(), m.end() });
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            int end = i + 1 < heads.size() ? heads.get(i + 1)[0] : block.length();
            String text = block.substring(heads.get(i)[1], end).strip();
            Matcher head = PASSAGE.matcher(block.substring(heads.get(i)[0], heads.get(i)[1]));
            head.find();
            blocks.add(new Block(head.group(2), text, article.indexOf(text)));
        }
        blocks.sort(Comparator.comparingInt(Block::position));
        StringBuilder ordered = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            ordered.append(i == 0 ? "" : "\n\n").append('[').append(i + 1).append("] (")
                    .append(blocks.get(i).section()).append(")\n").append(blocks.get(i).text());
        }
        system.put("content", content.substring(0, open) + ordered + "\n" + content.substring(close));
        return copy;
    }
}
