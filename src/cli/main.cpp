#include <csignal>
#include <iostream>

#include "cli/app.h"

int main(int argc, char** argv) {
  // Under a file-size limit (ulimit -f) the kernel kills a process that
  // writes past it with SIGXFSZ, mid-append; ignored, the write fails with
  // EFBIG instead and the journal is cut back (journal/writer.h).
  std::signal(SIGXFSZ, SIG_IGN);
  int code = tenk::run_app(argc, argv, std::cout, std::cerr);
  return tenk::finish_stdout(code, std::cerr);
}
