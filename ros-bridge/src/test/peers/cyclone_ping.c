/* cyclone_ping: the C-to-C round-trip baseline. Writes std_msgs/String samples of --size bytes on
 * rt/bench/ping and waits (waitset) for each one to come back on rt/bench/pong (from cyclone_echo or
 * any other echo), --warmup round trips first, then --count measured ones; QoS reliable, volatile,
 * keep-last 10 (the ROS 2 default). Times with clock_gettime(CLOCK_MONOTONIC).
 *
 *   cyclone_ping [--count N] [--warmup N] [--size BYTES]      (defaults 2000, 200, 64)
 *
 * Prints "RTT_NS<TAB>median<TAB>p99<TAB>count" (nanoseconds; p99 by nearest rank). Exit 2 on bad
 * arguments, 3 on DDS errors, 4 when no echo matched within 20 s or a reply took over 5 s. */
#include "peer_common.h"

static int cmp_ll(const void *a, const void *b) {
  long long x = *(const long long *) a, y = *(const long long *) b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
  peer_name = "cyclone_ping";
  long count = 2000, warmup = 200, size = 64;
  for (int i = 1; i < argc; i++) {
    if (i + 1 < argc && strcmp(argv[i], "--count") == 0) count = parse_count(argv[i], argv[i + 1]), i++;
    else if (i + 1 < argc && strcmp(argv[i], "--warmup") == 0) warmup = parse_count(argv[i], argv[i + 1]), i++;
    else if (i + 1 < argc && strcmp(argv[i], "--size") == 0) size = parse_count(argv[i], argv[i + 1]), i++;
    else die(2, "unknown or incomplete option '%s'\nusage: cyclone_ping [--count N] [--warmup N] [--size BYTES]", argv[i]);
  }
  if (count < 1) die(2, "--count must be at least 1");
  install_signal_handlers();
  dds_entity_t pp = ros_participant();
  dds_entity_t tping = check(dds_create_topic(pp, &std_msgs_msg_dds__String__desc, "rt/bench/ping", NULL, NULL), "dds_create_topic");
  dds_entity_t tpong = check(dds_create_topic(pp, &std_msgs_msg_dds__String__desc, "rt/bench/pong", NULL, NULL), "dds_create_topic");
  dds_qos_t *q = ros_default_qos();
  dds_entity_t wr = check(dds_create_writer(pp, tping, q, NULL), "dds_create_writer");
  dds_entity_t rd = check(dds_create_reader(pp, tpong, q, NULL), "dds_create_reader");
  dds_delete_qos(q);
  dds_entity_t ws = check(dds_create_waitset(pp), "dds_create_waitset");
  dds_entity_t rc = check(dds_create_readcondition(rd, DDS_ANY_STATE), "dds_create_readcondition");
  check(dds_waitset_attach(ws, rc, rd), "dds_waitset_attach");

  dds_publication_matched_status_t pm;
  dds_subscription_matched_status_t sm;
  long long deadline = now_ns() + 20000000000LL;
  do {
    dds_sleepfor(DDS_MSECS(10));
    check(dds_get_publication_matched_status(wr, &pm), "dds_get_publication_matched_status");
    check(dds_get_subscription_matched_status(rd, &sm), "dds_get_subscription_matched_status");
  } while ((pm.current_count == 0 || sm.current_count == 0) && now_ns() < deadline && !stop_requested);
  if (pm.current_count == 0 || sm.current_count == 0)
    die(4, "no echo matched on rt/bench/ping + rt/bench/pong within 20 s (is cyclone_echo running on the same ROS_DOMAIN_ID?)");
  dds_sleepfor(DDS_MSECS(200)); /* let the echo side finish matching us too */
  info("matched; %ld warm-up + %ld measured round trips of %ld bytes", warmup, count, size);

  char *payload = malloc((size_t) size + 1);
  memset(payload, 'x', (size_t) size);
  payload[size] = 0;
  std_msgs_msg_dds__String_ msg = { .data = payload };
  long long *rtt = malloc(sizeof(long long) * (size_t) count);
  for (long i = 0; i < warmup + count; i++) {
    if (stop_requested) die(4, "interrupted");
    long long t0 = now_ns();
    check(dds_write(wr, &msg), "dds_write");
    int got = 0;
    while (!got) {
      dds_return_t n = check(dds_waitset_wait(ws, NULL, 0, DDS_SECS(5)), "dds_waitset_wait");
      if (n == 0) die(4, "no reply within 5 s on round trip %ld", i);
      void *samples[4] = { NULL };
      dds_sample_info_t si[4];
      dds_return_t k = check(dds_take(rd, samples, si, 4, 4), "dds_take");
      for (int j = 0; j < k; j++) if (si[j].valid_data) got = 1;
      if (k > 0) dds_return_loan(rd, samples, k);
    }
    if (i >= warmup) rtt[i - warmup] = now_ns() - t0;
  }
  qsort(rtt, (size_t) count, sizeof(long long), cmp_ll);
  long long median = count % 2 ? rtt[count / 2] : (rtt[count / 2 - 1] + rtt[count / 2]) / 2;
  long p99i = (long) ((99 * count + 99) / 100) - 1; /* nearest rank: ceil(0.99 n) - 1 */
  printf("RTT_NS\t%lld\t%lld\t%ld\n", median, rtt[p99i], count);
  fflush(stdout);
  dds_delete(pp);
  return 0;
}
