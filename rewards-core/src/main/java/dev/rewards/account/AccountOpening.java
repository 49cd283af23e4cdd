package dev.rewards.account;

import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.account.MemberAccount.Qualifying;
import dev.rewards.internal.Messages;
import dev.rewards.money.CurrencyMismatchException;
import dev.rewards.program.Program;
import dev.rewards.program.Tiering;
import dev.rewards.transaction.MemberState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** New accounts ({@link Accounts#open}, {@link Accounts#importState}, {@link Accounts#guest}). Stateless. */
final class AccountOpening {
    private AccountOpening() {
    }

    static MemberAccount open(Program program, String memberId, Instant enrolledAt, Optional<String> referralCode) {
        Optional<String> tier = tierReached(program, BigDecimal.ZERO);
        return new MemberAccount(memberId, Optional.of(enrolledAt), referralCode, Optional.empty(), false, 0, tier,
                Optional.empty(), enrolledAt, List.of(), 0, List.of(), List.of(), 0, List.of(), Map.of(), Map.of(), Map.of(), StoreCredit.NONE,
                Set.of(), tier.map(t -> TierHold.since(enrolledAt)));
    }

    /** The tier a qualifying total reaches, if any. */
    private static Optional<String> tierReached(Program program, BigDecimal total) {
        int rank = program.tiering().highestReached(total);
        return rank < 0 ? Optional.empty() : Optional.of(program.tiering().tiers().get(rank).id());
    }

    /**
     * Refused, changing nothing, for a state the program cannot read: qualifying spend in another
     * currency ({@link CurrencyMismatchException}, as a decision refuses it) or a tier the program does
     * not have ({@link InvalidInputException}); either was once taken silently (the spend counted as
     * the program's currency, the tier dropped).
     */
    static MemberAccount importState(Program program, MemberState state, Instant at, Optional<String> referralCode) {
        if (!state.qualifyingSpend().currency().equals(program.currency())) {
            throw new CurrencyMismatchException(program.currency(), state.qualifyingSpend().currency(), "qualifyingSpend of member " + state.id());
        }
        state.tier().filter(t -> program.tier(t).isEmpty()).ifPresent(t -> {
            throw new InvalidInputException(List.of(new Problem("member.tier", "member " + state.id() + " (program " + program.label() + "): "
                    + Messages.unknownTier(t, program.tiering().ids()))));
        });
        Instant clock = state.enrolledAt().filter(e -> e.isAfter(at)).orElse(at);
        List<Qualifying> qualifying = state.qualifyingPurchases() == 0 && state.qualifyingPoints() == 0 && state.qualifyingSpend().isZero()
                ? List.of() : List.of(new Qualifying(at, state.qualifyingSpend().amount(), state.qualifyingPoints(), state.qualifyingPurchases()));
        Tiering tiering = program.tiering();
        int held = state.tier().map(tiering::rank).orElse(-1);
        int reached = tiering.highestReached(tiering.metric().of(state.qualifyingSpend().amount(), state.qualifyingPoints(),
                state.qualifyingPurchases()));
        int rank = Math.max(held, state.enrolledAt().isPresent() ? reached : -1);
        Optional<String> tier = rank < 0 ? Optional.empty() : Optional.of(tiering.tiers().get(rank).id());
        // the segments and birthday the host gave come along (E2, L5); the tier is held from the import
        return new MemberAccount(state.id(), state.enrolledAt(), referralCode, Optional.empty(), false, 0, tier, Optional.empty(),
                clock, List.of(), 0, List.of(), qualifying, state.lifetimePurchases(), List.of(), Map.of(), Map.of(), Map.of(), StoreCredit.NONE,
                state.segments(), tier.map(t -> TierHold.since(clock)), state.birthday());
    }

    static MemberAccount guest(String memberId, Instant since) {
        return new MemberAccount(memberId, Optional.empty(), Optional.empty(), Optional.empty(), false, 0, Optional.empty(),
                Optional.empty(), since, List.of(), 0, List.of(), List.of(), 0, List.of(), Map.of(), Map.of(), Map.of());
    }

}
