#pragma once
// Starting the built `tenk` as a child process for fault tests: where its
// output goes, a file-size limit, running many at once, killing them, and
// what it cost (peak memory). Scratch::run (cli_runner.h) is simpler and
// does for ordinary runs.

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "support/test_paths.h"

namespace tenk::test {

/// How to start tenk.
struct ChildSetup {
  std::vector<std::string> args;       ///< after the program name
  std::string home;                    ///< HOME; TENK_* and XDG_* are unset
  std::string out = "/dev/null";       ///< file that receives stdout (created or truncated)
  std::string err = "/dev/null";       ///< file that receives stderr
  std::optional<rlim_t> file_size_limit;  ///< RLIMIT_FSIZE in bytes, SIGXFSZ ignored
  std::optional<rlim_t> address_space_limit;  ///< RLIMIT_AS in bytes: an allocation past it fails
  /// When >= 0: the child waits to read one byte from this descriptor (a
  /// pipe's read end) before it runs tenk, so the test can act knowing the
  /// child's pid first.
  int gate = -1;
};

/// How a child ended.
struct ChildEnd {
  int code = -1;           ///< exit code, or -1 when killed
  int signal = 0;          ///< the signal that killed it, or 0
  long max_rss_kb = 0;     ///< its peak resident memory
};

/// Starts tenk; returns its pid. Everything the child needs is built before
/// fork(), so the child only calls what is safe there.
inline pid_t start_tenk(const ChildSetup& s) {
  std::vector<std::string> args = {tenk_binary()};
  args.insert(args.end(), s.args.begin(), s.args.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  std::vector<std::string> env_strings;
  for (char** e = environ; *e; ++e) {
    std::string kv = *e;
    if (kv.starts_with("TENK_") || kv.starts_with("XDG_") || kv.starts_with("HOME=")) continue;
    env_strings.push_back(kv);
  }
  env_strings.push_back("HOME=" + s.home);
  std::vector<char*> envp;
  for (auto& kv : env_strings) envp.push_back(kv.data());
  envp.push_back(nullptr);

  pid_t pid = ::fork();
  if (pid != 0) return pid;
  if (s.gate >= 0) {
    char byte;
    if (::read(s.gate, &byte, 1) != 1) ::_exit(125);
  }
  int in = ::open("/dev/null", O_RDONLY);
  int out = ::open(s.out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int err = ::open(s.err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (in < 0 || out < 0 || err < 0) ::_exit(126);
  ::dup2(in, 0);
  ::dup2(out, 1);
  ::dup2(err, 2);
  if (s.file_size_limit) {
    ::signal(SIGXFSZ, SIG_IGN);
    struct rlimit lim {*s.file_size_limit, *s.file_size_limit};
    if (::setrlimit(RLIMIT_FSIZE, &lim) != 0) ::_exit(126);
  }
  if (s.address_space_limit) {
    struct rlimit lim {*s.address_space_limit, *s.address_space_limit};
    if (::setrlimit(RLIMIT_AS, &lim) != 0) ::_exit(126);
  }
  ::execve(argv[0], argv.data(), envp.data());
  ::_exit(127);
}

/// Waits for the child and says how it ended.
inline ChildEnd wait_child(pid_t pid) {
  int status = 0;
  struct rusage usage {};
  ChildEnd end;
  if (::wait4(pid, &status, 0, &usage) != pid) return end;
  end.max_rss_kb = usage.ru_maxrss;
  if (WIFEXITED(status)) end.code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) end.signal = WTERMSIG(status);
  return end;
}

/// Starts tenk and waits for it.
inline ChildEnd run_tenk(const ChildSetup& s) { return wait_child(start_tenk(s)); }

/// True when this test binary runs under AddressSanitizer (its shadow
/// memory and quarantine make memory figures meaningless).
inline bool under_asan() {
#if defined(__SANITIZE_ADDRESS__)
  return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return true;
#else
  return false;
#endif
#else
  return false;
#endif
}

}  // namespace tenk::test
