package dev.rewards.voucher;

import dev.rewards.internal.Sets;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import java.util.Optional;
import java.util.Set;

/**
 * E2: only members the host puts in one of {@code segments} ({@link dev.rewards.transaction.MemberState#segments()},
 * compared as written): "20% off for students". Guests are in no segment. JSON: {@code segments}.
 *
 * <p>Immutable and thread-safe.
 */
public record Segments(Set<String> segments) implements Restriction {
    public Segments {
        segments = Sets.nonEmpty(segments, "segments");
    }

    public static Segments of(String... segments) {
        return new Segments(Set.of(segments));
    }

    @Override
    public Optional<Reason> check(Checkout c) {
        for (String s : c.segments()) if (segments.contains(s)) return Optional.empty();
        return Optional.of(Reason.of(ReasonCode.SEGMENT_NOT_ELIGIBLE, "for members in " + String.join(", ", segments) + ", not "
                + (c.segments().isEmpty() ? "a member in no segment" : "in " + String.join(", ", c.segments()))));
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.segments(this);
    }
}
