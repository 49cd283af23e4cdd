package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidProgramException;
import dev.rewards.Rewards;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Refund;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** L10: cashback as a fixed amount per purchase, alone or on top of a percentage, and taken back pro rata on a return. */
class FixedCashbackTest {
    static final CashbackRule FIVE_BACK_FROM_50 = CashbackRule.fixed("five-back", eur("5.00")).withMinimumSpend(eur("50.00"));

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Program shop(CashbackRule rule) {
        return Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .cashbackRule(rule).build();
    }

    static Transaction order(String id, String shoes, int socks) {
        dev.rewards.transaction.TransactionBuilder b = Transaction.builder(id, "m-1", Instant.parse("2026-04-01T10:00:00Z")).currency("EUR")
                .line("shoes", "shoes", shoes, 1, "shoes");
        if (socks > 0) b.line("socks", "socks", "10.00", socks, "socks");
        return b.build();
    }

    @Test
    void five_euros_back_on_every_order_from_fifty_and_nothing_below() {
        var compiled = Rewards.compile(shop(FIVE_BACK_FROM_50));

        Outcome fifty = compiled.evaluate(Fixtures.member(), order("t-1", "50.00", 0));
        Outcome below = compiled.evaluate(Fixtures.member(), order("t-2", "49.99", 0));

        assertThat(fifty.cashback()).isEqualTo(eur("5.00"));
        assertThat(fifty.verdict("five-back").orElseThrow().summary()).isEqualTo("5.00 EUR per purchase: 5.00 EUR as store credit");
        assertThat(below.cashback()).isEqualTo(eur("0.00"));
        assertThat(below.verdict("five-back").orElseThrow().reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.BELOW_MINIMUM_SPEND);
    }

    @Test
    void a_fixed_amount_on_top_of_a_percentage_is_capped_with_it() {
        CashbackRule both = CashbackRule.of("both", "2").withFixed(eur("1.00")).withCapPerTransaction(eur("2.50"));
        var compiled = Rewards.compile(shop(both));

        assertThat(compiled.evaluate(Fixtures.member(), order("t-1", "50.00", 0)).cashback()).isEqualTo(eur("2.00"));
        Outcome big = compiled.evaluate(Fixtures.member(), order("t-2", "100.00", 0));
        assertThat(big.cashback()).isEqualTo(eur("2.50"));
        assertThat(big.verdict("both").orElseThrow().summary()).startsWith("2% of 100.00 EUR + 1.00 EUR per purchase: 2.50 EUR");
    }

    @Test
    void returning_part_of_the_order_takes_back_its_share_of_the_fixed_amount() {
        Accounts accounts = new Accounts(Rewards.compile(shop(FIVE_BACK_FROM_50)));
        MemberAccount m = accounts.open("m-1", Instant.parse("2026-01-01T00:00:00Z"), Optional.empty());
        // shoes 60.00 and four pairs of socks at 10.00: the 5.00 is shared 3.00 and 2.00
        m = accounts.purchase(m, order("t-1", "60.00", 4)).account();
        m = accounts.refund(m, new Refund("r-1", "m-1", "t-1", Instant.parse("2026-04-02T10:00:00Z"), java.util.Map.of("socks", 2))).account();

        assertThat(m.credit().balance()).isEqualByComparingTo("4.00");
    }

    @Test
    void a_fixed_amount_reads_back_from_json_is_checked_and_is_in_the_terms() {
        Program p = shop(FIVE_BACK_FROM_50);
        assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p);
        assertThat(Terms.markdown(p)).contains("- 5.00 EUR back on every purchase of anything, paid as store credit, from 50.00 EUR spent");
        assertThatThrownBy(() -> CashbackRule.fixed("zero", eur("0.00"))).isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("fixed");
    }
}
