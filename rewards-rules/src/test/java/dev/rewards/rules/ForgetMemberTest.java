package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.account.store.InMemoryAccountStore;
import dev.rewards.json.AuditRecord;
import dev.rewards.testing.Properties;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * S4: a member asks to be forgotten. Their account goes from the store (returned once for the books),
 * their audit records go, and the records of the members they referred or were referred by name a
 * pseudonym instead; every record that remains still replays exactly, and no other account changes.
 */
class ForgetMemberTest {
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .accounts(AccountPolicy.NONE.withReferral(new AccountPolicy.ReferralRule(100, 50, Money.of("10.00", "EUR"))))
            .build();
    static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    final Accounts accounts = new Accounts(Rewards.compile(SHOP));

    /** A small shop: members, referrals among them, purchases and refunds, every decision audited. */
    final class Shop {
        final InMemoryAccountStore store = new InMemoryAccountStore();
        final List<AuditRecord> audit = new ArrayList<>();

        void open(String member) {
            store.create(accounts.open(member, T, Optional.of(member.toUpperCase())));
        }

        void apply(String member, Operation op) {
            AccountResult r = store.update(member, a -> {
                AuditRecord.Audited x = AuditRecord.of(accounts, a, op);
                audit.add(x.record());
                return x.result();
            });
            for (MemberEvent effect : r.effects()) apply(effect.memberId(), new Operation.Event(effect));
        }

        void buy(String member, String id, int hour, String amount) {
            apply(member, new Operation.Purchase(Transaction.builder(id, member, T.plusSeconds(3600L * hour)).currency("EUR")
                    .line("1", "grinder", amount, 1, "equipment").build()));
        }

        Map<String, MemberAccount> accounts(List<String> members) {
            Map<String, MemberAccount> out = new TreeMap<>();
            for (String m : members) store.load(m).ifPresent(a -> out.put(m, a));
            return out;
        }
    }

    @Test
    void forgetting_a_referred_member_drops_their_records_and_pseudonymises_the_referrers_and_all_still_replay() {
        Shop shop = new Shop();
        for (String m : List.of("ana", "ben", "carl")) shop.open(m);
        shop.apply("ben", new Operation.Referred("ref-1", "ben", T.plusSeconds(60), "ana"));
        shop.buy("ben", "t-1", 1, "120.00");
        shop.buy("ana", "t-2", 2, "30.00");
        shop.buy("carl", "t-3", 3, "45.00");
        assertThat(shop.audit.stream().filter(r -> r.accountBefore().contains("\"memberId\":\"ana\""))
                .anyMatch(r -> r.operation().contains("ben"))).as("ana's reward names ben").isTrue();
        Map<String, MemberAccount> others = shop.accounts(List.of("ana", "carl"));

        MemberAccount last = shop.store.forget("ben").orElseThrow();
        List<AuditRecord> remaining = AuditRecord.forget(shop.audit, "ben");

        assertThat(last.memberId()).isEqualTo("ben");
        assertThat(shop.accounts(List.of("ana", "carl"))).isEqualTo(others);
        assertThat(remaining).hasSize(shop.audit.size() - 2).allSatisfy(r -> {
            assertThat(String.join("|", r.accountBefore(), r.operation(), r.accountAfter(), String.join("|", r.events())))
                    .doesNotContainPattern("(?<![A-Za-z0-9_.-])ben(?![A-Za-z0-9_.-])");
            assertThat(r.replaysOn(accounts)).isTrue();
        });
        assertThat(remaining.stream().filter(r -> r.operation().contains("forgotten-"))).isNotEmpty();
        others.values().forEach(ManualAdjustmentsTest::assertBooksBalance);
    }

    @Test
    void forgetting_any_member_of_a_random_shop_never_changes_another_account_and_what_remains_replays() {
        Gen<List<Integer>> histories = SourceDSL.lists().of(SourceDSL.integers().between(0, 59)).ofSizeBetween(1, 30);
        Properties.check().forAll(histories, SourceDSL.integers().between(0, 4)).checkAssert((steps, forgotten) -> {
            List<String> members = List.of("m0", "m1", "m2", "m3", "m4");
            Shop shop = new Shop();
            members.forEach(shop::open);
            int n = 0;
            for (int step : steps) {
                String member = members.get(step % 5);
                int kind = step / 5;
                n++;
                if (kind == 0) {
                    String referrer = members.get((step + 1) % 5);
                    if (shop.store.load(member).orElseThrow().referredBy().isEmpty()) {
                        shop.apply(member, new Operation.Referred("ref-" + n, member, T.plusSeconds(n), referrer));
                    }
                } else {
                    shop.buy(member, "t-" + n, n, (10 * kind) + ".00");
                }
            }
            String gone = members.get(forgotten);
            List<String> rest = members.stream().filter(m -> !m.equals(gone)).toList();
            Map<String, MemberAccount> before = shop.accounts(rest);

            shop.store.forget(gone);
            List<AuditRecord> remaining = AuditRecord.forget(shop.audit, gone);

            assertThat(shop.accounts(rest)).isEqualTo(before);
            assertThat(shop.store.load(gone)).isEmpty();
            assertThat(remaining).allSatisfy(r -> assertThat(r.replaysOn(accounts)).isTrue());
            assertThat(remaining).hasSize((int) shop.audit.stream().filter(r -> !r.accountBefore().contains("\"memberId\":\"" + gone + "\"")).count());
            before.values().forEach(ManualAdjustmentsTest::assertBooksBalance);
        });
    }
}
