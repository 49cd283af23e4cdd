package dev.rewards.bench;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.CustomRule;
import dev.rewards.program.Program;
import dev.rewards.transaction.MemberState;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole-JVM measurements JMH is not made for: the heap a compiled 1,000-rule program keeps, the time
 * to load it from JSON, and heap and metaspace while custom DRL is recompiled 100 times.
 * Run: {@code java -cp rewards-examples/target/benchmarks.jar dev.rewards.bench.Footprint}
 */
public final class Footprint {
    private Footprint() {
    }

    public static void main(String[] args) throws Exception {
        MemberState member = BenchData.member(false);
        Rewards.compile(BenchData.program(20)).evaluate(member, BenchData.baskets(5, 1).get(0)); // built-in rules, once per JVM

        String json = RewardsJson.write(BenchData.program(1000));
        long before = usedHeap();
        long start = System.nanoTime();
        CompiledProgram big = Rewards.compile(RewardsJson.readProgram(json));
        long loadMicros = (System.nanoTime() - start) / 1000;
        long retained = usedHeap() - before;
        big.evaluate(member, BenchData.baskets(5, 2).get(0));
        System.out.printf("1000-rule program: first load from JSON %d us, heap retained %.2f MB (JSON text %d KB)%n",
                loadMicros, retained / 1e6, json.length() / 1024);

        long startAll = System.nanoTime();
        for (int i = 0; i < 20; i++) Rewards.compile(RewardsJson.readProgram(json));
        System.out.printf("1000-rule program: warm load from JSON %.1f ms on average over 20%n", (System.nanoTime() - startAll) / 20 / 1e6);

        Program base = BenchData.program(20);
        System.out.printf("recompiles  heap MB  metaspace MB%n");
        report(0);
        List<CompiledProgram> last = new ArrayList<>();
        long compileNanos = 0;
        for (int i = 1; i <= 100; i++) {
            List<CustomRule> custom = List.of(new CustomRule("bonus", "", "package dev.rewards.custom;\n"
                    + "import dev.rewards.rules.api.PointsGrant;\nimport dev.rewards.transaction.Line;\n"
                    + "rule \"version " + i + "\"\nwhen\n  Line( sku == \"sku-" + i + "\" )\nthen\n"
                    + "  insert(new PointsGrant(\"bonus\", " + i + ", \"bonus " + i + "\"));\nend\n"));
            long compileStart = System.nanoTime();
            CompiledProgram p = Rewards.compile(new Program(base.id(), i, base.currency(), base.timeZone(), base.pointsRounding(),
                    base.multiplierStacking(), base.earnRules(), base.tiering(), base.caps(), base.cashbackRules(), custom));
            compileNanos += System.nanoTime() - compileStart;
            p.evaluate(member, BenchData.baskets(5, i).get(0));
            last.clear();
            last.add(p); // the host keeps only the current version
            if (i == 10 || i == 25 || i == 50 || i == 75 || i == 100) report(i);
        }
        System.out.printf("custom DRL: %.0f ms per compile on average over 100 distinct texts%n", compileNanos / 100 / 1e6);
    }

    private static void report(int recompiles) throws InterruptedException {
        long heap = usedHeap();
        long meta = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.NON_HEAP && pool.getName().equals("Metaspace")) meta = pool.getUsage().getUsed();
        }
        System.out.printf("%10d  %7.1f  %12.1f%n", recompiles, heap / 1e6, meta / 1e6);
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
