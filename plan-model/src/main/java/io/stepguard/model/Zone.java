package io.stepguard.model;

import java.util.List;

/**
 * A 2.5D zone: a simple polygon (open ring: the first vertex is not repeated) in {@code frameId},
 * extruded from {@code zMinM} to {@code zMaxM}.
 *
 * @param kind one of {@link Vocabulary#ZONE_KINDS}
 * @param speedLimitMps for {@code slow} zones, the highest end-effector speed allowed inside, m/s
 *     (0 when the zone has no limit)
 */
public record Zone(
    String id,
    String kind,
    String frameId,
    List<Point2> polygon,
    double zMinM,
    double zMaxM,
    double speedLimitMps) {
  public Zone {
    Require.nonEmpty(id, "id");
    Require.nonEmpty(kind, "kind");
    Require.nonEmpty(frameId, "frameId");
    polygon = Require.list(polygon, "polygon");
    if (polygon.size() < 3) {
      throw new IllegalArgumentException("zone " + id + " needs at least 3 vertices");
    }
    if (polygon.getFirst().equals(polygon.getLast())) {
      throw new IllegalArgumentException(
          "zone " + id + ": open ring expected, first vertex repeated");
    }
    if (!Vocabulary.ZONE_KINDS.contains(kind)) {
      throw new IllegalArgumentException("zone " + id + ": unknown kind " + kind);
    }
    Require.finite(zMinM, "zMinM");
    Require.finite(zMaxM, "zMaxM");
    if (zMaxM < zMinM) {
      throw new IllegalArgumentException("zone " + id + ": z_max_m < z_min_m");
    }
    Require.nonNegative(speedLimitMps, "speedLimitMps");
    if (kind.equals("slow") && speedLimitMps <= 0) {
      throw new IllegalArgumentException("slow zone " + id + " needs a speed limit > 0");
    }
  }
}
