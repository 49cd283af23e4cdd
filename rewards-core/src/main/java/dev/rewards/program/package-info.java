/**
 * Programs as data (PR1): {@link dev.rewards.program.Program} and the rule kinds it holds
 * ({@link dev.rewards.program.EarnRule} and its records, {@link dev.rewards.program.Tiering},
 * {@link dev.rewards.program.CashbackRule}, {@link dev.rewards.program.PointsCap},
 * {@link dev.rewards.program.CustomRule}). All are immutable records that validate themselves.
 */
package dev.rewards.program;
