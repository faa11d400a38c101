package io.stepguard.cli;

/** Exit codes shared by the subcommands. */
final class ExitCodes {
  /** Every step ALLOW, or every scenario as expected. */
  static final int OK = 0;

  /** A scenario's verdicts differ from its expectations. */
  static final int MISMATCH = 1;

  /**
   * Bad input: a file that does not parse or validate (the errors are printed), an unknown
   * subcommand or option.
   */
  static final int BAD_INPUT = 2;

  /** At least one step is not ALLOW. */
  static final int NOT_ALLOWED = 3;

  /** {@code eval --baseline}: the run is worse than the baseline beyond the tolerances. */
  static final int REGRESSION = 4;

  private ExitCodes() {}
}
