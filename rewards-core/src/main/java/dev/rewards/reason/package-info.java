/**
 * Why something did not apply or was limited: a stable {@link dev.rewards.reason.ReasonCode}, an
 * English message and, where there is one, the {@link dev.rewards.reason.Shortfall} ("spend 12.00 EUR
 * more"). Shared by outcomes, vouchers and accounts, and depending on none of them.
 */
package dev.rewards.reason;
