package dev.rewards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidProgramException;
import dev.rewards.Problem;
import dev.rewards.program.Program;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.VoucherCampaign;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** V1-V7 in JSON: the bundled campaigns read, round-trip, and every mistake is reported with its path (S2). */
class VoucherJsonTest {
    static final Path BREWHOUSE = Path.of("../rewards-examples/data/brewhouse/program.json");

    @Test
    void the_bundled_campaigns_read_into_the_model() {
        Program p = RewardsJson.readProgram(BREWHOUSE);

        VoucherCampaign spring = p.vouchers().campaignWithCode("spring-beans").orElseThrow();
        assertThat(spring.benefit()).isInstanceOf(Benefit.PercentOff.class);
        assertThat(spring.usesPerMember()).contains(new Restriction.UsesPerMember(1));
        assertThat(p.vouchers().campaign("gift-card").orElseThrow().codes().orElseThrow().entropyBits()).isEqualTo(60.0);
    }

    @Test
    void a_program_with_every_kind_of_voucher_survives_a_round_trip() {
        String json = """
                {"id":"v","currency":"EUR","timeZone":"Europe/Amsterdam","tiering":{"tiers":[{"id":"gold","threshold":"0"}]},
                 "vouchers":{"conflicts":"PRIORITY","earnOn":"LIST_PRICE","storeTimeZones":{"nyc":"America/New_York"},"campaigns":[
                  {"id":"a","benefit":{"type":"percentOff","percent":"12.5","maximum":"10.00"},"code":"AAA","stacking":"EXCLUSIVE",
                   "restrictions":{"validFrom":"2026-01-01T00:00","validUntil":"2026-02-01T00:00","minimumSpend":"5.00",
                     "items":{"excludeSkus":["x"]},"stores":["s"],"channels":["web"],"vendors":["v"],
                     "blackouts":[{"days":["SUNDAY"]},{"fromTime":"22:00","untilTime":"06:00"}],
                     "maxUsesPerCode":3,"maxUsesPerMember":1,"firstOrderOnly":true,"tiers":["gold"]}},
                  {"id":"b","benefit":{"type":"amountOff","amount":"5.00"},"automatic":true},
                  {"id":"c","benefit":{"type":"freeItem","sku":"mug","quantity":2},"code":"CCC"},
                  {"id":"d","benefit":{"type":"freeShipping"},"code":"DDD"},
                  {"id":"e","benefit":{"type":"storedValue","value":"50.00"},"codes":{"prefix":"G","groups":2,"groupLength":5}},
                  {"id":"f","benefit":{"type":"reward","description":"a trip"},"code":"FFF"}]}}""";
        Program p = RewardsJson.readProgram(json);

        assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p);
        assertThat(p.vouchers().campaigns()).hasSize(6);
    }

    @Test
    void every_voucher_mistake_is_reported_at_once_with_its_path() {
        String json = """
                {"id":"v","currency":"EUR","timeZone":"Europe/Amsterdam","vouchers":{"campaigns":[
                  {"id":"a","benefit":{"type":"percentOff","percent":"120"},"code":"AAA"},
                  {"id":"a","benefit":{"type":"amountOff","amount":"5.00"},"code":"aaa","restrictions":{"tiers":["platinum"],"maxUsesPerCode":0}},
                  {"id":"c","benefit":{"type":"cheese"}},
                  {"id":"d","benefit":{"type":"storedValue","value":"5.00"},"code":"DDD","restrictions":{"blackouts":[{"fromTime":"22:00"}]}}]}}""";

        assertThatThrownBy(() -> RewardsJson.readProgram(json)).isInstanceOfSatisfying(InvalidProgramException.class, e ->
                assertThat(e.problems()).extracting(Problem::toString).contains(
                        "$.vouchers.campaigns[0].benefit.percent: must be at most 100, was 120",
                        "$.vouchers.campaigns[1].restrictions.maxUsesPerCode: must be positive, was 0",
                        "$.vouchers.campaigns[2].benefit.type: unknown kind 'cheese', expected one of [percentOff, amountOff, amountOffEach, amountOffEachLine, unitsOff, buyXGetY, bundlePrice, freeItem, freeShipping, shippingOff, storedValue, reward]",
                        "$.vouchers.campaigns[3].restrictions.blackouts[0].untilTime: fromTime and untilTime go together"));
    }

    @Test
    void program_level_voucher_problems_name_their_campaign() {
        String json = """
                {"id":"v","currency":"EUR","timeZone":"Europe/Amsterdam","vouchers":{"campaigns":[
                  {"id":"a","benefit":{"type":"amountOff","amount":"5.00"},"code":"AAA","restrictions":{"tiers":["platinum"]}},
                  {"id":"a","benefit":{"type":"storedValue","value":"5.00"},"code":"aaa"}]}}""";

        assertThatThrownBy(() -> RewardsJson.readProgram(json)).isInstanceOfSatisfying(InvalidProgramException.class, e ->
                assertThat(e.problems()).extracting(Problem::toString).contains(
                        "$.vouchers.campaigns[0].restrictions.tiers: unknown tier 'platinum'",
                        "$.vouchers.campaigns[1].code: a stored-value voucher needs codes of its own, not a public code"));
    }

    @Test
    void a_transaction_presents_codes_and_lines_name_their_vendor() {
        Transaction t = RewardsJson.readTransaction("""
                {"id":"t","memberId":"m","at":"2026-03-01T10:00:00Z","currency":"EUR","vouchers":[" spring-beans "],
                 "lines":[{"id":"1","sku":"s","unitPrice":"1.00","quantity":1,"vendor":"roastery"}]}""");

        assertThat(t.vouchers()).containsExactly("SPRING-BEANS");
        assertThat(t.lines().get(0).vendor()).contains("roastery");
        assertThat(RewardsJson.readTransaction(RewardsJson.write(t))).isEqualTo(t);
    }
}
