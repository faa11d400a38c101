/* Ping: writes a std_msgs/String of SIZE bytes on PING_TOPIC, waits for it on PONG_TOPIC, COUNT
 * times after WARMUP round trips; prints "RTT_NS v1 v2 ..." (nanoseconds, in order), then sends
 * "quit". Usage: bench_ping DOMAIN PING_TOPIC PONG_TOPIC COUNT WARMUP SIZE */
#include <time.h>
#include "bench_common.h"

static long long now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (long long) t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char **argv) {
  if (argc != 7) { fprintf(stderr, "usage: bench_ping DOMAIN PING PONG COUNT WARMUP SIZE\n"); return 2; }
  int count = atoi(argv[4]), warmup = atoi(argv[5]), size = atoi(argv[6]);
  dds_entity_t pp = ros_participant(atoi(argv[1]));
  dds_entity_t tping = dds_create_topic(pp, &std_msgs_msg_dds__String__desc, argv[2], NULL, NULL);
  dds_entity_t tpong = dds_create_topic(pp, &std_msgs_msg_dds__String__desc, argv[3], NULL, NULL);
  dds_qos_t *q = ros_default_qos();
  dds_entity_t wr = dds_create_writer(pp, tping, q, NULL);
  dds_entity_t rd = dds_create_reader(pp, tpong, q, NULL);
  dds_delete_qos(q);
  CHECK(wr, "writer"); CHECK(rd, "reader");
  dds_entity_t ws = dds_create_waitset(pp);
  dds_entity_t rc = dds_create_readcondition(rd, DDS_ANY_STATE);
  CHECK(dds_waitset_attach(ws, rc, rd), "attach");
  dds_publication_matched_status_t pm;
  dds_subscription_matched_status_t sm;
  long long deadline = now_ns() + 20000000000LL;
  do {
    dds_sleepfor(DDS_MSECS(10));
    dds_get_publication_matched_status(wr, &pm);
    dds_get_subscription_matched_status(rd, &sm);
  } while ((pm.current_count == 0 || sm.current_count == 0) && now_ns() < deadline);
  if (pm.current_count == 0 || sm.current_count == 0) { fprintf(stderr, "no echo matched\n"); return 3; }
  char *payload = malloc((size_t) size + 1);
  memset(payload, 'x', (size_t) size);
  payload[size] = 0;
  std_msgs_msg_dds__String_ msg = { .data = payload };
  long long *rtt = malloc(sizeof(long long) * (size_t) count);
  for (int i = 0; i < warmup + count; i++) {
    long long t0 = now_ns();
    CHECK(dds_write(wr, &msg), "write");
    int got = 0;
    while (!got) {
      dds_return_t n = dds_waitset_wait(ws, NULL, 0, DDS_SECS(5));
      CHECK(n, "wait");
      if (n == 0) { fprintf(stderr, "no pong within 5 s\n"); return 4; }
      void *buf[4] = {NULL};
      dds_sample_info_t si[4];
      dds_return_t k = dds_take(rd, buf, si, 4, 4);
      CHECK(k, "take");
      for (int j = 0; j < k; j++) if (si[j].valid_data) got = 1;
      if (k > 0) dds_return_loan(rd, buf, k);
    }
    if (i >= warmup) rtt[i - warmup] = now_ns() - t0;
  }
  printf("RTT_NS");
  for (int i = 0; i < count; i++) printf(" %lld", rtt[i]);
  printf("\n");
  fflush(stdout);
  msg.data = "quit";
  dds_write(wr, &msg);
  dds_sleepfor(DDS_MSECS(200));
  dds_delete(pp);
  return 0;
}
