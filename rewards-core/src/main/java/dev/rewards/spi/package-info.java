/** The service interface an evaluation engine implements; users need not look here. */
package dev.rewards.spi;
