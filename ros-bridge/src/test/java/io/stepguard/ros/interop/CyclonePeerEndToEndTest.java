package io.stepguard.ros.interop;

/** {@link PeerEndToEndTest} with the C peer on Cyclone DDS (what rmw_cyclonedds_cpp does). */
class CyclonePeerEndToEndTest extends PeerEndToEndTest {
  @Override
  String peer() {
    return "cyclone_peer";
  }

  @Override
  int domain() {
    return 45;
  }
}
