package dev.articlechat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.vertx.core.json.JsonObject;

/**
 * One measured figure, with the machine's load when it was taken (figures taken while other builds run are
 * suspect) and, when issue 9 sets one, its target.
 */
record Figure(String name, double value, String unit, Target target, String load) {

    /** A bound a figure must stay within: {@code value <= limit} (or {@code >=} for a floor). */
    record Target(String operator, double limit) {
        static Target atMost(double limit) {
            return new Target("≤", limit);
        }

        static Target atLeast(double limit) {
            return new Target("≥", limit);
        }

        boolean met(double value) {
            return operator.equals("≤") ? value <= limit : value >= limit;
        }
    }

    static Figure of(String name, double value, String unit) {
        return new Figure(name, value, unit, null, loadNow());
    }

    Figure against(Target bound) {
        return new Figure(name, value, unit, bound, load);
    }

    /** "pass", "MISS", or "" when there is no target. */
    String verdict() {
        return target == null ? "" : target.met(value) ? "pass" : "MISS";
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject().put("name", name).put("value", value).put("unit", unit).put("load", load);
        if (target != null) {
            json.put("target", target.operator() + " " + target.limit()).put("verdict", verdict());
        }
        return json;
    }

    /** The 1-minute load average of the machine, as {@code uptime} shows it. */
    static String loadNow() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
