package dev.rewards.rules.internal.kind;

import dev.rewards.program.BasketBonus;
import dev.rewards.program.EarnRule;
import dev.rewards.program.FirstPurchaseBonus;
import dev.rewards.program.ItemBonus;
import dev.rewards.program.Multiplier;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's side of each rule kind, made from the program model: the one place that maps the
 * model's records to {@link Kind}s. Earn rules go through {@link EarnRule.Cases}, so a new earn rule
 * kind does not compile until it has its {@link Kind} here.
 */
public final class Kinds {
    private static final EarnRule.Cases<Kind> EARN = new EarnRule.Cases<>() {
        @Override
        public Kind spend(SpendRule r) {
            return new SpendKind(r);
        }

        @Override
        public Kind multiplier(Multiplier r) {
            return new MultiplierKind(r);
        }

        @Override
        public Kind firstPurchaseBonus(FirstPurchaseBonus r) {
            return new FirstPurchaseBonusKind(r);
        }

        @Override
        public Kind basketBonus(BasketBonus r) {
            return new BasketBonusKind(r);
        }

        @Override
        public Kind itemBonus(ItemBonus r) {
            return new ItemBonusKind(r);
        }
    };

    private Kinds() {
    }

    /** Every rule of the program, in the order of {@link Program#ruleIds()}. */
    public static List<Kind> of(Program program) {
        List<Kind> all = new ArrayList<>();
        program.earnRules().forEach(r -> all.add(r.accept(EARN)));
        program.tiering().tiers().stream().filter(Tier::multipliesEarning).forEach(t -> all.add(new TierMultiplierKind(t)));
        program.caps().forEach(c -> all.add(new PointsCapKind(c)));
        program.cashbackRules().forEach(c -> all.add(new CashbackKind(c)));
        program.customRules().forEach(c -> all.add(new CustomKind(c)));
        return all;
    }
}
