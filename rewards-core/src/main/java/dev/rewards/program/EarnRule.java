package dev.rewards.program;

/**
 * A rule that earns points. Sealed: the kinds are {@link SpendRule}, {@link Multiplier},
 * {@link FirstPurchaseBonus} and {@link BasketBonus}. Each names the lines it counts ({@link #scope()})
 * and when it applies ({@link #when()}). Ids are chosen by the program's author and never change.
 */
public sealed interface EarnRule permits SpendRule, Multiplier, FirstPurchaseBonus, BasketBonus {
    String id();

    RuleKind kind();

    LineScope scope();

    Conditions when();
}
