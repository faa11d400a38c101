package io.stepguard.ros.interop;

/** {@link PeerEndToEndTest} with the C++ peer on Fast DDS 2.9 (what rmw_fastrtps_cpp does). */
class FastDdsPeerEndToEndTest extends PeerEndToEndTest {
  @Override
  String peer() {
    return "fastdds_peer";
  }

  @Override
  int domain() {
    return 46;
  }
}
