package dev.rewards.rules.custom;

/**
 * Marks that the Drools compilers are on the classpath, so programs with custom DRL compile (see
 * docs/custom-rules.md). This artifact adds nothing else: depend on {@code dev.rewards:rewards-custom-rules}
 * instead of {@code rewards-rules} when a program has {@code customRules}.
 */
public final class CustomRulesSupport {
    private CustomRulesSupport() {
    }

    /** True when the compilers custom DRL needs can be loaded. */
    public static boolean available() {
        try {
            Class.forName("org.drools.model.codegen.ExecutableModelProject", false, CustomRulesSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
