package boardpack.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Measures one piece of work in this JVM: wall time, the process's CPU time (every thread: the
 * work, the garbage collector, the JIT compilers), the calling thread's CPU time, and the peak heap
 * in use, counted from a collection just before the work.
 */
final class Meter {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final List<MemoryPoolMXBean> HEAP =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .toList();

  private Meter() {}

  /** What one piece of work took. */
  record Reading(long wallNanos, long processCpuNanos, long threadCpuNanos, long peakHeapBytes) {

    Reading plus(Reading other) {
      return new Reading(
          wallNanos + other.wallNanos,
          processCpuNanos + other.processCpuNanos,
          threadCpuNanos + other.threadCpuNanos,
          Math.max(peakHeapBytes, other.peakHeapBytes));
    }
  }

  interface Work {
    void run() throws Exception;
  }

  static Reading measure(Work work) throws Exception {
    System.gc();
    HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
    long process = PROCESS.getProcessCpuTime();
    long thread = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    work.run();
    long wall = System.nanoTime() - start;
    long peak = HEAP.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    return new Reading(
        wall,
        PROCESS.getProcessCpuTime() - process,
        THREADS.getCurrentThreadCpuTime() - thread,
        peak);
  }
}
