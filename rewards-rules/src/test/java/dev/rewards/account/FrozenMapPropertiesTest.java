package dev.rewards.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.testing.Properties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The layered maps an account's operations share ({@link FrozenMap}, {@link WorkMap}) hold exactly
 * what a plain map would after any sequence of puts, removals, merges and trims, across any number
 * of operations (freezes), layers folded or not; a frozen map never changes once handed on.
 */
class FrozenMapPropertiesTest {
    @Test
    void layered_maps_hold_what_a_plain_map_holds_and_a_frozen_one_never_changes() {
        Properties.check().forAll(longs().all(), integers().between(1, 400)).checkAssert((seed, steps) -> {
            Random r = new Random(seed);
            Map<String, Instant> model = new HashMap<>();
            Map<String, Instant> frozen = FrozenMap.of(Map.of());
            Map<String, Instant> earlierCopy = Map.of();
            Map<String, Instant> earlier = frozen;
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            for (int op = 0; op < steps; op++) {
                WorkMap<String, Instant> w = new WorkMap<>(frozen, at -> at);
                for (int k = r.nextInt(4); k >= 0; k--) {
                    t = t.plusSeconds(r.nextInt(3600));
                    String key = "id-" + r.nextInt(60);
                    switch (r.nextInt(5)) {
                        case 0, 1 -> assertThat(w.put(key, t)).isEqualTo(model.put(key, t));
                        case 2 -> assertThat(w.remove(key)).isEqualTo(model.remove(key));
                        case 3 -> {
                            Instant horizon = t.minusSeconds(r.nextInt(40_000));
                            w.removeBefore(horizon);
                            model.values().removeIf(v -> v.isBefore(horizon));
                        }
                        default -> assertThat(w.merge(key, t, (a, b) -> a.isAfter(b) ? a : b))
                                .isEqualTo(model.merge(key, t, (a, b) -> a.isAfter(b) ? a : b));
                    }
                    assertThat(w.get(key)).isEqualTo(model.get(key));
                    assertThat(w.size()).isEqualTo(model.size());
                }
                frozen = w.freeze();
                assertThat(frozen).isEqualTo(model).hasSize(model.size());
                assertThat(entriesByForEach(frozen)).as("forEach walks the entries in entrySet's order").isEqualTo(List.copyOf(frozen.entrySet()));
                assertThat(new HashMap<>(frozen)).isEqualTo(model);
                assertThat(earlier).as("a map handed on earlier is untouched").isEqualTo(earlierCopy);
                earlier = frozen;
                earlierCopy = Map.copyOf(model);
            }
        });
    }

    /**
     * A map whose entries' instants are their keys' (challenge and action progress: the period a
     * count belongs to is in its key): merges that count up keep the trim exact, over any sequence.
     */
    @Test
    void a_map_trimmed_by_its_keys_instants_holds_what_a_plain_map_holds() {
        Properties.check().forAll(longs().all(), integers().between(1, 300)).checkAssert((seed, steps) -> {
            Random r = new Random(seed);
            Map<String, Integer> model = new HashMap<>();
            Map<String, Integer> frozen = FrozenMap.of(Map.of());
            long day = 0;
            for (int op = 0; op < steps; op++) {
                WorkMap<String, Integer> w = WorkMap.byKey(frozen, FrozenMapPropertiesTest::dayOf);
                for (int k = r.nextInt(4); k >= 0; k--) {
                    day += r.nextInt(3);
                    String key = "count|" + (day - r.nextInt(20));
                    switch (r.nextInt(4)) {
                        case 0 -> assertThat(w.remove(key)).isEqualTo(model.remove(key));
                        case 1 -> {
                            Instant horizon = Instant.EPOCH.plusSeconds(86_400 * (day - r.nextInt(30)));
                            w.removeBefore(horizon);
                            model.keySet().removeIf(key2 -> dayOf(key2).isBefore(horizon));
                        }
                        default -> assertThat(w.merge(key, 1, Integer::sum)).isEqualTo(model.merge(key, 1, Integer::sum));
                    }
                    assertThat(w.get(key)).isEqualTo(model.get(key));
                }
                frozen = w.freeze();
                assertThat(frozen).isEqualTo(model);
            }
        });
    }

    private static Instant dayOf(String key) {
        return Instant.EPOCH.plusSeconds(86_400 * Long.parseLong(key.substring(key.indexOf('|') + 1)));
    }

    private static <K, V> List<Map.Entry<K, V>> entriesByForEach(Map<K, V> m) {
        List<Map.Entry<K, V>> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(Map.entry(k, v)));
        return out;
    }
}
