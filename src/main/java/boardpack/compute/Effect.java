package boardpack.compute;

/**
 * How a variance or a move reads to finance: favourable (B), adverse ((W)), neutral (on target or
 * no change), or none (no figure to judge). Writers colour by effect, never by sign.
 */
public enum Effect {
  FAVOURABLE,
  NEUTRAL,
  ADVERSE,
  NONE
}
