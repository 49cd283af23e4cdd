package dev.rewards.program;

import dev.rewards.internal.Checks;
import dev.rewards.internal.Messages;
import dev.rewards.internal.Sets;
import dev.rewards.InvalidProgramException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * When a rule applies at all, judged on the transaction: a period in the program's time zone
 * ({@code from} inclusive, {@code until} exclusive, both optional), days of the week, channels and
 * stores. Empty sets mean "any". JSON field: {@code when}.
 *
 * <p>Immutable and thread-safe.
 */
public record Conditions(Optional<LocalDateTime> from, Optional<LocalDateTime> until, Set<DayOfWeek> days,
                         Set<String> channels, Set<String> stores) {

    /** No condition: always applies. */
    public static final Conditions ALWAYS = new Conditions(Optional.empty(), Optional.empty(), Set.of(), Set.of(), Set.of());

    public Conditions {
        from = from == null ? Optional.empty() : from;
        until = until == null ? Optional.empty() : until;
        days = Sets.sorted(days, "days");
        channels = Sets.sorted(channels, "channels");
        stores = Sets.sorted(stores, "stores");
        Checks checks = Checks.start();
        if (from.isPresent() && until.isPresent() && !until.get().isAfter(from.get())) {
            checks.add("until", Messages.untilNotAfterFrom(from.get(), until.get()));
        }
        checks.throwIfAny(InvalidProgramException::new);
    }

    /** {@code [from, until)} in the program's time zone. */
    public static Conditions between(LocalDateTime from, LocalDateTime until) {
        return ALWAYS.withPeriod(from, until);
    }

    public Conditions withPeriod(LocalDateTime from, LocalDateTime until) {
        return new Conditions(Optional.ofNullable(from), Optional.ofNullable(until), days, channels, stores);
    }

    public Conditions withDays(Set<DayOfWeek> days) {
        return new Conditions(from, until, days, channels, stores);
    }

    public Conditions withChannels(Set<String> channels) {
        return new Conditions(from, until, days, channels, stores);
    }

    public Conditions withStores(Set<String> stores) {
        return new Conditions(from, until, days, channels, stores);
    }

    public boolean isAlways() {
        return equals(ALWAYS);
    }

    public boolean startsAfter(LocalDateTime time) {
        return from.isPresent() && time.isBefore(from.get());
    }

    public boolean endedBy(LocalDateTime time) {
        return until.isPresent() && !time.isBefore(until.get());
    }

    public boolean excludesDay(DayOfWeek day) {
        return !days.isEmpty() && !days.contains(day);
    }

    public boolean excludesChannel(Optional<String> channel) {
        return !channels.isEmpty() && (channel.isEmpty() || !channels.contains(channel.get()));
    }

    public boolean excludesStore(Optional<String> store) {
        return !stores.isEmpty() && (store.isEmpty() || !stores.contains(store.get()));
    }
}
