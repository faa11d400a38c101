/* Shared by the Cyclone DDS peers (cyclone_peer, cyclone_echo, cyclone_ping): what a ROS 2 node on
 * rmw_cyclonedds_cpp puts on the wire. Participant user data "enclave=/;", domain from
 * ROS_DOMAIN_ID (default 0), ROS 2 QoS profiles, std_msgs types from ros_std_msgs.idl (idlc -l c -t:
 * no XTypes type information, so peers match by type name as with rmw_cyclonedds_cpp).
 * The network configuration (loopback only) comes from CYCLONEDDS_URI, read by Cyclone itself. */
#ifndef STEPGUARD_PEER_COMMON_H
#define STEPGUARD_PEER_COMMON_H

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "dds/dds.h"
#include "ros_std_msgs.h"

static const char *peer_name = "peer";

static inline void die(int code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "%s: ", peer_name);
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\n");
  va_end(ap);
  exit(code);
}

static inline void info(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "%s: ", peer_name);
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\n");
  fflush(stderr);
  va_end(ap);
}

/* Exit with a message when a DDS call returned an error code. */
static inline dds_return_t check(dds_return_t rc, const char *what) {
  if (rc < 0) die(3, "%s failed: %s", what, dds_strretcode(rc));
  return rc;
}

static inline long long now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (long long) t.tv_sec * 1000000000LL + t.tv_nsec;
}

static volatile sig_atomic_t stop_requested = 0;
static inline void on_signal(int sig) { (void) sig; stop_requested = 1; }
static inline void install_signal_handlers(void) {
  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
}

static inline double parse_seconds(const char *opt, const char *s) {
  char *end;
  errno = 0;
  double v = strtod(s, &end);
  if (errno || end == s || *end || v < 0) die(2, "%s needs a non-negative number of seconds, got '%s'", opt, s);
  return v;
}

static inline long parse_count(const char *opt, const char *s) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (errno || end == s || *end || v < 0) die(2, "%s needs a non-negative integer, got '%s'", opt, s);
  return v;
}

static inline int ros_domain_id(void) {
  const char *s = getenv("ROS_DOMAIN_ID");
  if (s == NULL || *s == 0) return 0;
  char *end;
  long v = strtol(s, &end, 10);
  if (*end || v < 0 || v > 232) die(2, "ROS_DOMAIN_ID must be an integer in 0..232, got '%s'", s);
  return (int) v;
}

static inline dds_entity_t ros_participant(void) {
  dds_qos_t *q = dds_create_qos();
  dds_qset_userdata(q, "enclave=/;", 10);
  dds_entity_t pp = dds_create_participant((dds_domainid_t) ros_domain_id(), q, NULL);
  dds_delete_qos(q);
  if (pp < 0)
    die(3, "dds_create_participant failed: %s (check CYCLONEDDS_URI)", dds_strretcode(pp));
  return pp;
}

/* ROS 2 default profile: reliable, volatile, keep-last 10. */
static inline dds_qos_t *ros_default_qos(void) {
  dds_qos_t *q = dds_create_qos();
  dds_qset_reliability(q, DDS_RELIABILITY_RELIABLE, DDS_SECS(1));
  dds_qset_durability(q, DDS_DURABILITY_VOLATILE);
  dds_qset_history(q, DDS_HISTORY_KEEP_LAST, 10);
  return q;
}

/* ROS 2 "latched": reliable, transient-local, keep-last 1. */
static inline dds_qos_t *ros_latched_qos(void) {
  dds_qos_t *q = dds_create_qos();
  dds_qset_reliability(q, DDS_RELIABILITY_RELIABLE, DDS_SECS(1));
  dds_qset_durability(q, DDS_DURABILITY_TRANSIENT_LOCAL);
  dds_qset_history(q, DDS_HISTORY_KEEP_LAST, 1);
  return q;
}

/* Prints s with backslash, tab and newline escaped as \\, \t, \n. */
static inline void print_escaped(FILE *f, const char *s) {
  for (; *s; s++) {
    switch (*s) {
      case '\\': fputs("\\\\", f); break;
      case '\t': fputs("\\t", f); break;
      case '\n': fputs("\\n", f); break;
      default: fputc(*s, f);
    }
  }
}

#endif
