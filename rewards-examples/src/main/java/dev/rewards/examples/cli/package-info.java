/** The {@code rewards} command-line tool: {@code evaluate} and {@code explain}. */
package dev.rewards.examples.cli;
