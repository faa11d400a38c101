// fastdds_peer: the same generic ROS 2 topic peer as cyclone_peer, on Fast DDS 2.9, doing on the wire
// what a node on rmw_fastrtps_cpp does: type names std_msgs::msg::dds_::String_ / Bool_ (hand-written
// TopicDataType classes, plain CDR = XCDR1 little endian, encapsulation 00 01 00 00, no type object
// or type information), participant user data "enclave=/;", ROS 2 QoS profiles.
//
//   fastdds_peer [--pub TOPIC=FILE]... [--pub-bool TOPIC=true|false]... [--sub TOPIC]... [--sub-bool TOPIC]...
//                [--duration SECONDS] [--until-count N] [--delay-pub SECONDS]
//
// Options and output exactly as cyclone_peer (see README.md): "SENT<TAB>TOPIC",
// "RECV<TAB>TOPIC<TAB>PAYLOAD" with \\ \t \n escapes; exit 0 at the end of --duration (default 10)
// or once --until-count samples arrived and every --pub was sent; 2 bad arguments; 3 DDS errors;
// 5 when the run ended before every --pub was sent.
//
// Network: loopback only. Builtin transports (UDPv4 default interfaces, SHM) are off; one UDPv4
// transport with interface whitelist 127.0.0.1; metatraffic on 127.0.0.1 unicast only (no
// multicast); initial peers 127.0.0.1 at the SPDP unicast ports of participant ids 0..9 of the
// domain (7400 + 250 * domain + 10 + 2 * id), where Cyclone (ParticipantIndex auto) listens.
// Domain id from ROS_DOMAIN_ID (default 0).
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fastcdr/Cdr.h>
#include <fastcdr/FastBuffer.h>
#include <fastcdr/exceptions/Exception.h>
#include <fastdds/dds/domain/DomainParticipant.hpp>
#include <fastdds/dds/domain/DomainParticipantFactory.hpp>
#include <fastdds/dds/publisher/DataWriter.hpp>
#include <fastdds/dds/publisher/Publisher.hpp>
#include <fastdds/dds/subscriber/DataReader.hpp>
#include <fastdds/dds/subscriber/DataReaderListener.hpp>
#include <fastdds/dds/subscriber/SampleInfo.hpp>
#include <fastdds/dds/subscriber/Subscriber.hpp>
#include <fastdds/dds/topic/Topic.hpp>
#include <fastdds/dds/topic/TopicDataType.hpp>
#include <fastdds/dds/topic/TypeSupport.hpp>
#include <fastdds/rtps/transport/UDPv4TransportDescriptor.h>
#include <fastrtps/utils/IPLocator.h>

using namespace eprosima::fastdds::dds;
using eprosima::fastrtps::rtps::InstanceHandle_t;
using eprosima::fastrtps::rtps::SerializedPayload_t;
using eprosima::fastrtps::rtps::Locator_t;
using eprosima::fastrtps::rtps::IPLocator;

namespace {

[[noreturn]] void die(int code, const std::string& msg) {
  std::cerr << "fastdds_peer: " << msg << std::endl;
  std::exit(code);
}

void info(const std::string& msg) { std::cerr << "fastdds_peer: " << msg << std::endl; }

std::mutex out_mutex;

struct StringMsg { std::string data; };
struct BoolMsg { bool data = false; };

// std_msgs::msg::dds_::String_ : { string data; } in XCDR1 (uint32 length incl. NUL, bytes, NUL).
class StringType : public TopicDataType {
 public:
  StringType() {
    setName("std_msgs::msg::dds_::String_");
    m_typeSize = 4 + 4 + 256;  // initial payload size; grows with the sample (see size provider)
    m_isGetKeyDefined = false;
    auto_fill_type_object(false);
    auto_fill_type_information(false);
  }
  bool serialize(void* data, SerializedPayload_t* payload) override {
    auto* m = static_cast<StringMsg*>(data);
    eprosima::fastcdr::FastBuffer fb(reinterpret_cast<char*>(payload->data), payload->max_size);
    eprosima::fastcdr::Cdr ser(fb, eprosima::fastcdr::Cdr::LITTLE_ENDIANNESS, eprosima::fastcdr::Cdr::DDS_CDR);
    payload->encapsulation = CDR_LE;
    try {
      ser.serialize_encapsulation();
      ser << m->data;
    } catch (eprosima::fastcdr::exception::Exception&) {
      return false;
    }
    payload->length = static_cast<uint32_t>(ser.getSerializedDataLength());
    return true;
  }
  bool deserialize(SerializedPayload_t* payload, void* data) override {
    auto* m = static_cast<StringMsg*>(data);
    eprosima::fastcdr::FastBuffer fb(reinterpret_cast<char*>(payload->data), payload->length);
    eprosima::fastcdr::Cdr deser(fb, eprosima::fastcdr::Cdr::DEFAULT_ENDIAN, eprosima::fastcdr::Cdr::DDS_CDR);
    try {
      deser.read_encapsulation();
      deser >> m->data;
    } catch (eprosima::fastcdr::exception::Exception&) {
      return false;
    }
    return true;
  }
  std::function<uint32_t()> getSerializedSizeProvider(void* data) override {
    auto* m = static_cast<StringMsg*>(data);
    return [m]() { return static_cast<uint32_t>(4 + 4 + m->data.size() + 1 + 3); };
  }
  void* createData() override { return new StringMsg(); }
  void deleteData(void* data) override { delete static_cast<StringMsg*>(data); }
  bool getKey(void*, InstanceHandle_t*, bool) override { return false; }
};

// std_msgs::msg::dds_::Bool_ : { boolean data; } in XCDR1 (one octet 0/1).
class BoolType : public TopicDataType {
 public:
  BoolType() {
    setName("std_msgs::msg::dds_::Bool_");
    m_typeSize = 4 + 4;
    m_isGetKeyDefined = false;
    auto_fill_type_object(false);
    auto_fill_type_information(false);
  }
  bool serialize(void* data, SerializedPayload_t* payload) override {
    auto* m = static_cast<BoolMsg*>(data);
    eprosima::fastcdr::FastBuffer fb(reinterpret_cast<char*>(payload->data), payload->max_size);
    eprosima::fastcdr::Cdr ser(fb, eprosima::fastcdr::Cdr::LITTLE_ENDIANNESS, eprosima::fastcdr::Cdr::DDS_CDR);
    payload->encapsulation = CDR_LE;
    try {
      ser.serialize_encapsulation();
      ser << m->data;
    } catch (eprosima::fastcdr::exception::Exception&) {
      return false;
    }
    payload->length = static_cast<uint32_t>(ser.getSerializedDataLength());
    return true;
  }
  bool deserialize(SerializedPayload_t* payload, void* data) override {
    auto* m = static_cast<BoolMsg*>(data);
    eprosima::fastcdr::FastBuffer fb(reinterpret_cast<char*>(payload->data), payload->length);
    eprosima::fastcdr::Cdr deser(fb, eprosima::fastcdr::Cdr::DEFAULT_ENDIAN, eprosima::fastcdr::Cdr::DDS_CDR);
    try {
      deser.read_encapsulation();
      deser >> m->data;
    } catch (eprosima::fastcdr::exception::Exception&) {
      return false;
    }
    return true;
  }
  std::function<uint32_t()> getSerializedSizeProvider(void*) override {
    return []() { return static_cast<uint32_t>(4 + 4); };
  }
  void* createData() override { return new BoolMsg(); }
  void deleteData(void* data) override { delete static_cast<BoolMsg*>(data); }
  bool getKey(void*, InstanceHandle_t*, bool) override { return false; }
};

std::string escape(const std::string& s) {
  std::string r;
  r.reserve(s.size());
  for (char c : s) {
    if (c == '\\') r += "\\\\";
    else if (c == '\t') r += "\\t";
    else if (c == '\n') r += "\\n";
    else r += c;
  }
  return r;
}

std::atomic<long> received{0};

class PrintingListener : public DataReaderListener {
 public:
  PrintingListener(std::string topic, bool is_bool) : topic_(std::move(topic)), is_bool_(is_bool) {}
  void on_data_available(DataReader* reader) override {
    SampleInfo si;
    for (;;) {
      std::string payload;
      ReturnCode_t rc;
      if (is_bool_) {
        BoolMsg m;
        rc = reader->take_next_sample(&m, &si);
        payload = m.data ? "true" : "false";
      } else {
        StringMsg m;
        rc = reader->take_next_sample(&m, &si);
        payload = escape(m.data);
      }
      if (rc != ReturnCode_t::RETCODE_OK) break;
      if (!si.valid_data) continue;
      {
        std::lock_guard<std::mutex> lock(out_mutex);
        std::cout << "RECV\t" << topic_ << '\t' << payload << '\n' << std::flush;
      }
      received++;
    }
  }

 private:
  std::string topic_;
  bool is_bool_;
};

double parse_seconds(const std::string& opt, const std::string& s) {
  char* end;
  errno = 0;
  double v = std::strtod(s.c_str(), &end);
  if (errno || end == s.c_str() || *end || v < 0) die(2, opt + " needs a non-negative number of seconds, got '" + s + "'");
  return v;
}

long parse_count(const std::string& opt, const std::string& s) {
  char* end;
  errno = 0;
  long v = std::strtol(s.c_str(), &end, 10);
  if (errno || end == s.c_str() || *end || v < 0) die(2, opt + " needs a non-negative integer, got '" + s + "'");
  return v;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) die(2, "cannot read " + path + ": " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  if (s.find('\0') != std::string::npos) die(2, path + " contains a NUL byte: a ROS string cannot carry it");
  return s;
}

int domain_id() {
  const char* s = std::getenv("ROS_DOMAIN_ID");
  if (s == nullptr || *s == 0) return 0;
  char* end;
  long v = std::strtol(s, &end, 10);
  if (*end || v < 0 || v > 232) die(2, std::string("ROS_DOMAIN_ID must be an integer in 0..232, got '") + s + "'");
  return static_cast<int>(v);
}

std::atomic<bool> stop_requested{false};
extern "C" void on_signal(int) { stop_requested = true; }

struct Pub { std::string topic; bool is_bool = false; StringMsg msg; BoolMsg bool_msg; DataWriter* writer = nullptr; bool sent = false;
             std::chrono::steady_clock::time_point matched_at{}; bool matched = false; };
struct Sub { std::string topic; bool is_bool; DataReader* reader = nullptr; std::unique_ptr<PrintingListener> listener; };

}  // namespace

int main(int argc, char** argv) {
  double duration = 10, delay_pub = 0;
  long until_count = -1;
  std::vector<Pub> pubs;
  std::vector<Sub> subs;
  const char* usage = "usage: fastdds_peer [--pub TOPIC=FILE]... [--pub-bool TOPIC=true|false]... [--sub TOPIC]... [--sub-bool TOPIC]... "
                      "[--duration SECONDS] [--until-count N] [--delay-pub SECONDS]";
  for (int i = 1; i < argc; i++) {
    std::string a = argv[i];
    if (a != "--pub" && a != "--pub-bool" && a != "--sub" && a != "--sub-bool" && a != "--duration" && a != "--until-count" && a != "--delay-pub")
      die(2, "unknown option '" + a + "'\n" + usage);
    if (i + 1 >= argc) die(2, a + " needs a value\n" + usage);
    std::string v = argv[++i];
    if (a == "--pub") {
      auto eq = v.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == v.size()) die(2, std::string("--pub needs TOPIC=FILE\n") + usage);
      Pub p;
      p.topic = v.substr(0, eq);
      p.msg.data = read_file(v.substr(eq + 1));
      pubs.push_back(std::move(p));
    } else if (a == "--pub-bool") {
      auto eq = v.find('=');
      std::string value = eq == std::string::npos ? "" : v.substr(eq + 1);
      if (eq == 0 || (value != "true" && value != "false"))
        die(2, std::string("--pub-bool needs TOPIC=true or TOPIC=false\n") + usage);
      Pub p;
      p.topic = v.substr(0, eq);
      p.is_bool = true;
      p.bool_msg.data = value == "true";
      pubs.push_back(std::move(p));
    } else if (a == "--sub" || a == "--sub-bool") {
      Sub s;
      s.topic = v;
      s.is_bool = a == "--sub-bool";
      subs.push_back(std::move(s));
    } else if (a == "--duration") {
      duration = parse_seconds(a, v);
    } else if (a == "--until-count") {
      until_count = parse_count(a, v);
    } else {
      delay_pub = parse_seconds(a, v);
    }
  }
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);

  const int domain = domain_id();
  DomainParticipantQos pqos;
  pqos.name("stepguard_fastdds_peer");
  const char* enclave = "enclave=/;";
  pqos.user_data().data_vec(std::vector<eprosima::fastrtps::rtps::octet>(enclave, enclave + std::strlen(enclave)));
  pqos.transport().use_builtin_transports = false;
  auto udp = std::make_shared<eprosima::fastdds::rtps::UDPv4TransportDescriptor>();
  udp->interfaceWhiteList.emplace_back("127.0.0.1");
  pqos.transport().user_transports.push_back(udp);
  auto& builtin = pqos.wire_protocol().builtin;
  // Metatraffic unicast on 127.0.0.1 only (port 0: Fast DDS fills in the port of its participant
  // id); a non-empty list keeps Fast DDS from adding its default multicast locator 239.255.0.1.
  Locator_t meta;
  IPLocator::setIPv4(meta, 127, 0, 0, 1);
  meta.port = 0;
  builtin.metatrafficUnicastLocatorList.push_back(meta);
  builtin.metatrafficMulticastLocatorList.clear();
  for (uint32_t pid = 0; pid <= 9; pid++) {
    Locator_t peer;
    IPLocator::setIPv4(peer, 127, 0, 0, 1);
    peer.port = 7400 + 250 * static_cast<uint32_t>(domain) + 10 + 2 * pid;
    builtin.initialPeersList.push_back(peer);
  }
  DomainParticipant* pp = DomainParticipantFactory::get_instance()->create_participant(domain, pqos);
  if (pp == nullptr) die(3, "create_participant failed on domain " + std::to_string(domain));

  TypeSupport string_type(new StringType());
  TypeSupport bool_type(new BoolType());
  if (string_type.register_type(pp) != ReturnCode_t::RETCODE_OK || bool_type.register_type(pp) != ReturnCode_t::RETCODE_OK)
    die(3, "register_type failed");
  Publisher* publisher = pp->create_publisher(PUBLISHER_QOS_DEFAULT);
  Subscriber* subscriber = pp->create_subscriber(SUBSCRIBER_QOS_DEFAULT);
  if (publisher == nullptr || subscriber == nullptr) die(3, "create_publisher/create_subscriber failed");

  auto topic_for = [&](const std::string& name, bool is_bool) -> Topic* {
    const std::string type = is_bool ? "std_msgs::msg::dds_::Bool_" : "std_msgs::msg::dds_::String_";
    if (TopicDescription* d = pp->lookup_topicdescription(name)) {
      if (d->get_type_name() != type) die(2, "topic " + name + " used with both String and Bool");
      return static_cast<Topic*>(d);
    }
    Topic* t = pp->create_topic(name, type, TOPIC_QOS_DEFAULT);
    if (t == nullptr) die(3, "create_topic " + name + " failed");
    return t;
  };

  for (auto& s : subs) {
    DataReaderQos q = DATAREADER_QOS_DEFAULT;
    q.reliability().kind = RELIABLE_RELIABILITY_QOS;
    q.durability().kind = s.is_bool ? TRANSIENT_LOCAL_DURABILITY_QOS : VOLATILE_DURABILITY_QOS;
    q.history().kind = KEEP_LAST_HISTORY_QOS;
    q.history().depth = s.is_bool ? 1 : 10;
    s.listener = std::make_unique<PrintingListener>(s.topic, s.is_bool);
    s.reader = subscriber->create_datareader(topic_for(s.topic, s.is_bool), q, s.listener.get());
    if (s.reader == nullptr) die(3, "create_datareader " + s.topic + " failed");
  }
  for (auto& p : pubs) {
    DataWriterQos q = DATAWRITER_QOS_DEFAULT;
    q.reliability().kind = RELIABLE_RELIABILITY_QOS;
    q.durability().kind = p.is_bool ? TRANSIENT_LOCAL_DURABILITY_QOS : VOLATILE_DURABILITY_QOS;
    q.history().kind = KEEP_LAST_HISTORY_QOS;
    q.history().depth = p.is_bool ? 1 : 10;
    q.representation().m_value.clear();
    q.representation().m_value.push_back(XCDR_DATA_REPRESENTATION);
    p.writer = publisher->create_datawriter(topic_for(p.topic, p.is_bool), q);
    if (p.writer == nullptr) die(3, "create_datawriter " + p.topic + " failed");
  }
  info("domain " + std::to_string(domain) + ", " + std::to_string(pubs.size()) + " publication(s), " +
       std::to_string(subs.size()) + " subscription(s)");

  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  const auto end = start + std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(duration));
  const auto pub_at = start + std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(delay_pub));
  size_t pending = pubs.size();
  while (!stop_requested) {
    auto now = clock::now();
    if (now >= end) break;
    if (until_count >= 0 && received >= until_count && pending == 0) break;
    if (pending > 0 && now >= pub_at) {
      for (auto& p : pubs) {
        if (p.sent) continue;
        PublicationMatchedStatus st;
        p.writer->get_publication_matched_status(st);
        if (st.current_count > 0 && !p.matched) { p.matched = true; p.matched_at = now; }
        bool ready = p.is_bool || (p.matched && now - p.matched_at >= std::chrono::milliseconds(200));
        bool gave_up = now - pub_at >= std::chrono::seconds(5);
        if (!ready && !gave_up) continue;
        if (!ready) info("no reader matched " + p.topic + " within 5 s; publishing anyway");
        if (!p.writer->write(p.is_bool ? static_cast<void*>(&p.bool_msg) : static_cast<void*>(&p.msg))) die(3, "write on " + p.topic + " failed");
        p.sent = true;
        pending--;
        std::lock_guard<std::mutex> lock(out_mutex);
        std::cout << "SENT\t" << p.topic << '\n' << std::flush;
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(pending > 0 ? 10 : 20));
  }
  for (auto& p : pubs)
    if (p.sent) p.writer->wait_for_acknowledgments(eprosima::fastrtps::Duration_t(2, 0));
  info("received " + std::to_string(received.load()) + " sample(s), sent " + std::to_string(pubs.size() - pending) +
       " of " + std::to_string(pubs.size()));
  for (auto& s : subs) s.reader->set_listener(nullptr);
  pp->delete_contained_entities();
  DomainParticipantFactory::get_instance()->delete_participant(pp);
  if (pending > 0) die(5, std::to_string(pending) + " publication(s) not sent: the run ended before --delay-pub (+ matching) was over");
  return 0;
}
