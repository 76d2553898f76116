package dev.articlechat.bench;

import java.lang.management.ManagementFactory;

/**
 * Heap in use after a full collection, and live threads, of this JVM (app, stand-in and clients together: the
 * benchmarks clear the stand-in's logs before measuring, so what remains is the app's).
 */
record JvmState(long heapBytes, int threads) {

    static JvmState afterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            sleep(200);
        }
        return new JvmState(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                ManagementFactory.getThreadMXBean().getThreadCount());
    }

    /** The most threads alive at once since the last call. */
    static int peakThreadsAndReset() {
        var threads = ManagementFactory.getThreadMXBean();
        int peak = threads.getPeakThreadCount();
        threads.resetPeakThreadCount();
        return peak;
    }

    double heapMb() {
        return heapBytes / (1024.0 * 1024.0);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
