package dev.rewards.examples.cli;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's options, parsed one way for every command: {@code --name VALUE} for the names in
 * {@code valued}, bare {@code --name} for those in {@code flags}, {@code --help} or {@code -h}
 * anywhere. The first problem met is kept, for a usage error.
 */
record CliArgs(Map<String, String> values, Set<String> flags, boolean help, Optional<String> error) {

    static CliArgs parse(String[] args, int from, Set<String> valued, Set<String> flags) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> set = new HashSet<>();
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) return new CliArgs(values, set, true, Optional.empty());
            if (flags.contains(a)) {
                set.add(a);
            } else if (valued.contains(a)) {
                if (i + 1 >= args.length) return new CliArgs(values, set, false, Optional.of(a + " needs a value"));
                values.put(a, args[++i]);
            } else {
                return new CliArgs(values, set, false, Optional.of("unknown option '" + a + "'"));
            }
        }
        return new CliArgs(values, set, false, Optional.empty());
    }

    boolean has(String name) {
        return values.containsKey(name) || flags.contains(name);
    }

    String get(String name) {
        return values.get(name);
    }
}
