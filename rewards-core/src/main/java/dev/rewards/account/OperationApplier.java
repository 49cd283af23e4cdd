package dev.rewards.account;

/** Carries out one {@link Operation} on one account: each kind calls its method of {@link Accounts}. */
final class OperationApplier implements Operation.Cases<AccountResult> {
    private final Accounts accounts;
    private final MemberAccount account;

    OperationApplier(Accounts accounts, MemberAccount account) {
        this.accounts = accounts;
        this.account = account;
    }

    @Override
    public AccountResult purchase(Operation.Purchase p) {
        return accounts.purchase(account, p.transaction());
    }

    /**
     * An event, or an effect another member's operation returned (a referral reward or clawback) as a
     * stream forwards it: applied as {@link Accounts#applyEffect}, so that it can be audited and replayed
     * like any operation.
     */
    @Override
    public AccountResult event(Operation.Event e) {
        String type = e.event().type();
        if (type.equals(Accounts.REFERRAL_REWARD) || type.equals(Accounts.REFERRAL_CLAWBACK)) return accounts.applyEffect(account, e.event());
        return accounts.event(account, e.event());
    }

    @Override
    public AccountResult refund(Operation.Return r) {
        return accounts.refund(account, r.refund());
    }

    @Override
    public AccountResult redeemPoints(Operation.RedeemPoints r) {
        return accounts.redeemPoints(account, r.id(), r.at(), r.points(), r.orderTotal());
    }

    @Override
    public AccountResult redeemReward(Operation.RedeemReward r) {
        return accounts.redeemReward(account, r.id(), r.at(), r.rewardId());
    }

    @Override
    public AccountResult assignTier(Operation.AssignTier a) {
        return accounts.assignTier(account, a.id(), a.tier(), a.at(), a.protectedUntil(), a.reason());
    }

    @Override
    public AccountResult spendCredit(Operation.SpendCredit s) {
        return accounts.spendCredit(account, s.id(), s.at(), s.amount());
    }

    /** The referrer stands in as an account holding the history's own code: the history says the referral happened. */
    @Override
    public AccountResult referred(Operation.Referred r) {
        MemberAccount referrer = accounts.open(r.referrerId(), r.at(), java.util.Optional.of(HISTORY_CODE));
        return accounts.refer(referrer, account, HISTORY_CODE, r.at());
    }

    private static final String HISTORY_CODE = "from-the-history";

    @Override
    public AccountResult advance(Operation.Advance a) {
        return accounts.advance(account, a.at());
    }

    @Override
    public AccountResult adjust(Operation.Adjust a) {
        return accounts.adjust(account, a);
    }
}
