package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rewards.money.Money;
import dev.rewards.testing.Properties;
import dev.rewards.voucher.CampaignBudget;
import dev.rewards.voucher.CampaignUsage;
import dev.rewards.voucher.VoucherSnapshot;
import dev.rewards.voucher.store.ChannelFigures;
import dev.rewards.voucher.store.InMemoryVoucherStore;
import dev.rewards.voucher.store.IssuedVoucher;
import dev.rewards.voucher.store.JdbcVoucherStore;
import dev.rewards.voucher.store.Redemption;
import dev.rewards.voucher.store.VoucherStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * S4 over random voucher histories (issues by channel, redemptions within member limits and a budget,
 * refunds, top-ups, transfers) on the in-memory and the JDBC store: forgetting any member never
 * changes another member's view, a campaign's counters, its budget or its figures by channel.
 */
class ForgetVoucherMemberPropertiesTest {
    static final List<String> MEMBERS = List.of("m0", "m1", "m2", "m3");
    static final CampaignBudget BUDGET = CampaignBudget.of(Money.of("40.00", "EUR"), 12);

    static VoucherStore h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:forget-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return new JdbcVoucherStore(ds).createSchema();
    }

    @Test
    void forgetting_a_member_changes_no_other_member_and_no_counter() {
        check(InMemoryVoucherStore::new, 40);
        check(ForgetVoucherMemberPropertiesTest::h2, 10);
    }

    /** A snapshot with the holder of a forgotten member's code (their id, or after forgetting a pseudonym) as one mark. */
    static Object view(VoucherSnapshot snap, String gone) {
        Map<String, Object> codes = new java.util.TreeMap<>();
        snap.codes().forEach((code, st) -> codes.put(code, List.of(st.campaignId(), st.uses(), st.balance(),
                st.issuedTo().map(h -> h.equals(gone) || h.startsWith("forgotten-") ? "(forgotten)" : h))));
        return List.of(codes, new java.util.TreeMap<>(snap.usesByMember()), new java.util.TreeMap<>(snap.campaigns()));
    }

    private static void check(Supplier<VoucherStore> stores, int examples) {
        Properties.check().withExamples(examples).forAll(lists().of(integers().between(0, 999)).ofSizeBetween(1, 40), integers().between(0, 3))
                .checkAssert((steps, forgotten) -> {
                    VoucherStore s = stores.get();
                    List<String> codes = new ArrayList<>();
                    for (int i = 0; i < MEMBERS.size(); i++) {
                        String code = "CODE-" + i;
                        codes.add(code);
                        s.issue(List.of(IssuedVoucher.to(MEMBERS.get(i), code, "welcome").via(i % 2 == 0 ? "email" : "sms")));
                        s.issue(List.of(IssuedVoucher.giftCard("GIFT-" + i, "gift", Money.of("50.00", "EUR"))));
                    }
                    int n = 0;
                    for (int step : steps) {
                        String member = MEMBERS.get(step % 4);
                        n++;
                        switch (step / 4 % 5) {
                            case 0 -> s.redeem(new Redemption("t-" + n, member, List.of(new Redemption.Use(Optional.of("CODE-" + step % 4), "welcome", true,
                                    OptionalInt.of(3), OptionalInt.of(2), Optional.empty()))));
                            case 1 -> s.redeem(new Redemption("t-" + n, member, List.of(new Redemption.Use(Optional.empty(), "spring", false,
                                    OptionalInt.empty(), OptionalInt.of(2), Optional.empty(), Optional.of(BUDGET), Optional.of(Money.of("3.00", "EUR"))))));
                            case 2 -> s.reverse("t-" + (n - 1));
                            case 3 -> s.topUp("top-" + n, "GIFT-" + step % 4, Money.of("5.00", "EUR"));
                            default -> s.transfer("move-" + n, "CODE-" + step % 4, member, MEMBERS.get((step + 1) % 4));
                        }
                    }
                    String gone = MEMBERS.get(forgotten);
                    List<String> others = MEMBERS.stream().filter(m -> !m.equals(gone)).toList();
                    Map<String, Object> before = new java.util.TreeMap<>();
                    for (String m : others) before.put(m, view(s.snapshot(m, codes), gone));
                    long issued = s.issuedCount("welcome");
                    CampaignUsage spring = s.campaignUsage("spring");
                    SortedMap<String, ChannelFigures> channels = s.channels("welcome");

                    s.forget(gone);

                    // what another member sees is unchanged, but that the forgotten member's codes name a pseudonym
                    for (String m : others) assertThat(view(s.snapshot(m, codes), gone)).isEqualTo(before.get(m));
                    assertThat(s.issuedCount("welcome")).isEqualTo(issued);
                    assertThat(s.campaignUsage("spring")).isEqualTo(spring);
                    assertThat(s.channels("welcome")).isEqualTo(channels);
                    assertThat(s.snapshot(gone, codes).usesByMember("welcome")).isZero();
                    assertThat(s.snapshot(gone, codes).codes().values()).noneMatch(v -> v.issuedTo().filter(gone::equals).isPresent());
                });
    }
}
