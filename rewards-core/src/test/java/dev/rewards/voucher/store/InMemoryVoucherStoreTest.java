package dev.rewards.voucher.store;

class InMemoryVoucherStoreTest extends VoucherOperationsContract {
    @Override
    VoucherStore store() {
        return new InMemoryVoucherStore();
    }
}
