package io.stepguard.model;

/** A planar point (m) in the frame of the enclosing document. */
public record Point2(double x, double y) {
  public Point2 {
    Require.finite(x, "x");
    Require.finite(y, "y");
  }
}
