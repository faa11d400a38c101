/* Shared by bench_echo.c and bench_ping.c: ROS 2 default QoS (reliable, volatile, keep-last 10),
 * participant user data "enclave=/;", std_msgs::msg::dds_::String_ on the given DDS topics. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dds/dds.h"
#include "String.h"

#define CHECK(x, what) do { if ((x) < 0) { fprintf(stderr, "%s: %s\n", what, dds_strretcode(x)); exit(2); } } while (0)

static dds_qos_t *ros_default_qos(void) {
  dds_qos_t *q = dds_create_qos();
  dds_qset_reliability(q, DDS_RELIABILITY_RELIABLE, DDS_MSECS(100));
  dds_qset_durability(q, DDS_DURABILITY_VOLATILE);
  dds_qset_history(q, DDS_HISTORY_KEEP_LAST, 10);
  return q;
}

static dds_entity_t ros_participant(int domain) {
  dds_qos_t *q = dds_create_qos();
  dds_qset_userdata(q, "enclave=/;", 10);
  dds_entity_t pp = dds_create_participant((dds_domainid_t) domain, q, NULL);
  dds_delete_qos(q);
  CHECK(pp, "dds_create_participant");
  return pp;
}
