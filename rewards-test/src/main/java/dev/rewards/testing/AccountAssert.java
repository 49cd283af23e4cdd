package dev.rewards.testing;

import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.reason.ReasonCode;
import java.time.Instant;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions on what an account operation did, and on the account after it. */
public final class AccountAssert extends AbstractAssert<AccountAssert, AccountResult> {
    AccountAssert(AccountResult actual) {
        super(actual, AccountAssert.class);
    }

    private AccountAssert fail(String what, Object was) {
        failWithMessage("Expected %s, but was %s.%nEvents: %s%nRefused: %s", what, was, actual.events(), actual.rejected());
        return this;
    }

    public AccountAssert hasAvailable(long points, Instant at) {
        isNotNull();
        long was = actual.account().available(at);
        return was == points ? this : fail(points + " points spendable at " + at, was);
    }

    public AccountAssert hasPending(long points, Instant at) {
        isNotNull();
        long was = actual.account().pending(at);
        return was == points ? this : fail(points + " points pending at " + at, was);
    }

    public AccountAssert isInTier(String tier) {
        isNotNull();
        return actual.account().tier().filter(tier::equals).isPresent() ? this : fail("tier " + tier, actual.account().tier().orElse("(none)"));
    }

    public AccountAssert hasBadge(String badge) {
        isNotNull();
        return actual.account().badges().stream().anyMatch(b -> b.badge().equals(badge)) ? this : fail("badge " + badge, actual.account().badges());
    }

    public AccountAssert emitted(AccountEvent.Type type) {
        isNotNull();
        return actual.events().stream().anyMatch(e -> e.type() == type) ? this : fail("a " + type + " event", actual.events());
    }

    public AccountAssert wasRefusedBecause(ReasonCode code) {
        isNotNull();
        return actual.rejected().stream().anyMatch(r -> r.code() == code) ? this : fail("a refusal for " + code, actual.rejected());
    }
}
