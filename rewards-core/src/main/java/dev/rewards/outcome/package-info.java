/**
 * What an evaluation decides: {@link dev.rewards.outcome.Outcome}, with a
 * {@link dev.rewards.outcome.Verdict} for every rule and {@link dev.rewards.reason.ReasonCode}s for
 * every rule that did not apply (A1).
 */
package dev.rewards.outcome;
