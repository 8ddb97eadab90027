package boardpack.bench;

import java.time.YearMonth;

/** A generated objective; parent and kpi are IDs or null. */
record BenchObjective(
    String id,
    String statement,
    String owner,
    String team,
    String parent,
    YearMonth start,
    YearMonth end,
    String kpi) {}
