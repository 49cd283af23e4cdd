package dev.rewards.rules.internal.kind;

import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.reason.Shortfall;
import dev.rewards.program.Conditions;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.PointsCap;
import dev.rewards.program.RuleKind;
import java.math.BigDecimal;
import java.util.Optional;

/** P5: at most so many points from one transaction; what it removes is an entry of its own. */
final class PointsCapKind extends Kind {
    private final PointsCap cap;

    PointsCapKind(PointsCap cap) {
        super(cap.id(), RuleKind.POINTS_CAP, LineScope.ALL, Conditions.ALWAYS);
        this.cap = cap;
    }

    @Override
    public boolean looksAtLines() {
        return false;
    }

    @Override
    public long limit(RuleState s, long total) {
        if (total <= cap.maxPoints()) {
            s.close(new Reason(ReasonCode.CAP_NOT_REACHED, total + " points is within the cap of " + cap.maxPoints(),
                    Optional.of(new Shortfall(BigDecimal.valueOf(cap.maxPoints() - total), "points"))));
            return total;
        }
        s.setPoints(-(total - cap.maxPoints()));
        return cap.maxPoints();
    }

    @Override
    public String summary(RuleState s) {
        return "capped at " + cap.maxPoints() + " points: " + Reasons.plural(-s.points(), "point") + " removed";
    }
}
