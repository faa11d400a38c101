package io.stepguard.sim.eval;

import io.stepguard.monitor.MonitorConfig;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Copies of {@link MonitorConfig} with one parameter changed, found by its record component name,
 * so that tests keep working when components are added around it.
 */
final class ConfigEdits {
  private ConfigEdits() {}

  /** {@code config} with the double component {@code name} multiplied by {@code factor}. */
  static MonitorConfig scaled(MonitorConfig config, String name, double factor) {
    RecordComponent[] rc = MonitorConfig.class.getRecordComponents();
    Object[] values = new Object[rc.length];
    boolean found = false;
    try {
      for (int i = 0; i < rc.length; i++) {
        values[i] = rc[i].getAccessor().invoke(config);
        if (rc[i].getName().equals(name)) {
          values[i] = (double) values[i] * factor;
          found = true;
        }
      }
      if (!found) {
        throw new IllegalArgumentException(
            "MonitorConfig has no component " + name + ": " + Arrays.toString(rc));
      }
      Class<?>[] types = Arrays.stream(rc).map(RecordComponent::getType).toArray(Class<?>[]::new);
      return MonitorConfig.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
