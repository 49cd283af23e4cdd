package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.account.AccountCodec;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import dev.rewards.simulation.SyntheticHistory;
import dev.rewards.testing.Properties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A4, E4: the compact binary form of an account is exact (every account of random histories, and of
 * the bundled program's synthetic members, reads back equal) and small: well under the JSON form.
 */
class AccountCodecTest {
    @Test
    void every_account_of_random_histories_reads_back_equal() {
        Properties.check().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            for (int which = 0; which < AccountPropertiesTest.ENGINES.length; which++) {
                Accounts accounts = AccountPropertiesTest.ENGINES[which];
                MemberAccount a = accounts.open("ana", AccountPropertiesTest.START, Optional.empty());
                for (Operation op : AccountPropertiesTest.history(seed, 40)) {
                    a = accounts.apply(a, op).account();
                    assertThat(AccountCodec.decode(AccountCodec.encode(a))).isEqualTo(a);
                }
            }
        });
    }

    @Test
    void a_synthetic_members_account_is_a_fraction_of_its_json() {
        SyntheticHistory h = new SyntheticHistory(SimulationTest.BREWHOUSE, 50, 5_000, 3, SimulationTest.START, Duration.ofDays(365));
        Accounts accounts = new Accounts(dev.rewards.Rewards.compile(SimulationTest.BREWHOUSE));
        Map<String, MemberAccount> members = new HashMap<>();
        Instant last = SimulationTest.START;
        while (h.hasNext()) {
            Operation op = h.next();
            MemberAccount a = members.computeIfAbsent(op.memberId(), id -> accounts.open(id, op.at(), Optional.empty()));
            members.put(op.memberId(), accounts.apply(a, op).account());
            last = op.at();
        }
        long binary = 0;
        long json = 0;
        for (MemberAccount a : members.values()) {
            byte[] bytes = AccountCodec.encode(a);
            assertThat(AccountCodec.decode(bytes)).isEqualTo(a);
            binary += bytes.length;
            json += RewardsJson.write(a).getBytes(StandardCharsets.UTF_8).length;
        }
        assertThat(binary * 4).as("binary %d bytes against JSON %d, %d members, to %s", binary, json, members.size(), last).isLessThan(json);
    }

    @Test
    void an_account_written_in_the_first_form_still_reads() throws Exception {
        byte[] v1 = AccountCodecTest.class.getResourceAsStream("/codec/account-v1.bin").readAllBytes();
        String json = new String(AccountCodecTest.class.getResourceAsStream("/codec/account-v1.json").readAllBytes(), StandardCharsets.UTF_8);
        MemberAccount expected = RewardsJson.readAccount(json);

        MemberAccount read = AccountCodec.decode(v1);

        assertThat(read).isEqualTo(expected);
        byte[] v2 = AccountCodec.encode(read);
        assertThat(AccountCodec.decode(v2)).isEqualTo(expected);
        assertThat(v2.length * 2).as("version 2: %d bytes, version 1: %d", v2.length, v1.length).isLessThan(v1.length);
    }

    @Test
    void instants_amounts_and_strings_of_any_shape_read_back_equal() {
        MemberAccount base = new Accounts(dev.rewards.Rewards.compile(SimulationTest.BREWHOUSE)).open("m", Instant.parse("2026-03-01T10:00:00.123456789Z"), Optional.empty());
        Instant[] odd = {Instant.EPOCH, Instant.MIN, Instant.MAX, Instant.parse("1969-12-31T23:59:59.999999999Z"), Instant.parse("2026-03-15T00:00:00Z"),
            Instant.parse("2026-02-28T23:59:59.001Z"), Instant.ofEpochSecond(-1, 1)};
        java.math.BigDecimal[] amounts = {new java.math.BigDecimal("0.00"), new java.math.BigDecimal("-12.345"), new java.math.BigDecimal("1E+5"),
            new java.math.BigDecimal("123456789012345678901234567890.12"), new java.math.BigDecimal("0.000000000000000001"), java.math.BigDecimal.valueOf(Long.MIN_VALUE, 2)};
        java.util.List<dev.rewards.account.LedgerEntry> ledger = new java.util.ArrayList<>();
        java.util.List<MemberAccount.Qualifying> qualifying = new java.util.ArrayList<>();
        String[] sources = {"purchase:t-1", "purchase:t-12", "purchase:t-2", "😀x", "😁y", "", "p"};
        for (int k = 0; k < odd.length; k++) {
            ledger.add(new dev.rewards.account.LedgerEntry(odd[k], dev.rewards.account.LedgerEntry.Kind.EARNED, k, sources[k], "g"));
            qualifying.add(new MemberAccount.Qualifying(odd[(k + 3) % odd.length], amounts[k % amounts.length], k, 1));
        }
        MemberAccount a = new MemberAccount(base.memberId(), Optional.of(Instant.MIN), base.referralCode(), base.referredBy(), base.referralPaid(),
                base.referralsMade(), base.tier(), base.downgrade(), base.clock(), base.lots(), base.debt(), ledger, qualifying, base.lifetimePurchases(),
                base.badges(), base.challengeProgress(), base.purchases(), base.processed(), base.credit(), base.segments(), base.tierHold(), base.birthday());

        assertThat(AccountCodec.decode(AccountCodec.encode(a))).isEqualTo(a);
    }

    @Test
    void bytes_cut_short_or_altered_are_refused_as_not_an_account() throws Exception {
        byte[] good = AccountCodec.encode(AccountCodec.decode(AccountCodecTest.class.getResourceAsStream("/codec/account-v1.bin").readAllBytes()));
        java.util.Random random = new java.util.Random(15);
        for (int k = 0; k < 400; k++) {
            byte[] bad = k % 2 == 0 ? java.util.Arrays.copyOf(good, random.nextInt(good.length)) : good.clone();
            if (k % 2 == 1) for (int flips = 0; flips < 3; flips++) bad[1 + random.nextInt(bad.length - 1)] ^= (byte) (1 + random.nextInt(255));
            try {
                AccountCodec.decode(bad);
            } catch (IllegalArgumentException refused) {
                continue; // an altered account may still read as some account; what it must not do is fail any other way
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AccountCodec.decode(new byte[] {6, 1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 3");
    }

    @Test
    void a_purchase_gives_the_same_bytes_whatever_order_its_lines_were_given_in() {
        Accounts accounts = new Accounts(dev.rewards.Rewards.compile(SimulationTest.BREWHOUSE));
        MemberAccount base = accounts.open("m", Instant.parse("2026-03-01T10:00:00Z"), Optional.empty());
        Map<String, MemberAccount.PurchasedLine> forwards = new java.util.LinkedHashMap<>();
        Map<String, MemberAccount.PurchasedLine> backwards = new java.util.LinkedHashMap<>();
        for (int k = 0; k < 12; k++) {
            forwards.put("line-" + k, new MemberAccount.PurchasedLine(1 + k, new java.math.BigDecimal(k + ".50"), k, 0, java.math.BigDecimal.ZERO,
                    java.math.BigDecimal.ZERO, 0, new java.math.BigDecimal(k + ".50")));
        }
        java.util.List<String> keys = new java.util.ArrayList<>(forwards.keySet());
        java.util.Collections.reverse(keys);
        keys.forEach(key -> backwards.put(key, forwards.get(key)));
        MemberAccount one = withPurchase(base, new MemberAccount.Purchase(base.clock(), forwards, 10, 0));
        MemberAccount other = withPurchase(base, new MemberAccount.Purchase(base.clock(), backwards, 10, 0));

        assertThat(one).isEqualTo(other);
        assertThat(AccountCodec.encode(one)).isEqualTo(AccountCodec.encode(other));
        assertThat(one.purchases().get("t-1").lines().keySet()).startsWith("line-0", "line-1", "line-10");
    }

    private static MemberAccount withPurchase(MemberAccount a, MemberAccount.Purchase purchase) {
        return new MemberAccount(a.memberId(), a.enrolledAt(), a.referralCode(), a.referredBy(), a.referralPaid(), a.referralsMade(), a.tier(),
                a.downgrade(), a.clock(), a.lots(), a.debt(), a.ledger(), a.qualifying(), a.lifetimePurchases(), a.badges(), a.challengeProgress(),
                Map.of("t-1", purchase), a.processed(), a.credit(), a.segments(), a.tierHold(), a.birthday());
    }
}
