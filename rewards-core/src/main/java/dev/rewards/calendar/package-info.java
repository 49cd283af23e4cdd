/** P10: named calendars of days (public holidays, peak seasons) the host supplies and programs name. */
package dev.rewards.calendar;
