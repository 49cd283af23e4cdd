package dev.rewards.voucher.store;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/** The JDBC store on an embedded H2 database: no set-up, a fresh database per test. */
class H2VoucherStoreTest extends VoucherOperationsContract {
    @Override
    VoucherStore store() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:vouchers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return new JdbcVoucherStore(ds).createSchema();
    }
}
