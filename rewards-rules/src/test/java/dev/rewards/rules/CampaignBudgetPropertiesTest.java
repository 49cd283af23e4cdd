package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Refund;
import dev.rewards.money.Money;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.testing.Properties;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.CampaignBudget;
import dev.rewards.voucher.CampaignUsage;
import dev.rewards.voucher.Stacking;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import dev.rewards.voucher.store.InMemoryVoucherStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * D8 over random histories of many members (purchases with and without a code, whole refunds,
 * competing offers at other levels): a campaign's budget is never exceeded, and what the store counts
 * is exactly what the standing purchases were given.
 */
class CampaignBudgetPropertiesTest {
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
            .vouchers(VoucherPolicy.of(
                    VoucherCampaign.automatic("launch", Benefit.PercentOff.of("15")).restrictedBy(CampaignBudget.of(Money.of("120.00", "EUR"), 12)),
                    VoucherCampaign.withCode("spring", "SPRING", new Benefit.AmountOff(Money.of("4.00", "EUR")))
                            .stacking(Stacking.EXCLUSIVE_IN_LEVEL).restrictedBy(CampaignBudget.of(Money.of("30.00", "EUR"))),
                    VoucherCampaign.automatic("ship", new Benefit.FreeShipping()).restrictedBy(CampaignBudget.redemptions(5))))
            .build();

    @Test
    void budgets_are_never_exceeded_and_the_store_counts_exactly_what_standing_purchases_were_given() {
        Properties.check().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            InMemoryVoucherStore store = new InMemoryVoucherStore();
            Accounts accounts = new Accounts(Rewards.compile(SHOP), store);
            Map<String, MemberAccount> members = new HashMap<>();
            Map<String, Map<String, BigDecimal>> given = new HashMap<>();
            Instant t = Instant.parse("2026-04-01T08:00:00Z");
            for (int i = 0; i < 60; i++) {
                t = t.plusSeconds(600 + r.nextInt(7200));
                String m = "m-" + r.nextInt(8);
                MemberAccount a = members.computeIfAbsent(m, id -> accounts.open(id, Instant.parse("2026-01-01T00:00:00Z"), Optional.empty()));
                if (r.nextInt(5) == 0 && !given.isEmpty()) {
                    String tx = given.keySet().stream().sorted().skip(r.nextInt(given.size())).findFirst().orElseThrow();
                    String owner = "m-" + tx.substring(tx.indexOf('/') + 1);
                    AccountResult back = accounts.refund(members.get(owner), Refund.whole("r-" + i, owner, tx.substring(0, tx.indexOf('/')), t));
                    members.put(owner, back.account());
                    if (!back.rejected().isEmpty() || back.duplicate()) continue;
                    given.remove(tx);
                } else {
                    dev.rewards.transaction.TransactionBuilder b = Transaction.builder("t-" + i, m, t).currency("EUR")
                            .line("1", "beans", (5 + r.nextInt(60)) + ".00", 1 + r.nextInt(2), "beans").shipping(Money.of("4.95", "EUR"));
                    Transaction tx = r.nextBoolean() ? b.build().withVouchers("SPRING") : b.build();
                    AccountResult bought = accounts.purchase(a, tx);
                    members.put(m, bought.account());
                    Map<String, BigDecimal> got = new HashMap<>();
                    for (VoucherResult v : bought.outcome().orElseThrow().appliedVouchers()) got.put(v.campaignId().orElseThrow(), v.amount().amount());
                    given.put(tx.id() + "/" + m.substring(2), got);
                }
                for (String campaign : new String[] {"launch", "spring", "ship"}) {
                    CampaignUsage used = store.campaignUsage(campaign);
                    BigDecimal sum = BigDecimal.ZERO;
                    long count = 0;
                    for (Map<String, BigDecimal> g : given.values()) {
                        if (g.containsKey(campaign)) {
                            sum = sum.add(g.get(campaign));
                            count++;
                        }
                    }
                    assertThat(used.redemptions()).as("%s redemptions", campaign).isEqualTo(count);
                    assertThat(used.spent().map(Money::amount).orElse(BigDecimal.ZERO)).as("%s spent", campaign).isEqualByComparingTo(sum);
                    CampaignBudget budget = SHOP.vouchers().campaign(campaign).orElseThrow().budget().orElseThrow();
                    if (budget.amount().isPresent()) assertThat(sum).isLessThanOrEqualTo(budget.amount().get().amount());
                    if (budget.redemptions().isPresent()) assertThat(count).isLessThanOrEqualTo(budget.redemptions().getAsLong());
                }
            }
        });
    }
}
