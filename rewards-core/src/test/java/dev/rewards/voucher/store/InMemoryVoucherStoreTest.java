package dev.rewards.voucher.store;

class InMemoryVoucherStoreTest extends VoucherStoreContract {
    @Override
    VoucherStore store() {
        return new InMemoryVoucherStore();
    }
}
