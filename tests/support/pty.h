#pragma once
// Running the built `tenk` on a terminal of its own (a pseudo-terminal), so
// that a test sees what a person at a terminal would: isatty() is true for
// its stdin, stdout and stderr, and /dev/tty is that terminal.

#include <fcntl.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <vector>

#include "support/cli_runner.h"

namespace tenk::test {

/// Runs tenk with `args` on a new pseudo-terminal in scratch dir `s` (HOME
/// inside it, TENK_* and XDG_* unset, NO_COLOR=1 so that tenk's own
/// colours stay out of what is checked). Output processing is off, so the
/// bytes read are exactly the bytes tenk wrote (no LF -> CRLF). `out` holds
/// stdout and stderr together, as the terminal shows them. `input` is typed
/// on the terminal at once (as keys typed ahead); with `stderr_path`, stderr
/// goes to that file instead, so what is asked there can be told apart.
inline RunResult run_on_terminal(const Scratch& s, const std::vector<std::string>& args, const std::string& input = "",
                                 const std::string& stderr_path = "") {
  std::vector<std::string> argv_s = {tenk_binary()};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_s = {"HOME=" + s.path("home"), "NO_COLOR=1", "PATH=/usr/bin:/bin", "TERM=xterm"};
  // The sanitizer settings pass through: under CI's sanitizer build the
  // leak suppressions for Graphviz need them (the slow unwinder, the list).
  for (const char* name : {"ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"}) {
    if (const char* value = std::getenv(name)) env_s.push_back(std::string(name) + "=" + value);
  }
  std::vector<char*> envp;
  for (auto& kv : env_s) envp.push_back(kv.data());
  envp.push_back(nullptr);
  const std::string dir = s.path("");

  struct termios raw {};
  ::cfmakeraw(&raw);
  struct winsize size {};
  size.ws_col = 100;
  size.ws_row = 40;
  int master = -1;
  pid_t pid = ::forkpty(&master, nullptr, &raw, &size);
  RunResult r;
  if (pid < 0) return r;
  if (pid == 0) {
    if (::chdir(dir.c_str()) != 0) ::_exit(126);
    if (!stderr_path.empty()) {
      int fd = ::open(stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (fd < 0 || ::dup2(fd, 2) < 0) ::_exit(126);
      ::close(fd);
    }
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  for (std::size_t done = 0; done < input.size();) {
    ssize_t n = ::write(master, input.data() + done, input.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(master, buf, sizeof buf);
    if (n > 0) r.out.append(buf, static_cast<std::size_t>(n));
    else if (n < 0 && errno == EINTR) continue;
    else break;  // EIO: the terminal's other side is closed (tenk ended)
  }
  ::close(master);
  int status = 0;
  ::waitpid(pid, &status, 0);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

}  // namespace tenk::test
