/* cyclone_echo: the C side of the round-trip benchmark. Reads std_msgs/String on rt/bench/ping and
 * writes each sample unchanged on rt/bench/pong (both reliable, volatile, keep-last 10: the ROS 2
 * default), until --duration seconds have passed (default 60) or SIGINT/SIGTERM.
 *
 *   cyclone_echo [--duration SECONDS]
 *
 * Prints "ECHOED<TAB>N" (samples echoed) when it exits. Exit 2 on bad arguments, 3 on DDS errors. */
#include "peer_common.h"

int main(int argc, char **argv) {
  peer_name = "cyclone_echo";
  double duration = 60;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--duration") == 0 && i + 1 < argc) duration = parse_seconds(argv[i], argv[i + 1]), i++;
    else die(2, "unknown or incomplete option '%s'\nusage: cyclone_echo [--duration SECONDS]", argv[i]);
  }
  install_signal_handlers();
  dds_entity_t pp = ros_participant();
  dds_entity_t tping = check(dds_create_topic(pp, &std_msgs_msg_dds__String__desc, "rt/bench/ping", NULL, NULL), "dds_create_topic");
  dds_entity_t tpong = check(dds_create_topic(pp, &std_msgs_msg_dds__String__desc, "rt/bench/pong", NULL, NULL), "dds_create_topic");
  dds_qos_t *q = ros_default_qos();
  dds_entity_t rd = check(dds_create_reader(pp, tping, q, NULL), "dds_create_reader");
  dds_entity_t wr = check(dds_create_writer(pp, tpong, q, NULL), "dds_create_writer");
  dds_delete_qos(q);
  dds_entity_t ws = check(dds_create_waitset(pp), "dds_create_waitset");
  dds_entity_t rc = check(dds_create_readcondition(rd, DDS_ANY_STATE), "dds_create_readcondition");
  check(dds_waitset_attach(ws, rc, rd), "dds_waitset_attach");
  info("domain %d, echoing rt/bench/ping -> rt/bench/pong for %.1f s", ros_domain_id(), duration);
  long long end = now_ns() + (long long) (duration * 1e9);
  long echoed = 0;
  while (!stop_requested) {
    long long left = end - now_ns();
    if (left <= 0) break;
    dds_return_t n = dds_waitset_wait(ws, NULL, 0, left < DDS_MSECS(100) ? left : DDS_MSECS(100));
    if (n < 0) die(3, "dds_waitset_wait failed: %s", dds_strretcode(n));
    for (;;) {
      void *samples[16] = { NULL };
      dds_sample_info_t si[16];
      dds_return_t got = check(dds_take(rd, samples, si, 16, 16), "dds_take");
      if (got == 0) break;
      for (int j = 0; j < got; j++) {
        if (!si[j].valid_data) continue;
        check(dds_write(wr, samples[j]), "dds_write");
        echoed++;
      }
      dds_return_loan(rd, samples, got);
    }
  }
  dds_wait_for_acks(wr, DDS_SECS(1));
  printf("ECHOED\t%ld\n", echoed);
  fflush(stdout);
  dds_delete(pp);
  return 0;
}
