package dev.rewards.program;

import dev.rewards.transaction.LineScope;


/**
 * A rule that earns points. Sealed: the kinds are {@link SpendRule}, {@link Multiplier},
 * {@link FirstPurchaseBonus}, {@link BasketBonus} and {@link ItemBonus}. Each names the lines it
 * counts ({@link #scope()}) and when it applies ({@link #when()}). Ids are chosen by the program's
 * author and never change.
 *
 * <p>Code that treats each kind differently goes through {@link #accept(Cases)}: adding a kind adds a
 * method to {@link Cases}, so every such place stops compiling until it handles the new kind.
 */
public sealed interface EarnRule permits SpendRule, Multiplier, FirstPurchaseBonus, BasketBonus, ItemBonus {
    String id();

    RuleKind kind();

    LineScope scope();

    Conditions when();

    /** Calls the method of {@code cases} for this rule's kind. */
    <R> R accept(Cases<R> cases);

    /** One method per earn rule kind: the exhaustive dispatch over the family, checked by the compiler. */
    interface Cases<R> {
        R spend(SpendRule rule);

        R multiplier(Multiplier rule);

        R firstPurchaseBonus(FirstPurchaseBonus rule);

        R basketBonus(BasketBonus rule);

        R itemBonus(ItemBonus rule);
    }
}
