/** Exact money: {@link dev.rewards.money.Money}, an amount and its currency at the currency's scale. */
package dev.rewards.money;
