/**
 * What the host hands over: a {@link dev.rewards.transaction.Transaction} with its
 * {@link dev.rewards.transaction.Line}s, and the {@link dev.rewards.transaction.MemberState}.
 */
package dev.rewards.transaction;
