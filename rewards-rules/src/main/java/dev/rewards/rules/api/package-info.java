/**
 * For authors of custom DRL: the facts a custom rule may insert ({@link dev.rewards.rules.api.PointsGrant}).
 * A custom rule can match {@code dev.rewards.transaction.Transaction}, {@code dev.rewards.transaction.Line}
 * and {@code dev.rewards.transaction.MemberState} facts; see docs/custom-rules.md.
 */
package dev.rewards.rules.api;
