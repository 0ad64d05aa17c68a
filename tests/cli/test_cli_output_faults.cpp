// What tenk writes besides the journal, under faults: standard output that
// cannot be written, and `render -o` onto things that are not plain files.

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <filesystem>
#include <thread>

#include "cli/cli_fixture.h"
#include "support/child.h"
#include "support/shell.h"

using namespace tenk::test;
namespace fs = std::filesystem;

namespace {

ChildSetup small_setup(const Scratch& s, std::vector<std::string> args) {
  ChildSetup c;
  c.args = {"-c", small_curriculum(), "--log", s.path("journal.log.yaml"), "--today", "2026-11-24"};
  c.args.insert(c.args.end(), args.begin(), args.end());
  c.home = s.path("home");
  c.out = s.path("stdout");
  c.err = s.path("stderr");
  return c;
}

// "tenk -c small.yaml --log journal ARGS" for sh, run in the scratch dir.
std::string small_command(const Scratch& s, const std::string& args) {
  return shell_quote(tenk_binary()) + " -c " + shell_quote(small_curriculum()) + " --log " +
         shell_quote(s.path("journal.log.yaml")) + " --today 2026-11-24 " + args;
}

ino_t inode_of(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? st.st_ino : 0;
}

}  // namespace

TEST_CASE("stdout faults: output to /dev/full is exit 1 with the reason, for every command and --json") {
  Scratch s;
  REQUIRE(run_small(s, {"log", "python", "1", "--date", "2026-11-23"}).code == 0);
  std::vector<std::vector<std::string>> commands = {
      {"plan"}, {"plan", "--json"}, {"today"}, {"today", "--json"}, {"status"}, {"status", "--json"},
      {"check"}, {"check", "--json"}, {"swap"}, {"render", "timeline"}, {"render", "graph", "--json"},
      {"--version"}, {"--help"}};
  for (const auto& args : commands) {
    auto setup = small_setup(s, args);
    setup.out = "/dev/full";
    auto end = run_tenk(setup);
    INFO(args[0] << (args.size() > 1 ? " " + args[1] : ""));
    CHECK(end.code == 1);
    CHECK(slurp(s.path("stderr")) == "tenk: error: cannot write to standard output: No space left on device\n");
  }
  // An error already on its way keeps its exit code.
  auto setup = small_setup(s, {"plan", "--no-such-option"});
  setup.out = "/dev/full";
  CHECK(run_tenk(setup).code == 2);
}

TEST_CASE("render -o: a device node is written in place, never replaced — a full one is an error") {
  Scratch s;
  if (::mknod(s.path("null").c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0 ||
      ::mknod(s.path("full").c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
    WARN("mknod is not allowed here: device targets are not exercised");
    return;
  }
  auto r = run_small(s, {"render", "graph", "-o", s.path("null")});
  CHECK(r.code == 0);
  CHECK(fs::is_character_file(s.path("null")));
  auto full = run_small(s, {"render", "timeline", "-o", s.path("full")});
  CHECK(full.code == 1);
  CHECK(full.err == "tenk: error: cannot write " + s.path("full") + ": No space left on device\n");
  CHECK(fs::is_character_file(s.path("full")));
  // Nothing else appeared in the folder (no temporary file left behind).
  for (const auto& e : fs::directory_iterator(s.path("")))
    CHECK_THAT(e.path().filename().string(), !Catch::Contains("tenk-"));
}

TEST_CASE("render -o: a FIFO nobody reads is an error at once — one being read gets the picture") {
  Scratch s;
  const std::string fifo = s.path("pipe.svg");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  auto r = run_small(s, {"render", "timeline", "-o", fifo});
  CHECK(r.code == 1);
  CHECK(r.err == "tenk: error: cannot write " + fifo + ": nobody is reading from this FIFO\n");
  CHECK(fs::is_fifo(fifo));

  // A reader that holds the FIFO open for the whole run, and a writer of
  // our own so that it sees no end of file before tenk is done.
  int fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(fd >= 0);
  int keep = ::open(fifo.c_str(), O_WRONLY);
  REQUIRE(keep >= 0);
  ::fcntl(fd, F_SETFL, 0);
  std::string got;
  std::thread reader([&] {
    char buf[65536];
    for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) != 0;)
      if (n > 0) got.append(buf, static_cast<std::size_t>(n));
  });
  auto w = run_small(s, {"render", "timeline", "-o", fifo});
  ::close(keep);
  reader.join();
  ::close(fd);
  CHECK(w.code == 0);
  CHECK((got.starts_with("<?xml") || got.starts_with("<svg")));
  CHECK(got.find("</svg>") != std::string::npos);
  CHECK(fs::is_fifo(fifo));
}

TEST_CASE("render -o: a symlink is followed to its file and stays a symlink") {
  Scratch s;
  s.file("real.svg", "old");
  fs::create_symlink(s.path("real.svg"), s.path("link.svg"));
  auto r = run_small(s, {"render", "timeline", "-o", s.path("link.svg")});
  CHECK(r.code == 0);
  CHECK(fs::is_symlink(s.path("link.svg")));
  CHECK(slurp(s.path("real.svg")).find("</svg>") != std::string::npos);
}

TEST_CASE("render -o: a symlink planted at a temporary name cannot redirect the write") {
  Scratch s;
  const std::string victim = s.file("victim.txt", "precious");
  const std::string out = s.path("out.svg");
  // Start tenk but hold it before it runs, knowing its pid: plant links at
  // every name a predictable scheme would use (out.svg.tmp.PID, .out.svg.tmp,
  // out.svg~, ...) pointing at the victim, then let it go.
  int gate[2];
  REQUIRE(::pipe2(gate, O_CLOEXEC) == 0);
  auto setup = small_setup(s, {"render", "timeline", "-o", out});
  setup.gate = gate[0];
  pid_t pid = start_tenk(setup);
  const std::string p = std::to_string(pid);
  std::vector<std::string> planted = {out + ".tmp." + p, out + ".tmp", out + "~", out + "." + p,
                                      s.path(".out.svg.tmp"), s.path(".out.svg." + p), out + ".new"};
  for (const auto& name : planted) fs::create_symlink(victim, name);
  REQUIRE(::write(gate[1], "x", 1) == 1);
  auto end = wait_child(pid);
  ::close(gate[0]);
  ::close(gate[1]);
  CHECK(end.code == 0);
  CHECK(slurp(victim) == "precious");
  CHECK(fs::is_regular_file(fs::symlink_status(out)));
  CHECK(slurp(out).find("</svg>") != std::string::npos);
  for (const auto& name : planted) CHECK(fs::is_symlink(name));
}

TEST_CASE("output: -o /dev/stdout and its other names write to tenk's stdout as the shell opened it: >> appends") {
  Scratch s;
  fs::create_symlink("/dev/stdout", s.path("out-link"));
  for (std::string target : {"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1", "out-link", "-"}) {
    INFO(target);
    const std::string keep = s.file("keep.log", "old line\n");
    const ino_t inode = inode_of(keep);
    auto r = run_shell(s, small_command(s, "render timeline -o " + target + " >> keep.log"));
    INFO(r.err);
    CHECK(r.code == 0);
    const std::string text = slurp(keep);
    CHECK(text.starts_with("old line\n<"));
    CHECK(text.ends_with("</svg>\n"));
    CHECK(text.find("Wrote") == std::string::npos);
    CHECK(inode_of(keep) == inode);
    CHECK(fs::is_regular_file(fs::symlink_status(keep)));

    // The same for an export and for the report's page.
    s.file("keep.log", "old line\n");
    CHECK(run_shell(s, small_command(s, "export ics -o " + target + " >> keep.log")).code == 0);
    CHECK_THAT(slurp(keep), Catch::StartsWith("old line\nBEGIN:VCALENDAR\r\n") && Catch::EndsWith("END:VCALENDAR\r\n"));
    s.file("keep.log", "old line\n");
    CHECK(run_shell(s, small_command(s, "report -o " + target + " >> keep.log")).code == 0);
    CHECK_THAT(slurp(keep), Catch::StartsWith("old line\n<!DOCTYPE html>") && Catch::EndsWith("</html>\n"));
    CHECK(!fs::exists(s.path(target + "/index.html")));
  }
  CHECK(fs::is_symlink(s.path("out-link")));
}

TEST_CASE("output: -o /dev/stdout into a pipe, /dev/stderr, and /dev/fd/N of a descriptor the shell opened") {
  Scratch s;
  auto piped = run_shell(s, "{ " + small_command(s, "render timeline -o /dev/stdout") + "; echo $? > rc; } | cat > piped.svg");
  CHECK(piped.code == 0);
  CHECK(slurp(s.path("rc")) == "0\n");
  CHECK_THAT(slurp(s.path("piped.svg")), Catch::EndsWith("</svg>\n"));

  auto err = run_shell(s, small_command(s, "export csv -o /dev/stderr 2> err.csv"));
  CHECK(err.code == 0);
  CHECK(err.out == "Wrote /dev/stderr (csv, 0 entries)\n");
  CHECK(slurp(s.path("err.csv")) == "date,id,title,hours,note\r\n");

  for (std::string target : {"/dev/fd/3", "/proc/self/fd/3"}) {
    INFO(target);
    const std::string kept = s.file("fd3.log", "kept\n");
    const ino_t inode = inode_of(kept);
    auto r = run_shell(s, small_command(s, "render timeline -o " + target + " 3>> fd3.log"));
    INFO(r.err);
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Catch::StartsWith("Wrote " + target + " (timeline, "));
    CHECK_THAT(slurp(kept), Catch::StartsWith("kept\n<") && Catch::EndsWith("</svg>\n"));
    CHECK(inode_of(kept) == inode);
  }
  // A descriptor that is not open is an error, and nothing is created.
  auto closed = run_shell(s, small_command(s, "render timeline -o /dev/fd/9"));
  CHECK(closed.code == 1);
  CHECK(closed.err == "tenk: error: cannot write /dev/fd/9: Bad file descriptor\n");
}
