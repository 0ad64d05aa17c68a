#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <ostream>
#include <string>

#include "cli/fd_stream.h"

using tenk::FdStreamBuf;

TEST_CASE("FdStreamBuf: small and large writes arrive whole and in order") {
  int p[2];
  REQUIRE(::pipe(p) == 0);
  ::fcntl(p[1], F_SETPIPE_SZ, 1 << 20);
  {
    FdStreamBuf buf(p[1]);
    std::ostream out(&buf);
    out << "head " << 42 << '\n' << std::string(200000, 'x') << "tail";
    CHECK(out.good());
    CHECK(buf.pubsync() == 0);
    CHECK(buf.error() == 0);
  }
  ::close(p[1]);
  std::string got;
  char chunk[65536];
  for (ssize_t n; (n = ::read(p[0], chunk, sizeof chunk)) > 0;) got.append(chunk, static_cast<std::size_t>(n));
  ::close(p[0]);
  CHECK(got == "head 42\n" + std::string(200000, 'x') + "tail");
}

TEST_CASE("FdStreamBuf: the first failed write's errno is kept, and the stream goes bad") {
  int fd = ::open("/dev/full", O_WRONLY);
  REQUIRE(fd >= 0);
  FdStreamBuf small(fd);
  std::ostream a(&small);
  a << "fits in the buffer";
  CHECK(small.error() == 0);  // nothing written yet
  CHECK(small.pubsync() == -1);
  CHECK(small.error() == ENOSPC);

  FdStreamBuf big(fd);
  std::ostream b(&big);
  b << std::string(1 << 20, 'x');
  CHECK(!b.good());
  CHECK(big.error() == ENOSPC);
  ::close(fd);
}
