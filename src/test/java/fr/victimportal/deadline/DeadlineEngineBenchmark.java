package fr.victimportal.deadline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.Random;

/**
 * Not a test: computes every deadline for 1,000,000 generated claims and prints time, throughput and heap.
 *
 * <pre>java -cp target/classes:target/test-classes fr.victimportal.deadline.DeadlineEngineBenchmark [claims] [seed]</pre>
 */
public final class DeadlineEngineBenchmark {

    private DeadlineEngineBenchmark() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20260101L;
        DeadlineEngine engine = new DeadlineEngine();

        Random random = new Random(seed);
        long genStart = System.nanoTime();
        ClaimFacts[] claims = new ClaimFacts[count];
        LocalDate[] todays = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            claims[i] = ClaimFactsGenerator.random(random);
            todays[i] = ClaimFactsGenerator.today(random, claims[i]);
        }
        long genNanos = System.nanoTime() - genStart;
        long heapWithClaims = usedHeapAfterGc();

        // Warm-up so the JIT has compiled the hot paths before timing.
        long sink = run(engine, claims, todays, Math.min(count, 200_000));

        resetPeaks();
        long start = System.nanoTime();
        long deadlines = run(engine, claims, todays, count);
        long nanos = System.nanoTime() - start;
        sink += deadlines;

        double seconds = nanos / 1e9;
        System.out.printf("claims generated     : %,d in %.2f s (seed %d)%n", count, genNanos / 1e9, seed);
        System.out.printf("deadlines computed   : %,d (%.1f per claim)%n", deadlines, deadlines / (double) count);
        System.out.printf("elapsed (compute)    : %.3f s%n", seconds);
        System.out.printf(
                "throughput           : %,.0f claims/s, %,.0f deadlines/s, %.2f µs/claim%n",
                count / seconds, deadlines / seconds, nanos / 1e3 / count);
        System.out.printf(
                "heap used, claims in : %,.1f MiB (after GC, %,d claims held)%n", heapWithClaims / 1048576.0, count);
        System.out.printf("heap peak, compute   : %,.1f MiB (sum of heap pool peaks)%n", peakHeap() / 1048576.0);
        System.out.printf(
                "heap used, after run : %,.1f MiB (after GC); max heap %,.0f MiB; JVM %s%n",
                usedHeapAfterGc() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0,
                System.getProperty("java.version"));
        System.out.println("checksum             : " + sink);
    }

    private static long run(DeadlineEngine engine, ClaimFacts[] claims, LocalDate[] todays, int n) {
        long deadlines = 0;
        for (int i = 0; i < n; i++) {
            DeadlineSchedule schedule = engine.computeAll(claims[i], todays[i]);
            deadlines += schedule.deadlines().size();
        }
        return deadlines;
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
