package dev.rewards.rules.internal;

import dev.rewards.InvalidProgramException;
import dev.rewards.Problem;
import dev.rewards.program.CustomRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds Drools knowledge bases: the built-in rules once per JVM, and the built-in rules plus a
 * program's custom DRL once per distinct text (cached, least recently used first out). Every build
 * removes its module from the KIE repository afterwards, or each rebuild would keep heap and
 * metaspace. Thread-safe.
 */
final class KnowledgeBases {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBases.class);
    private static final int CACHED_CUSTOM_BASES = 32;
    /** Where kie-maven-plugin lists the classes of the precompiled executable model. */
    private static final String MODEL_REGISTRY = "/META-INF/kie/dev.rewards/rewards-rules/drools-model";

    private static final Map<String, RuleBase> CUSTOM = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleBase> eldest) {
            return size() > CACHED_CUSTOM_BASES;
        }
    };

    private KnowledgeBases() {
    }

    /** A knowledge base and its pool of sessions: a disposed session is reset and reused, not rebuilt. */
    record RuleBase(KieBase base, KieSessionsPool sessions) {
        static RuleBase of(KieBase base) {
            return new RuleBase(base, base.newKieSessionsPool(Runtime.getRuntime().availableProcessors()));
        }
    }

    private static final class BuiltIn {
        static final RuleBase RULES = RuleBase.of(precompiledOrBuilt());
    }

    /**
     * The built-in rules as the build precompiled them (kie-maven-plugin writes the executable model's
     * classes and lists them in {@value #MODEL_REGISTRY}); compiled from the DRL now only if they are
     * absent, as in an IDE build that skipped the plugin.
     */
    private static KieBase precompiledOrBuilt() {
        long start = System.nanoTime();
        try (InputStream in = KnowledgeBases.class.getResourceAsStream(MODEL_REGISTRY)) {
            if (in != null) {
                List<Model> models = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    if (line.isBlank() || line.startsWith("Drools-Model-Version")) continue;
                    models.add((Model) Class.forName(line.strip(), true, KnowledgeBases.class.getClassLoader())
                            .getDeclaredConstructor().newInstance());
                }
                KieBase base = KieBaseBuilder.createKieBaseFromModel(models);
                LOG.debug("Loaded the precompiled rules in {} ms", (System.nanoTime() - start) / 1_000_000);
                return base;
            }
        } catch (IOException | ReflectiveOperationException | LinkageError e) {
            LOG.debug("The precompiled rules could not be loaded ({}); compiling the DRL", e.toString());
        }
        return build("builtin", List.of());
    }

    static RuleBase builtIn() {
        return BuiltIn.RULES;
    }

    static RuleBase withCustom(List<CustomRule> custom) {
        if (custom.isEmpty()) return builtIn();
        String key = hash(custom);
        synchronized (CUSTOM) {
            RuleBase cached = CUSTOM.get(key);
            if (cached != null) return cached;
        }
        // compiled at build time (rewards precompile): loaded as it is, no compiler needed
        Optional<KieBase> precompiled = RuleArchives.load(RuleArchives.name(key));
        if (precompiled.isEmpty() && !compilersPresent()) {
            throw new InvalidProgramException(List.of(new Problem("$.customRules", "custom DRL needs the Drools compilers: add the dependency"
                    + " dev.rewards:rewards-custom-rules (a program without custom rules needs rewards-rules only)")));
        }
        RuleBase built = RuleBase.of(precompiled.orElseGet(() -> build("custom-" + key.substring(0, 16), custom)));
        synchronized (CUSTOM) {
            return CUSTOM.computeIfAbsent(key, k -> built);
        }
    }

    /** True when rewards-custom-rules (the executable model's code generation and the compilers) is on the classpath. */
    static boolean compilersPresent() {
        try {
            Class.forName("org.drools.model.codegen.ExecutableModelProject", false, KnowledgeBases.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Builds a knowledge base afresh, bypassing every cache: for measuring the naive use only. */
    static RuleBase uncached(List<CustomRule> custom) {
        return RuleBase.of(build("uncached-" + System.nanoTime(), custom));
    }

    /** The built-in rules and this custom DRL compiled into a KIE module's bytes (a kjar), for loading without compilers. */
    static byte[] archive(List<CustomRule> custom) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId release = ks.newReleaseId("dev.rewards.generated", RuleArchives.name(hash(custom)), "1.0.0");
        KieBuilder builder = builder(ks, release, custom);
        try {
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) throw invalid(errors, custom.size());
            return ((org.drools.compiler.kie.builder.impl.InternalKieModule) builder.getKieModule()).getBytes();
        } finally {
            ks.getRepository().removeKieModule(release);
        }
    }

    private static KieBuilder builder(KieServices ks, ReleaseId release, List<CustomRule> custom) {
        KieFileSystem files = ks.newKieFileSystem();
        files.generateAndWritePomXML(release);
        for (String drl : BuiltInRules.FILES) files.write("src/main/resources/" + BuiltInRules.FOLDER + drl, BuiltInRules.text(drl));
        for (int i = 0; i < custom.size(); i++) files.write(customPath(i), custom.get(i).drl());
        return ks.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    }

    private static KieBase build(String name, List<CustomRule> custom) {
        long start = System.nanoTime();
        KieServices ks = KieServices.Factory.get();
        ReleaseId release = ks.newReleaseId("dev.rewards.generated", name, "1.0.0");
        KieBuilder builder = builder(ks, release, custom);
        try {
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) throw invalid(errors, custom.size());
            KieContainer container = ks.newKieContainer(release);
            KieBase base = container.getKieBase();
            LOG.debug("Built rules {} in {} ms", name, (System.nanoTime() - start) / 1_000_000);
            return base;
        } finally {
            ks.getRepository().removeKieModule(release);
        }
    }

    private static String customPath(int i) {
        return "src/main/resources/dev/rewards/custom/rule" + i + ".drl";
    }

    private static InvalidProgramException invalid(List<Message> errors, int customCount) {
        List<Problem> problems = new ArrayList<>();
        for (Message m : errors) {
            String path = "$.customRules";
            for (int i = 0; i < customCount; i++) {
                if (m.getPath() != null && m.getPath().endsWith("rule" + i + ".drl")) path = "$.customRules[" + i + "].drl";
            }
            if (path.equals("$.customRules") && (m.getPath() == null || m.getPath().contains("dev/rewards/rules/"))) {
                throw new IllegalStateException("The built-in rules do not compile; this is a bug in rewards-rules: " + m);
            }
            // with one custom rule, whatever does not name its file is still about it
            if (path.equals("$.customRules") && customCount == 1) path = "$.customRules[0].drl";
            String where = m.getLine() > 0 ? "DRL line " + m.getLine() + ": " : "";
            // the executable model's errors may carry the generated Java source: keep the first line
            String text = m.getText().strip();
            if (text.startsWith("Java source of")) continue;
            problems.add(new Problem(path, where + text.lines().findFirst().orElse(text)));
        }
        if (problems.isEmpty()) problems.add(new Problem("$.customRules", "the custom DRL does not compile"));
        // Drools adds this after any parse error; it says nothing the parse error did not
        if (problems.size() > 1) problems.removeIf(p -> p.message().endsWith("Parser returned a null Package"));
        return new InvalidProgramException(problems);
    }

    static String hash(List<CustomRule> custom) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (CustomRule c : custom) {
                digest.update(c.id().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(c.drl().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
