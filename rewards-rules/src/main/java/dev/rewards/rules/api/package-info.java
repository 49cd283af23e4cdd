/**
 * For authors of custom DRL: the facts a custom rule may insert, its vocabulary.
 * {@link dev.rewards.rules.api.PointsGrant} grants points (counted before the caps, never multiplied),
 * {@link dev.rewards.rules.api.CashbackGrant} pays cashback, {@link dev.rewards.rules.api.LineDiscount}
 * takes an amount off a line, and {@link dev.rewards.rules.api.RuleClosure} stops another rule of the
 * program from applying, with a reason of its own. Each shows on the custom rule's verdict. A custom
 * rule can match {@code dev.rewards.transaction.Transaction}, {@code dev.rewards.transaction.Line} and
 * {@code dev.rewards.transaction.MemberState} facts; see docs/custom-rules.md.
 */
package dev.rewards.rules.api;
