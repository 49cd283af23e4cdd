package dev.rewards.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The syntax of every {@code rewards} command in one table, read by picocli: {@code --name VALUE} and
 * {@code --name=VALUE}, flags, {@code --help}/{@code -h} and {@code --version}/{@code -V} at every
 * level, an option given twice refused, and a mistyped command or option answered with the closest
 * ones. What the values mean (files, numbers, instants) is each command's own business: a parsed
 * command line is handed on in one canonical form ({@code command [sub] --name value ... positionals}).
 */
final class CliSyntax {
    /** A command line as parsed: the canonical arguments, and whether help or the version was asked for. */
    record Parsed(List<String> args, boolean help, boolean version) {
    }

    private CliSyntax() {
    }

    private static CommandSpec command(List<String> valued, List<String> flags, boolean paths) {
        CommandSpec spec = CommandSpec.create();
        spec.addOption(OptionSpec.builder("--help", "-h").usageHelp(true).description("Show this command's help.").build());
        for (String name : valued) {
            spec.addOption(OptionSpec.builder(name).type(String.class).paramLabel(name.equals("--at") ? "INSTANT" : "VALUE").build());
        }
        for (String name : flags) spec.addOption(OptionSpec.builder(name).type(boolean.class).arity("0").build());
        if (paths) spec.addPositional(PositionalParamSpec.builder().type(String[].class).arity("0..*").paramLabel("FILE-OR-FOLDER").build());
        return spec;
    }

    /** A command's options: those that take a value, the flags, and whether it takes paths after them. */
    record Options(List<String> valued, List<String> flags, boolean paths) {
    }

    private static final List<String> DECIDE = List.of("--program", "--members", "--transactions", "--rates", "--calendars");
    private static final List<String> SIMULATE = List.of("--program", "--compare", "--history", "--synthetic", "--synthetic-members", "--seed",
            "--from", "--months", "--members", "--format", "--out", "--members-out", "--issued", "--spark", "--threads", "--to");

    /**
     * Every command's options, by its path ({@code "vouchers generate"}): the one table picocli's syntax
     * and each command's own reading of its values come from, so a new option is added here only.
     */
    static final Map<String, Options> COMMANDS = commands();

    private static Map<String, Options> commands() {
        Map<String, Options> c = new LinkedHashMap<>();
        c.put("evaluate", new Options(DECIDE, List.of("--independent"), false));
        c.put("explain", new Options(DECIDE, List.of("--independent"), false));
        c.put("history", new Options(List.of("--program", "--members", "--history", "--at"), List.of("--json"), false));
        c.put("simulate", new Options(SIMULATE, List.of("--by-member"), false));
        c.put("synth", new Options(SIMULATE, List.of(), false));
        c.put("terms", new Options(List.of("--program"), List.of("--diff"), true)); // --diff OLD NEW: two paths after the flag
        c.put("precompile", new Options(List.of("--program", "--out"), List.of(), false));
        c.put("scenarios", new Options(List.of(), List.of(), true));
        c.put("vouchers generate", new Options(List.of("--program", "--campaign", "--count", "--keys"), List.of(), false));
        c.put("vouchers verify", new Options(List.of("--program", "--campaign", "--keys", "--code"), List.of(), false));
        c.put("vouchers check", new Options(List.of("--program", "--members", "--transactions", "--code", "--issued"), List.of(), false));
        return Collections.unmodifiableMap(c);
    }

    /** A command's arguments from {@code from} on (canonical, as {@link #parse} hands them on), read by the table's options. */
    static CliArgs read(String command, String[] args, int from) {
        Options o = COMMANDS.getOrDefault(command, new Options(List.of(), List.of(), false));
        return CliArgs.parse(args, from, Set.copyOf(o.valued()), Set.copyOf(o.flags()));
    }

    static CommandLine commandLine() {
        CommandSpec root = CommandSpec.create().name("rewards").version(version());
        root.addOption(OptionSpec.builder("--help", "-h").usageHelp(true).build());
        root.addOption(OptionSpec.builder("--version", "-V").versionHelp(true).build());
        CommandLine line = new CommandLine(root);
        COMMANDS.forEach((path, o) -> {
            String[] names = path.split(" ");
            CommandLine parent = line;
            for (int k = 0; k < names.length - 1; k++) {
                if (!parent.getSubcommands().containsKey(names[k])) parent.addSubcommand(names[k], new CommandLine(command(List.of(), List.of(), false)));
                parent = parent.getSubcommands().get(names[k]);
            }
            parent.addSubcommand(names[names.length - 1], new CommandLine(command(o.valued(), o.flags(), o.paths())));
        });
        return line;
    }

    /**
     * Parses a command line; on a syntax error prints it with the closest commands or options and
     * returns empty (a usage error).
     */
    static Optional<Parsed> parse(String[] args, PrintStream err) {
        CommandLine line = commandLine();
        try {
            ParseResult result = line.parseArgs(args);
            List<String> canonical = new ArrayList<>();
            boolean help = result.isUsageHelpRequested();
            boolean version = result.isVersionHelpRequested();
            ParseResult at = result;
            while (at.hasSubcommand()) {
                at = at.subcommand();
                canonical.add(at.commandSpec().name());
                help |= at.isUsageHelpRequested();
            }
            for (OptionSpec o : at.matchedOptions()) {
                if (o.usageHelp() || o.versionHelp()) continue;
                canonical.add(o.longestName());
                if (o.arity().max() > 0) canonical.add(at.matchedOptionValue(o.longestName(), ""));
            }
            for (PositionalParamSpec p : at.matchedPositionals()) {
                String[] values = p.getValue();
                if (values != null) canonical.addAll(List.of(values));
            }
            return Optional.of(new Parsed(canonical, help, version));
        } catch (ParameterException e) {
            String command = e.getCommandLine().getCommandSpec().qualifiedName(" ");
            boolean unknownCommand = e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                    && !u.getUnmatched().get(0).startsWith("-") && e.getCommandLine().getSubcommands().size() > 0;
            if (unknownCommand) err.println(command + ": unknown command '" + ((UnmatchedArgumentException) e).getUnmatched().get(0) + "'");
            else err.println(command + ": " + lowerFirst(e.getMessage()));
            if (e instanceof UnmatchedArgumentException u) UnmatchedArgumentException.printSuggestions(u, err);
            err.println("Run '" + command + " --help' for " + (command.equals("rewards") ? "the commands." : "its options."));
            return Optional.empty();
        }
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The version line: the build's version (from the jar), and the Java running it. */
    static String version() {
        String v = "unknown";
        try (InputStream in = CliSyntax.class.getResourceAsStream("version.txt")) {
            if (in != null) v = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            // the version is informative; a missing one is "unknown"
        }
        return "rewards " + v + " (Java " + Runtime.version() + ")";
    }
}
