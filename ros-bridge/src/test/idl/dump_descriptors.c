/* Prints what idlc generated for ros_messages.idl, one line per type:
 * NAME size align flags nops typename words w0,w1,...  (compared with TopicType.java by a test). */
#include <stddef.h>
#include "dds/dds.h"
#include <stdio.h>
#include "ros_messages.c"
static void dump(const char *name, const dds_topic_descriptor_t *d, const uint32_t *ops, size_t nwords) {
  printf("%s %u %u %u %u %s %zu ", name, d->m_size, d->m_align, d->m_flagset, d->m_nops, d->m_typename, nwords);
  for (size_t i = 0; i < nwords; i++) printf("%s%u", i ? "," : "", ops[i]);
  printf("\n");
}
#define D(n, t) dump(n, &t##_desc, t##_ops, sizeof(t##_ops) / sizeof(uint32_t))
int main(void) {
  D("STRING", std_msgs_msg_dds__String_);
  D("BOOL", std_msgs_msg_dds__Bool_);
  D("DIAGNOSTIC_ARRAY", diagnostic_msgs_msg_dds__DiagnosticArray_);
  D("PARTICIPANT_ENTITIES_INFO", rmw_dds_common_msg_dds__ParticipantEntitiesInfo_);
  /* The private structs stepguard lays out in Java (TopicType.DESCRIPTOR, CycloneReader). */
  printf("LAYOUT descriptor %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu\n", sizeof(dds_topic_descriptor_t),
         offsetof(dds_topic_descriptor_t, m_size), offsetof(dds_topic_descriptor_t, m_align),
         offsetof(dds_topic_descriptor_t, m_flagset), offsetof(dds_topic_descriptor_t, m_nkeys),
         offsetof(dds_topic_descriptor_t, m_typename), offsetof(dds_topic_descriptor_t, m_keys),
         offsetof(dds_topic_descriptor_t, m_nops), offsetof(dds_topic_descriptor_t, m_ops),
         offsetof(dds_topic_descriptor_t, m_meta), offsetof(dds_topic_descriptor_t, type_information),
         offsetof(dds_topic_descriptor_t, type_mapping));
  printf("SAMPLE_INFO %zu %zu\n", sizeof(dds_sample_info_t), offsetof(dds_sample_info_t, valid_data));
  printf("SEQUENCE %zu %zu %zu %zu\n", sizeof(dds_sequence_t), offsetof(dds_sequence_t, _length),
         offsetof(dds_sequence_t, _buffer), offsetof(dds_sequence_t, _release));
  return 0;
}
