package dev.rewards.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.kie.api.KieBase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieServices;

/**
 * Custom DRL compiled at build time: a KIE module (kjar) holding the executable model of the built-in
 * rules and a program's custom DRL, found on the classpath under {@code META-INF/rewards/} by the
 * hash of that DRL and the Drools version, and loaded as it is, with no compiler on the classpath.
 * Thread-safe.
 */
final class RuleArchives {
    static final String FOLDER = "META-INF/rewards/";

    private RuleArchives() {
    }

    /** The archive's name for custom DRL with this hash: it changes with the DRL and with Drools. */
    static String name(String customHash) {
        return "rules-" + customHash.substring(0, 32) + "-" + DROOLS.replaceAll("[^A-Za-z0-9.]", "_");
    }

    /** The Drools version, as its kie-api jar records it (the same in a plain and in a shaded classpath). */
    private static final String DROOLS = droolsVersion();

    private static String droolsVersion() {
        try (InputStream in = KieServices.class.getResourceAsStream("/META-INF/maven/org.kie/kie-api/pom.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                if (p.getProperty("version") != null) return p.getProperty("version");
            }
        } catch (IOException e) {
            // fall through
        }
        return Optional.ofNullable(KieServices.class.getPackage().getImplementationVersion()).orElse("drools");
    }

    /** How many archives were loaded in this JVM (for tests: proof that nothing was compiled). */
    static final java.util.concurrent.atomic.AtomicInteger LOADED = new java.util.concurrent.atomic.AtomicInteger();

    /** The knowledge base of the archive of that name on the classpath (the thread's, then the library's), if there is one. */
    static Optional<KieBase> load(String name) {
        byte[] bytes = null;
        for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(), RuleArchives.class.getClassLoader()}) {
            if (loader == null || bytes != null) continue;
            try (InputStream in = loader.getResourceAsStream(FOLDER + name + ".kjar")) {
                if (in != null) bytes = in.readAllBytes();
            } catch (IOException e) {
                bytes = null;
            }
        }
        if (bytes == null) return Optional.empty();
        LOADED.incrementAndGet();
        try {
            ArchiveLoader loader = new ArchiveLoader(bytes, RuleArchives.class.getClassLoader());
            List<Model> models = new ArrayList<>();
            for (String line : loader.modelClasses()) {
                models.add((Model) Class.forName(line, true, loader).getDeclaredConstructor().newInstance());
            }
            return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
        } catch (IOException | ReflectiveOperationException | LinkageError | ClassCastException e) {
            throw new IllegalStateException("the precompiled rules " + FOLDER + name + ".kjar do not load (" + e
                    + "); precompile them again with this version of rewards", e);
        }
    }

    /** The classes of an archive, defined from its bytes; the model's classes listed in its {@code drools-model} file. */
    private static final class ArchiveLoader extends ClassLoader {
        private final Map<String, byte[]> entries = new HashMap<>();

        ArchiveLoader(byte[] jar, ClassLoader parent) throws IOException {
            super(parent);
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) if (!e.isDirectory()) entries.put(e.getName(), zip.readAllBytes());
            }
        }

        List<String> modelClasses() {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (!e.getKey().startsWith("META-INF/kie/") || !e.getKey().endsWith("/drools-model")) continue;
                List<String> out = new ArrayList<>();
                for (String line : new String(e.getValue(), StandardCharsets.UTF_8).split("\\R")) {
                    if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) out.add(line.strip());
                }
                return out;
            }
            return List.of();
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = entries.get(name.replace('.', '/') + ".class");
            if (b == null) throw new ClassNotFoundException(name);
            return defineClass(name, b, 0, b.length);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] b = entries.get(name);
            return b != null ? new ByteArrayInputStream(b) : super.getResourceAsStream(name);
        }
    }
}
