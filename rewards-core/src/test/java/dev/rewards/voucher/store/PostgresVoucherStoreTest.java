package dev.rewards.voucher.store;

import dev.rewards.testing.Postgres;
import java.nio.charset.StandardCharsets;

/**
 * The JDBC voucher store on a real PostgreSQL server ({@link Postgres}: skipped loudly outside CI
 * without one), keeping codes as keyed hashes (S3).
 */
class PostgresVoucherStoreTest extends VoucherOperationsContract {
    @Override
    VoucherStore store() {
        return new JdbcVoucherStore(Postgres.freshDataSource("PostgresVoucherStoreTest",
                "rewards_voucher_code, rewards_voucher_member_use, rewards_voucher_redemption, rewards_voucher_use,"
                        + " rewards_voucher_campaign_use, rewards_voucher_budget_use, rewards_voucher_operation, rewards_voucher_give_back, rewards_voucher_trigger"),
                CodeHashing.of("K1", "a key of at least sixteen bytes".getBytes(StandardCharsets.UTF_8))).createSchema();
    }
}
