package boardpack.bench;

/** The three plan sizes the benchmark measures, each with its own fixed seed. */
enum Size {
  S(50, 1201),
  M(500, 1202),
  L(5_000, 1203);

  final int kpis;
  final long seed;

  Size(int kpis, long seed) {
    this.kpis = kpis;
    this.seed = seed;
  }

  /** One objective per 5 KPIs (issue 12). */
  int objectives() {
    return kpis / 5;
  }
}
