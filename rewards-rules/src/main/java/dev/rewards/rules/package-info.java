/**
 * The Drools evaluator. Add this module to the class path and use {@link dev.rewards.Rewards#compile};
 * the generic rules live in {@code dev/rewards/rules/*.drl}, one phase per file.
 */
package dev.rewards.rules;
