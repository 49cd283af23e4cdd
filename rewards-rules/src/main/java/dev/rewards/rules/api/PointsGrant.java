package dev.rewards.rules.api;

import java.util.Objects;

/**
 * What a custom DRL rule inserts to grant points: {@code insert(new PointsGrant("sunday-brunch", 30, "Sunday brunch bonus"));}
 * The rule id must be the id of a custom rule of the program. Grants count after built-in earning
 * and before caps; they are not multiplied.
 *
 * <p>Immutable and thread-safe.
 */
public final class PointsGrant {
    private final String ruleId;
    private final long points;
    private final String message;

    public PointsGrant(String ruleId, long points, String message) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        if (points <= 0) throw new IllegalArgumentException("points must be positive, was " + points);
        this.points = points;
        this.message = Objects.requireNonNull(message, "message");
    }

    public String getRuleId() {
        return ruleId;
    }

    public long getPoints() {
        return points;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointsGrant g && g.ruleId.equals(ruleId) && g.points == points && g.message.equals(message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, points, message);
    }

    @Override
    public String toString() {
        return "PointsGrant[" + ruleId + ", " + points + ", " + message + "]";
    }
}
