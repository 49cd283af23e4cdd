package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rewards.CompiledProgram;
import dev.rewards.InvalidProgramException;
import dev.rewards.Rewards;
import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.BasketBonus;
import dev.rewards.program.Conditions;
import dev.rewards.program.Multiplier;
import dev.rewards.program.PartnerFunding;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.simulation.Figures;
import dev.rewards.simulation.PartnerShares;
import dev.rewards.simulation.Simulation;
import dev.rewards.terms.Terms;
import dev.rewards.testing.Properties;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.LineScope;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import dev.rewards.transaction.TransactionBuilder;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * E6: a coalition. The supermarket's own points on everything; double points on the lines of
 * partner shell, half of which shell funds; a bonus shell funds in full; a 10% shell promotion shell
 * funds in full; a quarter of the base points on any partner's line funded by that partner. The shares
 * always sum to what each rule gave, and simulation figures report them by rule and funder.
 */
class PartnersTest {
    static final LineScope SHELL = LineScope.ALL.withPartners(Set.of("shell"));
    static final Program COALITION = Program.builder().id("coalition").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .earnRule(Multiplier.of("shell-double", "2").withScope(SHELL))
            .earnRule(new BasketBonus("shell-bonus", 50, Money.of("20.00", "EUR"), SHELL, Conditions.ALWAYS))
            .vouchers(VoucherPolicy.of(VoucherCampaign.automatic("shell-10-off", Benefit.PercentOff.of("10"))
                    .restrictedBy(new dev.rewards.voucher.Restriction.Vendors(Set.of("shell")))))
            .build().withPartnerFunding(PartnerFunding.of(Map.of("base", "25", "shell-double", "50", "shell-bonus", "100", "shell-10-off", "100")));
    static final CompiledProgram COMPILED = Rewards.compile(COALITION);
    static final MemberState ANA = MemberState.enrolled("ana", Instant.parse("2026-01-01T00:00:00Z"), Currency.getInstance("EUR"));

    static Line line(String id, String amount, String partner) {
        return new Line(id, "sku-" + id, Set.of("goods"), Money.of(amount, "EUR"), 1, Optional.ofNullable(partner));
    }

    static Transaction basket(String id, Line... lines) {
        TransactionBuilder b = Transaction.builder(id, "ana", Instant.parse("2026-03-02T10:00:00Z")).currency("EUR");
        for (Line l : lines) b.line(l);
        return b.build();
    }

    @Test
    void each_partner_funds_its_share_of_what_the_rules_gave_on_its_lines_and_the_programme_the_rest() {
        Transaction tx = basket("t-1", line("1", "30.00", "shell"), line("2", "20.00", null), line("3", "10.00", "bp"));
        Outcome o = COMPILED.evaluate(ANA, tx);
        PartnerShares shares = PartnerShares.of(COALITION, tx, o);

        // the shell line's 30.00 is 10% off: 27.00 earns 27 base points, 27 more doubled; the bonus needs 20.00 of shell spend
        assertThat(shares.points().get("shell-double")).containsExactly(Map.entry("(programme)", 14L), Map.entry("shell", 13L));
        assertThat(shares.points().get("shell-bonus")).containsExactly(Map.entry("(programme)", 0L), Map.entry("shell", 50L));
        assertThat(shares.points().get("base")).containsEntry("bp", 2L).containsEntry("shell", 6L);
        assertThat(shares.discounts().get("shell-10-off")).containsExactly(Map.entry("(programme)", Money.of("0.00", "EUR")),
                Map.entry("shell", Money.of("3.00", "EUR")));
        shares.points().forEach((rule, by) -> assertThat(by.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(o.pointsFrom(rule)));
    }

    @Test
    void shares_sum_to_each_rules_points_and_discount_for_any_basket() {
        String[] partners = {"shell", "bp", null};
        Properties.check().forAll(lists().of(integers().between(1, 30_000)).ofSizeBetween(1, 6)).checkAssert(cents -> {
            Line[] lines = new Line[cents.size()];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = line(String.valueOf(i + 1), BigDecimal.valueOf(cents.get(i), 2).toPlainString(), partners[cents.get(i) % 3]);
            }
            Transaction tx = basket("t-p", lines);
            Outcome o = COMPILED.evaluate(ANA, tx);
            PartnerShares shares = PartnerShares.of(COALITION, tx, o);
            for (String rule : List.of("base", "shell-double", "shell-bonus")) {
                long funded = shares.points().getOrDefault(rule, Map.of()).values().stream().mapToLong(Long::longValue).sum();
                assertThat(funded).isEqualTo(o.pointsFrom(rule));
            }
            o.appliedVouchers().forEach(v -> assertThat(shares.discounts().get("shell-10-off").values().stream()
                    .reduce(Money.zero(Currency.getInstance("EUR")), Money::plus)).isEqualTo(v.amount()));
            shares.points().getOrDefault("shell-double", Map.of()).forEach((f, n) -> assertThat(f).isIn("shell", "(programme)"));
        });
    }

    @Test
    void simulation_figures_report_the_shares_by_rule_and_funder_and_the_program_says_it_in_json_and_terms() {
        Simulation s = new Simulation(COALITION);
        s.enrol(List.of(ANA), Instant.parse("2026-01-01T00:00:00Z"));
        s.apply(new Operation.Purchase(basket("t-1", line("1", "30.00", "shell"), line("2", "20.00", null))));
        s.apply(new Operation.Purchase(basket("t-2", line("1", "40.00", "bp"))));
        Figures f = s.figures();

        assertThat(f.partnerPoints().get("shell-bonus")).containsEntry("shell", 50L);
        assertThat(f.partnerPoints().get("base")).containsEntry("bp", 10L);
        assertThat(f.partnerDiscounts().get("shell-10-off")).containsEntry("shell", Money.of("3.00", "EUR"));
        f.partnerPoints().forEach((rule, by) -> assertThat(by.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(f.pointsByRule().get(rule)));
        assertThat(new dev.rewards.simulation.Report(f, Optional.empty()).text()).contains("Partner funding");

        assertThat(RewardsJson.readProgram(RewardsJson.write(COALITION))).isEqualTo(COALITION);
        assertThat(Terms.markdown(COALITION)).contains("from our partner shell");
        assertThatThrownBy(() -> COALITION.withPartnerFunding(PartnerFunding.of(Map.of("nope", "50"))))
                .isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("partnerFunding.nope: no earn rule or voucher campaign 'nope'");
        assertThatThrownBy(() -> PartnerFunding.of(Map.of("base", "150"))).isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("base: must be above 0 and at most 100 percent, was 150");
    }
}
