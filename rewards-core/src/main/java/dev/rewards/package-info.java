/**
 * The entry points: {@link dev.rewards.Rewards} compiles a {@link dev.rewards.program.Program} into a
 * {@link dev.rewards.CompiledProgram} that decides outcomes; and the error types every failure
 * belongs to ({@link dev.rewards.RewardsException}).
 */
package dev.rewards;
