package dev.rewards.outcome;

import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import java.util.List;
import java.util.Optional;

/** Something that carries reasons (a rule's verdict, a voucher's result): look-ups by reason code. */
public interface Explained {
    List<Reason> reasons();

    /** True when one of the reasons has this code. */
    default boolean hasReason(ReasonCode code) {
        return reasons().stream().anyMatch(r -> r.code() == code);
    }

    default Optional<Reason> reason(ReasonCode code) {
        return reasons().stream().filter(r -> r.code() == code).findFirst();
    }
}
