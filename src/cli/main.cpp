#include <unistd.h>

#include <csignal>
#include <iostream>

#include "cli/app.h"
#include "cli/fd_stream.h"

int main(int argc, char** argv) {
  // Under a file-size limit (ulimit -f) the kernel kills a process that
  // writes past it with SIGXFSZ, mid-append; ignored, the write fails with
  // EFBIG instead and the journal is cut back (journal/writer.h).
  std::signal(SIGXFSZ, SIG_IGN);
  tenk::FdStreamBuf stdout_buf(STDOUT_FILENO);
  std::ostream out(&stdout_buf);
  int code = tenk::run_app(argc, argv, out, std::cerr);
  return tenk::finish_stdout(code, stdout_buf, std::cerr);
}
