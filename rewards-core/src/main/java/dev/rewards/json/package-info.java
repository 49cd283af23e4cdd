/**
 * JSON for the model ({@link dev.rewards.json.RewardsJson}), and a Jackson module for hosts that
 * embed programs, transactions or outcomes in their own JSON. The domain types carry no Jackson
 * annotations.
 */
package dev.rewards.json;
