package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.eur;
import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.Conditions;
import dev.rewards.program.Multiplier;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.MemberState;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.Segments;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** E2, Q4: the host puts members in segments; earn rules and vouchers can be for some segments only. */
class SegmentsTest {
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .earnRule(Multiplier.of("students-double", "2").withWhen(Conditions.ALWAYS.withSegments(Set.of("students"))))
            .vouchers(VoucherPolicy.of(VoucherCampaign.automatic("staff-discount", Benefit.PercentOff.of("20")).restrictedBy(Segments.of("staff"))))
            .build();

    static Outcome buy(MemberState who) {
        return Rewards.compile(SHOP).evaluate(who, purchase().line("1", "beans", "20.00", 1, "beans").build());
    }

    @Test
    void a_student_earns_double_and_others_are_told_why_not() {
        assertThat(buy(member().inSegments("students")).points()).isEqualTo(40);
        Outcome other = buy(member().inSegments("newsletter"));
        assertThat(other.points()).isEqualTo(20);
        assertThat(other.verdict("students-double").orElseThrow().reasons()).extracting(Reason::message)
                .containsExactly("for members in students, not in newsletter");
    }

    @Test
    void staff_get_their_discount_and_no_one_else() {
        VoucherResult staff = buy(member().inSegments("staff", "students")).campaign("staff-discount").orElseThrow();
        VoucherResult customer = buy(member()).campaign("staff-discount").orElseThrow();

        assertThat(staff.amount()).isEqualTo(eur("4.00"));
        assertThat(customer.reasons()).singleElement().satisfies(why -> {
            assertThat(why.code()).isEqualTo(ReasonCode.SEGMENT_NOT_ELIGIBLE);
            assertThat(why.message()).isEqualTo("for members in staff, not a member in no segment");
        });
    }

    @Test
    void segments_read_back_from_json_and_are_in_the_terms() {
        MemberState ana = member().inSegments("students");

        assertThat(RewardsJson.readMember(RewardsJson.write(ana))).isEqualTo(ana);
        assertThat(RewardsJson.readProgram(RewardsJson.write(SHOP))).isEqualTo(SHOP);
        assertThat(Terms.markdown(SHOP)).contains("for members in students").contains("for members in staff");
    }

    @Test
    void an_account_keeps_its_segments_and_decides_with_them() {
        dev.rewards.account.Accounts accounts = new dev.rewards.account.Accounts(Rewards.compile(SHOP));
        java.time.Instant t = java.time.Instant.parse("2026-03-03T09:00:00Z");
        dev.rewards.account.MemberAccount ana = accounts.inSegments(accounts.open("ana", t, java.util.Optional.empty()), Set.of("students"));

        var r = accounts.purchase(ana, dev.rewards.transaction.Transaction.builder("t-1", "ana", t.plusSeconds(60)).currency("EUR")
                .line("1", "beans", "20.00", 1, "beans").build());

        assertThat(r.outcome().orElseThrow().points()).isEqualTo(40);
        assertThat(r.account().segments()).containsExactly("students");
        assertThat(RewardsJson.readAccount(RewardsJson.write(r.account()))).isEqualTo(r.account());
    }
}
