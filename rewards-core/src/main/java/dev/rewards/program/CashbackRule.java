package dev.rewards.program;

import dev.rewards.transaction.LineScope;
import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Messages;
import dev.rewards.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * C1, L10: {@code percent} percent of the spend on the lines in scope, plus any {@code fixed} amount per
 * purchase, returned as {@link CashbackForm}.
 * {@code percentByTier} replaces the rate for members of the tiers it names; a tier's
 * {@link Tier#cashbackBoost()} is then added. A rate of zero means the member's tier does not
 * qualify. The amount is rounded to the currency's minor unit with {@code rounding} (default down:
 * never more than the stated rate),
 * then limited to {@code capPerTransaction}. Nothing is paid below {@code minimumSpend}.
 * {@code capPerPeriod} limits what the rule pays one member in a calendar period (program time zone,
 * weeks from Monday); it needs the member's history, so accounts apply it ({@code Accounts}), holding
 * back what is over it, and a single evaluation does not.
 *
 * <p>Immutable and thread-safe.
 */
public record CashbackRule(String id, BigDecimal percent, Map<String, BigDecimal> percentByTier, CashbackForm form,
                           Optional<Money> minimumSpend, Optional<Money> capPerTransaction, LineScope scope, Conditions when,
                           Optional<PeriodLimit> capPerPeriod, RoundingMode rounding, Optional<Money> fixed) {

    /** At most {@code max} of cashback per member in each calendar {@code period} (C1, L10). */
    public record PeriodLimit(AccountPolicy.Period period, Money max) {
        public PeriodLimit {
            Checks checks = Checks.start();
            checks.present(period, "period");
            if (checks.present(max, "max")) checks.positive(max.amount(), "max");
            checks.throwIfAny(InvalidProgramException::new);
        }
    }

    /** A rule without a fixed amount. */
    public CashbackRule(String id, BigDecimal percent, Map<String, BigDecimal> percentByTier, CashbackForm form,
                        Optional<Money> minimumSpend, Optional<Money> capPerTransaction, LineScope scope, Conditions when,
                        Optional<PeriodLimit> capPerPeriod, RoundingMode rounding) {
        this(id, percent, percentByTier, form, minimumSpend, capPerTransaction, scope, when, capPerPeriod, rounding, Optional.empty());
    }

    /** A rule rounding down (never more than the stated rate). */
    public CashbackRule(String id, BigDecimal percent, Map<String, BigDecimal> percentByTier, CashbackForm form,
                        Optional<Money> minimumSpend, Optional<Money> capPerTransaction, LineScope scope, Conditions when,
                        Optional<PeriodLimit> capPerPeriod) {
        this(id, percent, percentByTier, form, minimumSpend, capPerTransaction, scope, when, capPerPeriod, RoundingMode.DOWN);
    }

    /** A rule without a cap per period. */
    public CashbackRule(String id, BigDecimal percent, Map<String, BigDecimal> percentByTier, CashbackForm form,
                        Optional<Money> minimumSpend, Optional<Money> capPerTransaction, LineScope scope, Conditions when) {
        this(id, percent, percentByTier, form, minimumSpend, capPerTransaction, scope, when, Optional.empty());
    }

    public CashbackRule {
        percent = percent == null ? BigDecimal.ZERO : percent;
        percentByTier = percentByTier == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(percentByTier));
        form = form == null ? CashbackForm.STORE_CREDIT : form;
        minimumSpend = minimumSpend == null ? Optional.empty() : minimumSpend;
        capPerTransaction = capPerTransaction == null ? Optional.empty() : capPerTransaction;
        scope = scope == null ? LineScope.ALL : scope;
        when = when == null ? Conditions.ALWAYS : when;
        capPerPeriod = capPerPeriod == null ? Optional.empty() : capPerPeriod;
        rounding = rounding == null ? RoundingMode.DOWN : rounding;
        fixed = fixed == null ? Optional.empty() : fixed;
        Checks checks = Checks.start().id(id, "id");
        checks.require(rounding != RoundingMode.UNNECESSARY, "rounding", "must say how to round, not UNNECESSARY");
        checkPercent(checks, percent, "percent");
        percentByTier.forEach((tier, p) -> checkPercent(checks, p, "percentByTier." + tier));
        checks.require(percent.signum() > 0 || !percentByTier.isEmpty() || fixed.isPresent(), "percent", Messages.noCashbackRate());
        fixed.ifPresent(f -> checks.positive(f.amount(), "fixed"));
        minimumSpend.ifPresent(m -> checks.notNegative(m.amount(), "minimumSpend"));
        capPerTransaction.ifPresent(m -> checks.positive(m.amount(), "capPerTransaction"));
        checks.throwIfAny(InvalidProgramException::new);
    }

    private static void checkPercent(Checks checks, BigDecimal p, String path) {
        if (checks.present(p, path)) {
            checks.notNegative(p, path).require(p.compareTo(Messages.HUNDRED) <= 0, path, Messages.percentOver100(p));
        }
    }

    /** {@code percent} percent of every line, paid as store credit, with no minimum and no cap. */
    public static CashbackRule of(String id, String percent) {
        return new CashbackRule(id, new BigDecimal(percent), Map.of(), CashbackForm.STORE_CREDIT, Optional.empty(),
                Optional.empty(), LineScope.ALL, Conditions.ALWAYS);
    }

    /** Cashback only for the tiers named, at their rates; members of other tiers get none. */
    public static CashbackRule byTier(String id, Map<String, BigDecimal> percentByTier) {
        return new CashbackRule(id, BigDecimal.ZERO, percentByTier, CashbackForm.STORE_CREDIT, Optional.empty(),
                Optional.empty(), LineScope.ALL, Conditions.ALWAYS);
    }

    public CashbackRule withPercentByTier(Map<String, BigDecimal> rates) {
        return new CashbackRule(id, percent, rates, form, minimumSpend, capPerTransaction, scope, when, capPerPeriod, rounding, fixed);
    }

    public CashbackRule withForm(CashbackForm form) {
        return new CashbackRule(id, percent, percentByTier, form, minimumSpend, capPerTransaction, scope, when, capPerPeriod, rounding, fixed);
    }

    public CashbackRule withMinimumSpend(Money minimum) {
        return new CashbackRule(id, percent, percentByTier, form, Optional.of(minimum), capPerTransaction, scope, when, capPerPeriod, rounding, fixed);
    }

    public CashbackRule withCapPerTransaction(Money cap) {
        return new CashbackRule(id, percent, percentByTier, form, minimumSpend, Optional.of(cap), scope, when, capPerPeriod, rounding, fixed);
    }

    public CashbackRule withScope(LineScope scope) {
        return new CashbackRule(id, percent, percentByTier, form, minimumSpend, capPerTransaction, scope, when, capPerPeriod, rounding, fixed);
    }

    public CashbackRule withWhen(Conditions when) {
        return new CashbackRule(id, percent, percentByTier, form, minimumSpend, capPerTransaction, scope, when, capPerPeriod, rounding, fixed);
    }

    /** At most {@code max} per member in each calendar {@code period}, applied by accounts. */
    public CashbackRule withCapPerPeriod(AccountPolicy.Period period, Money max) {
        return new CashbackRule(id, percent, percentByTier, form, minimumSpend, capPerTransaction, scope, when,
                Optional.of(new PeriodLimit(period, max)), rounding, fixed);
    }

    /** M2: the cashback rounded to the minor unit with {@code mode} (DOWN, the default, never pays more than the rate). */
    public CashbackRule withRounding(RoundingMode mode) {
        return new CashbackRule(id, percent, percentByTier, form, minimumSpend, capPerTransaction, scope, when, capPerPeriod, mode, fixed);
    }

    /**
     * L10: a fixed {@code amount} back on every purchase the rule applies to (its minimum spend, scope
     * and conditions met), on top of any percentage; with no percentage, the fixed amount alone.
     */
    public static CashbackRule fixed(String id, Money amount) {
        return new CashbackRule(id, BigDecimal.ZERO, Map.of(), CashbackForm.STORE_CREDIT, Optional.empty(), Optional.empty(), LineScope.ALL,
                Conditions.ALWAYS, Optional.empty(), RoundingMode.DOWN, Optional.of(amount));
    }

    /** The same rule with a fixed amount back per purchase as well (L10). */
    public CashbackRule withFixed(Money amount) {
        return new CashbackRule(id, percent, percentByTier, form, minimumSpend, capPerTransaction, scope, when, capPerPeriod, rounding,
                Optional.of(amount));
    }

    /** The base rate for a member of the given tier (before the tier's boost). */
    public BigDecimal rateFor(Optional<String> tierId) {
        return tierId.map(percentByTier::get).orElse(percent);
    }
}
