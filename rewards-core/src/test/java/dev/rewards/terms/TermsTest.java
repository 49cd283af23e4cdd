package dev.rewards.terms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Plain-language terms rendered from the model the engine evaluates. */
class TermsTest {
    static final String TERMS = Terms.markdown(RewardsJson.readProgram(Path.of("../rewards-examples/data/brewhouse/program.json")));

    @Test
    void earning_rules_read_as_sentences_with_their_scope_and_days() {
        assertThat(TERMS).contains(
                "- **base**: 1 point for every 1.00 EUR spent on everything except gift-cards.",
                "- **pastry-weekend**: points on pastry are multiplied by 2 on Saturday and Sunday.",
                "- **big-basket**: 25 points when you spend 40.00 EUR or more in one purchase on everything except gift-cards.",
                "- At most 1000 points per purchase.",
                "- At most 50 points a month from reviews.");
    }

    @Test
    void tiers_cashback_vouchers_and_points_rules_are_all_there() {
        assertThat(TERMS).contains(
                "| gold | 250.00 EUR | points x1.5, free-refill, 100 bonus points on reaching it |",
                "3% for gold members of what you spend except gift-cards, paid as store credit, at most 2.00 EUR per purchase",
                "**10% off beans this spring** (code SPRING-BEANS): 10% off, at most 5.00 EUR; valid from 1 March 2026, 00:00 until 1 June 2026, 00:00 (not included)",
                "- Points expire 12 months after the day you earn them, at the end of that quarter, oldest first; we tell you 30 days before.",
                "- 100 points are worth 1.00 EUR off a purchase, from 200 points, at most 10.00 EUR per order.");
    }

    @Test
    void a_program_without_tiers_vouchers_or_accounts_has_only_its_earning_section() {
        String terms = Terms.markdown(Program.builder().id("tiny").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 2, "5.00")).build());

        assertThat(terms).contains("- **base**: 2 points for every 5.00 EUR spent.").doesNotContain("## Tiers", "## Vouchers", "## Your points");
    }

    @Test
    void markup_in_program_texts_is_printed_as_written_and_cannot_reshape_the_terms() {
        Program p = Program.builder().id("shop").currency("EUR").timeZone("UTC")
                .earnRule(SpendRule.of("base", 1, "1.00").withScope(dev.rewards.transaction.LineScope.categories("<b>beans</b>")))
                .vouchers(dev.rewards.voucher.VoucherPolicy.of(dev.rewards.voucher.VoucherCampaign.withCode("c1", "CODE-1",
                        dev.rewards.voucher.Benefit.PercentOff.of("10")).named("**FREE** <script>alert(1)</script>\n# Heading")))
                .build();

        String md = Terms.markdown(p);

        assertThat(md).contains("**\\*\\*FREE\\*\\* &lt;script&gt;alert(1)&lt;/script&gt; \\# Heading**")
                .contains("on &lt;b&gt;beans&lt;/b&gt;").doesNotContain("<script>").doesNotContain("\n# Heading");
    }
}
