/** Runnable examples of embedding the library; each is run by a test. */
package dev.rewards.examples;
