package dev.rewards.program;

import dev.rewards.voucher.VoucherPolicy;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link Program}. Mutable and single use: {@link #build()} validates the whole program,
 * throws {@link dev.rewards.InvalidProgramException} listing every problem with its path (the same
 * paths as in JSON), and returns an immutable program. Method names are the JSON field names.
 */
public final class ProgramBuilder {
    private String id;
    private int version = 1;
    private Currency currency;
    private ZoneId timeZone;
    private PointsRounding pointsRounding = PointsRounding.DEFAULT;
    private MultiplierStacking multiplierStacking = MultiplierStacking.MULTIPLY;
    private final List<EarnRule> earnRules = new ArrayList<>();
    private Tiering tiering = Tiering.NONE;
    private final List<PointsCap> caps = new ArrayList<>();
    private final List<CashbackRule> cashbackRules = new ArrayList<>();
    private final List<CustomRule> customRules = new ArrayList<>();
    private VoucherPolicy vouchers = VoucherPolicy.NONE;
    private AccountPolicy accounts = AccountPolicy.NONE;
    private final java.util.Set<String> stopAfter = new java.util.TreeSet<>();
    private boolean built;

    ProgramBuilder() {
    }

    public ProgramBuilder id(String id) {
        this.id = id;
        return this;
    }

    public ProgramBuilder version(int version) {
        this.version = version;
        return this;
    }

    /** An ISO 4217 code such as {@code EUR}. */
    public ProgramBuilder currency(String currencyCode) {
        this.currency = Currency.getInstance(Objects.requireNonNull(currencyCode, "currencyCode"));
        return this;
    }

    /** A region id such as {@code Europe/Amsterdam}: every date and time in the program is read in it. */
    public ProgramBuilder timeZone(String zoneId) {
        this.timeZone = ZoneId.of(Objects.requireNonNull(zoneId, "zoneId"));
        return this;
    }

    public ProgramBuilder pointsRounding(RoundingMode mode, PointsRounding.Level level) {
        this.pointsRounding = new PointsRounding(mode, level);
        return this;
    }

    public ProgramBuilder multiplierStacking(MultiplierStacking stacking) {
        this.multiplierStacking = Objects.requireNonNull(stacking, "stacking");
        return this;
    }

    public ProgramBuilder earnRule(EarnRule rule) {
        earnRules.add(Objects.requireNonNull(rule, "rule"));
        return this;
    }

    /** L4: an earn rule that, when it applies, stops the earn rules after it ("stop here"). */
    public ProgramBuilder earnRuleThatStops(EarnRule rule) {
        earnRule(rule);
        stopAfter.add(rule.id());
        return this;
    }

    public ProgramBuilder tiering(TierMetric metric, QualificationWindow window, Tier... tiers) {
        this.tiering = new Tiering(metric, window, List.of(tiers));
        return this;
    }

    public ProgramBuilder tiering(Tiering tiering) {
        this.tiering = Objects.requireNonNull(tiering, "tiering");
        return this;
    }

    public ProgramBuilder cap(PointsCap cap) {
        caps.add(Objects.requireNonNull(cap, "cap"));
        return this;
    }

    public ProgramBuilder cashbackRule(CashbackRule rule) {
        cashbackRules.add(Objects.requireNonNull(rule, "rule"));
        return this;
    }

    public ProgramBuilder customRule(CustomRule rule) {
        customRules.add(Objects.requireNonNull(rule, "rule"));
        return this;
    }

    /** The program's voucher campaigns and how they stack (V1-V7). */
    public ProgramBuilder vouchers(VoucherPolicy vouchers) {
        this.vouchers = Objects.requireNonNull(vouchers, "vouchers");
        return this;
    }

    /** How members' accounts evolve over time: actions, referrals, period caps, pending points, expiry, redemption, tiers, challenges. */
    public ProgramBuilder accounts(AccountPolicy accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        return this;
    }

    public Program build() {
        if (built) throw new IllegalStateException("This builder has already built a program; use a new one");
        built = true;
        return new Program(id, version, currency, timeZone, pointsRounding, multiplierStacking, earnRules, tiering, caps,
                cashbackRules, customRules, vouchers, accounts, stopAfter);
    }
}
