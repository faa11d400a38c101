/* cyclone_peer: a generic ROS 2 topic peer on Cyclone DDS, byte for byte what a node on
 * rmw_cyclonedds_cpp sends and expects for std_msgs/String and std_msgs/Bool.
 *
 *   cyclone_peer [--pub TOPIC=FILE]... [--pub-bool TOPIC=true|false]... [--sub TOPIC]... [--sub-bool TOPIC]...
 *                [--duration SECONDS] [--until-count N] [--delay-pub SECONDS]
 *
 * TOPIC is the DDS topic name, ROS prefix included (rt/stepguard/plan).
 * --pub publishes FILE's content once as std_msgs/String (reliable, volatile, keep-last 10) after
 *   --delay-pub seconds (default 0) and after a reader matched (waits up to 5 s for one, then
 *   publishes anyway with a warning on stderr); prints "SENT<TAB>TOPIC".
 * --pub-bool TOPIC=true|false publishes a std_msgs/Bool once, latched (reliable, transient-local,
 *   keep-last 1, like stepguard's halt flag) at --delay-pub without waiting for a reader; the writer
 *   stays until the run ends, so readers that join later still get the value. Prints "SENT<TAB>TOPIC".
 * --sub reads std_msgs/String (reliable, volatile, keep-last 10); --sub-bool reads std_msgs/Bool
 *   (reliable, transient-local, keep-last 1: gets a latched value). Each sample prints
 *   "RECV<TAB>TOPIC<TAB>PAYLOAD" (backslash, tab, newline escaped as \\ \t \n; Bool: true/false).
 * --duration: run this long, then exit 0 (default 10). --until-count: exit 0 as soon as N samples
 *   were received in total and every --pub was sent. SIGINT/SIGTERM end the run early (exit 0).
 * Exit 2 on bad arguments, 3 on DDS errors, 5 when the run ended before every --pub was sent;
 * messages go to stderr.
 */
#include "peer_common.h"

#define MAX_ENDPOINTS 64
#define MATCH_TIMEOUT_NS 5000000000LL
/* After a writer sees its first matched reader, wait this long before writing: the reader may not
 * have matched the writer yet (discovery runs both ways), and a volatile reader drops samples from a
 * writer it does not know yet. */
#define MATCH_GRACE_NS 200000000LL

enum kind { KIND_STRING, KIND_BOOL };

struct topic_ref { const char *name; enum kind kind; dds_entity_t topic; };
struct pub { const char *topic; enum kind kind; char *content; bool value; dds_entity_t writer; long long matched_at; int sent; };
struct sub { const char *topic; enum kind kind; dds_entity_t reader; };

static struct topic_ref topics[MAX_ENDPOINTS];
static int ntopics;
static struct pub pubs[MAX_ENDPOINTS];
static int npubs;
static struct sub subs[MAX_ENDPOINTS];
static int nsubs;

static dds_entity_t topic_for(dds_entity_t pp, const char *name, enum kind kind) {
  for (int i = 0; i < ntopics; i++) {
    if (strcmp(topics[i].name, name) == 0) {
      if (topics[i].kind != kind) die(2, "topic %s used with both String and Bool", name);
      return topics[i].topic;
    }
  }
  const dds_topic_descriptor_t *desc =
      kind == KIND_STRING ? &std_msgs_msg_dds__String__desc : &std_msgs_msg_dds__Bool__desc;
  dds_entity_t t = dds_create_topic(pp, desc, name, NULL, NULL);
  if (t < 0) die(3, "dds_create_topic %s failed: %s", name, dds_strretcode(t));
  topics[ntopics++] = (struct topic_ref){ name, kind, t };
  return t;
}

static char *read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) die(2, "cannot read %s: %s", path, strerror(errno));
  size_t cap = 4096, len = 0;
  char *buf = malloc(cap);
  size_t n;
  while ((n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
    len += n;
    if (cap - len - 1 == 0) buf = realloc(buf, cap *= 2);
  }
  if (ferror(f)) die(2, "cannot read %s: %s", path, strerror(errno));
  fclose(f);
  buf[len] = 0;
  if (strlen(buf) != len) die(2, "%s contains a NUL byte: a ROS string cannot carry it", path);
  return buf;
}

static void usage_error(const char *msg) {
  die(2, "%s\nusage: cyclone_peer [--pub TOPIC=FILE]... [--pub-bool TOPIC=true|false]... [--sub TOPIC]... [--sub-bool TOPIC]... "
         "[--duration SECONDS] [--until-count N] [--delay-pub SECONDS]", msg);
}

int main(int argc, char **argv) {
  peer_name = "cyclone_peer";
  double duration = 10, delay_pub = 0;
  long until_count = -1;
  const char *pub_args[MAX_ENDPOINTS];
  int pub_is_bool[MAX_ENDPOINTS];
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    static const char *known[] = { "--pub", "--pub-bool", "--sub", "--sub-bool", "--duration", "--until-count", "--delay-pub" };
    int ok = 0;
    for (size_t k = 0; k < sizeof known / sizeof *known; k++) ok |= strcmp(a, known[k]) == 0;
    if (!ok) die(2, "unknown option '%s'", a);
    if (i + 1 >= argc) die(2, "%s needs a value", a);
    const char *v = argv[++i];
    if (strcmp(a, "--pub") == 0 || strcmp(a, "--pub-bool") == 0) {
      if (npubs == MAX_ENDPOINTS) usage_error("too many --pub");
      pub_is_bool[npubs] = strcmp(a, "--pub-bool") == 0;
      pub_args[npubs++] = v;
    } else if (strcmp(a, "--sub") == 0 || strcmp(a, "--sub-bool") == 0) {
      if (nsubs == MAX_ENDPOINTS) usage_error("too many subscriptions");
      subs[nsubs++] = (struct sub){ v, strcmp(a, "--sub") == 0 ? KIND_STRING : KIND_BOOL, 0 };
    } else if (strcmp(a, "--duration") == 0) {
      duration = parse_seconds(a, v);
    } else if (strcmp(a, "--until-count") == 0) {
      until_count = parse_count(a, v);
    } else if (strcmp(a, "--delay-pub") == 0) {
      delay_pub = parse_seconds(a, v);
    } else {
      usage_error("unknown option");
    }
  }
  for (int i = 0; i < npubs; i++) {
    const char *eq = strchr(pub_args[i], '=');
    if (eq == NULL || eq == pub_args[i] || eq[1] == 0)
      usage_error(pub_is_bool[i] ? "--pub-bool needs TOPIC=true or TOPIC=false" : "--pub needs TOPIC=FILE");
    pubs[i].topic = strndup(pub_args[i], (size_t) (eq - pub_args[i]));
    if (pub_is_bool[i]) {
      pubs[i].kind = KIND_BOOL;
      if (strcmp(eq + 1, "true") == 0) pubs[i].value = true;
      else if (strcmp(eq + 1, "false") == 0) pubs[i].value = false;
      else usage_error("--pub-bool needs TOPIC=true or TOPIC=false");
    } else {
      pubs[i].kind = KIND_STRING;
      pubs[i].content = read_file(eq + 1);
    }
  }
  install_signal_handlers();

  dds_entity_t pp = ros_participant();
  dds_entity_t ws = check(dds_create_waitset(pp), "dds_create_waitset");
  dds_qos_t *dq = ros_default_qos(), *lq = ros_latched_qos();
  for (int i = 0; i < nsubs; i++) {
    dds_entity_t t = topic_for(pp, subs[i].topic, subs[i].kind);
    subs[i].reader = dds_create_reader(pp, t, subs[i].kind == KIND_STRING ? dq : lq, NULL);
    if (subs[i].reader < 0) die(3, "dds_create_reader %s failed: %s", subs[i].topic, dds_strretcode(subs[i].reader));
    dds_entity_t rc = check(dds_create_readcondition(subs[i].reader, DDS_ANY_STATE), "dds_create_readcondition");
    check(dds_waitset_attach(ws, rc, (dds_attach_t) i), "dds_waitset_attach");
  }
  for (int i = 0; i < npubs; i++) {
    dds_entity_t t = topic_for(pp, pubs[i].topic, pubs[i].kind);
    pubs[i].writer = dds_create_writer(pp, t, pubs[i].kind == KIND_STRING ? dq : lq, NULL);
    if (pubs[i].writer < 0) die(3, "dds_create_writer %s failed: %s", pubs[i].topic, dds_strretcode(pubs[i].writer));
  }
  dds_delete_qos(dq);
  dds_delete_qos(lq);
  info("domain %d, %d publication(s), %d subscription(s)", ros_domain_id(), npubs, nsubs);

  long long start = now_ns();
  long long end = start + (long long) (duration * 1e9);
  long long pub_at = start + (long long) (delay_pub * 1e9);
  long received = 0;
  int pending = npubs;
  while (!stop_requested) {
    long long now = now_ns();
    if (now >= end) break;
    if (until_count >= 0 && received >= until_count && pending == 0) break;
    if (pending > 0 && now >= pub_at) {
      for (int i = 0; i < npubs; i++) {
        struct pub *p = &pubs[i];
        if (p->sent) continue;
        dds_publication_matched_status_t st;
        check(dds_get_publication_matched_status(p->writer, &st), "dds_get_publication_matched_status");
        if (st.current_count > 0 && p->matched_at == 0) p->matched_at = now;
        /* a latched (transient-local) value reaches late readers anyway: no need to wait */
        int ready = p->kind == KIND_BOOL || (p->matched_at != 0 && now - p->matched_at >= MATCH_GRACE_NS);
        int gave_up = now - pub_at >= MATCH_TIMEOUT_NS;
        if (!ready && !gave_up) continue;
        if (!ready) info("no reader matched %s within 5 s; publishing anyway", p->topic);
        if (p->kind == KIND_STRING) {
          std_msgs_msg_dds__String_ msg = { .data = p->content };
          check(dds_write(p->writer, &msg), "dds_write");
        } else {
          std_msgs_msg_dds__Bool_ msg = { .data = p->value };
          check(dds_write(p->writer, &msg), "dds_write");
        }
        p->sent = 1;
        pending--;
        printf("SENT\t%s\n", p->topic);
        fflush(stdout);
      }
    }
    long long timeout = end - now;
    long long cap = pending > 0 ? DDS_MSECS(10) : DDS_MSECS(100);
    if (timeout > cap) timeout = cap;
    if (nsubs == 0) { /* a waitset with nothing attached does not block */
      dds_sleepfor(timeout);
      continue;
    }
    dds_attach_t triggered[MAX_ENDPOINTS];
    dds_return_t n = dds_waitset_wait(ws, triggered, MAX_ENDPOINTS, timeout);
    if (n < 0) die(3, "dds_waitset_wait failed: %s", dds_strretcode(n));
    for (int k = 0; k < n && k < MAX_ENDPOINTS; k++) {
      struct sub *s = &subs[(int) triggered[k]];
      for (;;) {
        void *samples[16] = { NULL };
        dds_sample_info_t si[16];
        dds_return_t got = dds_take(s->reader, samples, si, 16, 16);
        if (got < 0) die(3, "dds_take failed: %s", dds_strretcode(got));
        if (got == 0) break;
        for (int j = 0; j < got; j++) {
          if (!si[j].valid_data) continue;
          printf("RECV\t%s\t", s->topic);
          if (s->kind == KIND_STRING)
            print_escaped(stdout, ((std_msgs_msg_dds__String_ *) samples[j])->data);
          else
            fputs(((std_msgs_msg_dds__Bool_ *) samples[j])->data ? "true" : "false", stdout);
          fputc('\n', stdout);
          fflush(stdout);
          received++;
        }
        dds_return_loan(s->reader, samples, got);
      }
    }
  }
  /* Let reliable data reach matched readers before the writers go away. */
  for (int i = 0; i < npubs; i++)
    if (pubs[i].sent) dds_wait_for_acks(pubs[i].writer, DDS_SECS(2));
  info("received %ld sample(s), sent %d of %d", received, npubs - pending, npubs);
  dds_delete(pp);
  if (pending > 0) die(5, "%d publication(s) not sent: the run ended before --delay-pub (+ matching) was over", pending);
  return 0;
}
