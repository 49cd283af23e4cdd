package dev.rewards.voucher.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * S3: the JDBC store keeping codes as keyed hashes passes every store test, never writes a code, finds
 * codes hashed under an older key after a rotation, and moves a plain database to hashes.
 */
class H2HashedVoucherStoreTest extends VoucherOperationsContract {
    static final byte[] KEY_1 = "first key, sixteen bytes or more".getBytes(StandardCharsets.UTF_8);
    static final byte[] KEY_2 = "second key, also long enough....".getBytes(StandardCharsets.UTF_8);

    private JdbcDataSource dataSource;

    @Override
    VoucherStore store() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:hashed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return new JdbcVoucherStore(dataSource, CodeHashing.of("K1", KEY_1)).createSchema();
    }

    private List<String> column(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    @Test
    void no_table_holds_a_code_only_its_token() throws Exception {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.giftCard("SECRET-GIFT-1", "gift", EUR_25), IssuedVoucher.to("m-1", "SECRET-ONCE-1", "once")));
        s.redeem(redeem("t-1", "m-1", giftPayment("SECRET-GIFT-1", "5.00"), singleUse("SECRET-ONCE-1", "once"),
                publicCodeOncePerMember("SPRING-PUBLIC")));
        s.topUp("top-1", "SECRET-GIFT-1", eur("1.00"));
        s.transfer("move-1", "SECRET-ONCE-1", "m-1", "m-2");
        s.giveBack("back-1", "t-1", eur("2.00"));

        List<String> stored = new ArrayList<>(column("SELECT code FROM rewards_voucher_code"));
        stored.addAll(column("SELECT code FROM rewards_voucher_use WHERE code IS NOT NULL"));
        stored.addAll(column("SELECT subject FROM rewards_voucher_operation WHERE kind <> 'GIVE_BACK'"));
        stored.addAll(column("SELECT code FROM rewards_voucher_give_back"));

        assertThat(stored).hasSize(9).allSatisfy(v -> assertThat(v).matches("K1:[0-9A-F]{32}"));
        assertThat(s.snapshot("m-2", List.of("secret-gift-1")).status("SECRET-GIFT-1").orElseThrow().balance()).contains(eur("23.00"));
        assertThat(s.exists("SECRET-ONCE-1")).isTrue();
        assertThat(s.exists("SECRET-ONCE-2")).isFalse();
        // a presented string shaped like a token is looked up, not trusted
        assertThat(s.exists("K1:00000000000000000000000000000000")).isFalse();
        assertThat(s.snapshot("m-1", List.of("K1:00")).codes()).isEmpty();
    }

    @Test
    void after_a_rotation_codes_hashed_with_the_old_key_are_still_found_and_new_ones_use_the_new_key() throws Exception {
        VoucherStore before = store();
        before.issue(List.of(IssuedVoucher.giftCard("OLD-GIFT-1", "gift", EUR_25)));
        JdbcVoucherStore after = new JdbcVoucherStore(dataSource, CodeHashing.of("K2", Map.of("K1", KEY_1, "K2", KEY_2)));

        after.issue(List.of(IssuedVoucher.giftCard("NEW-GIFT-1", "gift", EUR_25)));
        assertThat(after.redeem(redeem("t-1", "m-1", giftPayment("OLD-GIFT-1", "5.00"))).status()).isEqualTo(RedemptionResult.Status.REDEEMED);
        assertThatThrownBy(() -> after.issue(List.of(IssuedVoucher.bearer("OLD-GIFT-1", "gift")))).isInstanceOf(InvalidInputException.class);

        assertThat(column("SELECT code FROM rewards_voucher_code ORDER BY code")).satisfiesExactly(
                k1 -> assertThat(k1).startsWith("K1:"), k2 -> assertThat(k2).startsWith("K2:"));
        assertThat(balance(after, "OLD-GIFT-1")).contains(eur("20.00"));
        // without the old key its codes are no longer found
        JdbcVoucherStore retired = new JdbcVoucherStore(dataSource, CodeHashing.of("K2", KEY_2));
        assertThat(retired.exists("OLD-GIFT-1")).isFalse();
        assertThat(retired.exists("NEW-GIFT-1")).isTrue();
    }

    @Test
    void a_database_of_plain_codes_moves_to_tokens_once() throws Exception {
        store();
        JdbcVoucherStore plain = new JdbcVoucherStore(dataSource);
        plain.issue(List.of(IssuedVoucher.giftCard("PLAIN-GIFT-1", "gift", EUR_25), IssuedVoucher.bearer("PLAIN-ONCE-1", "once")));
        plain.redeem(redeem("t-1", "m-1", giftPayment("PLAIN-GIFT-1", "5.00")));
        plain.topUp("top-1", "PLAIN-GIFT-1", eur("1.00"));
        JdbcVoucherStore hashed = new JdbcVoucherStore(dataSource, CodeHashing.of("K1", KEY_1));

        assertThat(hashed.hashExistingCodes()).isEqualTo(2);
        assertThat(hashed.hashExistingCodes()).isZero();

        assertThat(column("SELECT code FROM rewards_voucher_code")).allSatisfy(v -> assertThat(v).startsWith("K1:"));
        assertThat(column("SELECT code FROM rewards_voucher_use")).allSatisfy(v -> assertThat(v).startsWith("K1:"));
        assertThat(balance(hashed, "PLAIN-GIFT-1")).contains(eur("21.00"));
        assertThat(hashed.topUp("top-1", "PLAIN-GIFT-1", eur("1.00")).status()).isEqualTo(VoucherChange.Status.ALREADY_APPLIED);
        assertThat(hashed.reverse("t-1").status()).isEqualTo(RedemptionResult.Status.REVERSED);
        assertThat(balance(hashed, "PLAIN-GIFT-1")).contains(eur("26.00"));
        assertThatThrownBy(plain::hashExistingCodes).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keys_are_checked_all_at_once_and_never_printed() {
        assertThatThrownBy(() -> CodeHashing.of("K9", Map.of("k1", KEY_1, "K2", new byte[4])))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("keys.k1").hasMessageContaining("keys.K2: a key needs at least 16 bytes").hasMessageContaining("current");
        assertThat(CodeHashing.of("K1", KEY_1).toString()).isEqualTo("CodeHashing[current K1, keys [K1]]");
    }
}
