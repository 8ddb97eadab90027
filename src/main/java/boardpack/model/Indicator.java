package boardpack.model;

/** Whether a KPI moves before (leading) or after (lagging) the results it stands for. */
public enum Indicator {
  LEADING,
  LAGGING
}
