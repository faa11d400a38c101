/* Echo: takes every std_msgs/String on argv[2] and writes it back on argv[3], until it receives
 * "quit" or sees nothing for 60 s. Usage: bench_echo DOMAIN IN_TOPIC OUT_TOPIC */
#include "bench_common.h"

int main(int argc, char **argv) {
  if (argc != 4) { fprintf(stderr, "usage: bench_echo DOMAIN IN_TOPIC OUT_TOPIC\n"); return 2; }
  dds_entity_t pp = ros_participant(atoi(argv[1]));
  dds_entity_t tin = dds_create_topic(pp, &std_msgs_msg_dds__String__desc, argv[2], NULL, NULL);
  dds_entity_t tout = dds_create_topic(pp, &std_msgs_msg_dds__String__desc, argv[3], NULL, NULL);
  CHECK(tin, "topic in"); CHECK(tout, "topic out");
  dds_qos_t *q = ros_default_qos();
  dds_entity_t rd = dds_create_reader(pp, tin, q, NULL);
  dds_entity_t wr = dds_create_writer(pp, tout, q, NULL);
  dds_delete_qos(q);
  CHECK(rd, "reader"); CHECK(wr, "writer");
  dds_entity_t ws = dds_create_waitset(pp);
  dds_entity_t rc = dds_create_readcondition(rd, DDS_ANY_STATE);
  CHECK(dds_waitset_attach(ws, rc, rd), "attach");
  printf("ready\n");
  fflush(stdout);
  int quit = 0;
  while (!quit) {
    dds_return_t n = dds_waitset_wait(ws, NULL, 0, DDS_SECS(60));
    CHECK(n, "wait");
    if (n == 0) break;
    void *buf[16] = {NULL};
    dds_sample_info_t si[16];
    dds_return_t k = dds_take(rd, buf, si, 16, 16);
    CHECK(k, "take");
    for (int i = 0; i < k; i++) {
      if (!si[i].valid_data) continue;
      std_msgs_msg_dds__String_ *s = buf[i];
      if (strcmp(s->data, "quit") == 0) { quit = 1; break; }
      CHECK(dds_write(wr, s), "write");
    }
    if (k > 0) dds_return_loan(rd, buf, k);
  }
  dds_delete(pp);
  return 0;
}
