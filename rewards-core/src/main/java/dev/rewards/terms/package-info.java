/**
 * A program as terms and conditions people read ({@link dev.rewards.terms.Terms}), rendered from the
 * same model the engine evaluates.
 */
package dev.rewards.terms;
