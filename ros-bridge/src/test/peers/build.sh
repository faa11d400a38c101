#!/bin/sh
# Builds the native DDS peers into OUTDIR:
#   cyclone_peer, cyclone_echo, cyclone_ping   (C, Cyclone DDS 0.10, types from idlc -l c)
#   fastdds_peer                               (C++, Fast DDS 2.9, hand-written type support)
# Usage: build.sh OUTDIR
# Idempotent: a program is rebuilt only when it is missing or older than one of its sources (or
# this script). Fails with the name of the Debian package to install when a tool or library is
# missing. Exit 0 on success, 1 on a missing prerequisite or a failed compile, 2 on bad usage.
set -eu

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 OUTDIR" >&2
  exit 2
fi
SRC=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$1"
OUT=$(cd "$1" && pwd)
GEN="$OUT/gen"

missing() { # what, debian package
  echo "build.sh: $1 not found: install it with 'sudo apt-get install -y $2'" >&2
  exit 1
}
command -v idlc >/dev/null 2>&1 || missing "idlc (Cyclone DDS IDL compiler)" cyclonedds-tools
command -v gcc >/dev/null 2>&1 || missing "gcc" gcc
command -v g++ >/dev/null 2>&1 || missing "g++" g++
command -v pkg-config >/dev/null 2>&1 || missing "pkg-config" pkg-config
pkg-config --exists CycloneDDS 2>/dev/null || missing "Cyclone DDS headers and libddsc (pkg-config CycloneDDS)" cyclonedds-dev

# Fast DDS has no pkg-config file on Debian: look for its headers and libraries directly.
fastdds_ok=1
echo '#include <fastdds/dds/domain/DomainParticipantFactory.hpp>' | g++ -x c++ -E - >/dev/null 2>&1 || fastdds_ok=0
[ $fastdds_ok = 1 ] || missing "Fast DDS 2.x headers (fastdds/dds/...)" libfastrtps-dev
echo '#include <fastcdr/Cdr.h>' | g++ -x c++ -E - >/dev/null 2>&1 || missing "Fast CDR headers (fastcdr/Cdr.h)" libfastcdr-dev
for lib in fastrtps fastcdr; do
  echo 'int main(void){return 0;}' | gcc -x c - -o /dev/null -l$lib 2>/dev/null || missing "lib$lib.so" "lib$lib-dev"
done

# stale TARGET SOURCES...: true when TARGET is missing or older than a source or this script.
stale() {
  t=$1; shift
  [ -e "$t" ] || return 0
  for s in "$@" "$SRC/build.sh"; do
    [ "$s" -nt "$t" ] && return 0
  done
  return 1
}

CFLAGS="-O2 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers"
CYC_CFLAGS=$(pkg-config --cflags CycloneDDS)
CYC_LIBS=$(pkg-config --libs CycloneDDS)

mkdir -p "$GEN"
if stale "$GEN/ros_std_msgs.c" "$SRC/ros_std_msgs.idl"; then
  # -t: no XTypes type information, as with rmw_cyclonedds_cpp (peers match on type name).
  idlc -l c -t -o "$GEN" "$SRC/ros_std_msgs.idl"
fi

# The Fast DDS peer takes longest to compile: build it in the background meanwhile.
fast_pid=
if stale "$OUT/fastdds_peer" "$SRC/fastdds_peer.cpp"; then
  ( g++ -std=c++17 -O2 -Wall -o "$OUT/fastdds_peer.tmp" "$SRC/fastdds_peer.cpp" -lfastrtps -lfastcdr -lpthread \
      && mv "$OUT/fastdds_peer.tmp" "$OUT/fastdds_peer" ) &
  fast_pid=$!
fi

for prog in cyclone_peer cyclone_echo cyclone_ping; do
  if stale "$OUT/$prog" "$SRC/$prog.c" "$SRC/peer_common.h" "$GEN/ros_std_msgs.c"; then
    # shellcheck disable=SC2086
    gcc $CFLAGS $CYC_CFLAGS -I"$GEN" -o "$OUT/$prog.tmp" "$SRC/$prog.c" "$GEN/ros_std_msgs.c" $CYC_LIBS
    mv "$OUT/$prog.tmp" "$OUT/$prog"
  fi
done

if [ -n "$fast_pid" ]; then
  if ! wait "$fast_pid"; then
    echo "build.sh: compiling fastdds_peer failed" >&2
    exit 1
  fi
fi
echo "build.sh: peers ready in $OUT"
