package dev.rewards.voucher.store;

import dev.rewards.testing.Postgres;

/** The JDBC voucher store on a real PostgreSQL server ({@link Postgres}: skipped loudly outside CI without one). */
class PostgresVoucherStoreTest extends VoucherStoreContract {
    @Override
    VoucherStore store() {
        return new JdbcVoucherStore(Postgres.freshDataSource("PostgresVoucherStoreTest",
                "rewards_voucher_code, rewards_voucher_member_use, rewards_voucher_redemption, rewards_voucher_use,"
                        + " rewards_voucher_campaign_use, rewards_voucher_budget_use")).createSchema();
    }
}
