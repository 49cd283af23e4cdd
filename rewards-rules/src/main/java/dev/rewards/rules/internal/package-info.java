/** The Drools evaluator's internals. Not an API. */
package dev.rewards.rules.internal;
