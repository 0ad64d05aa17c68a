// The journal under faults, end to end (SPEC 2): a full disk, a file-size
// limit, racing writers, kill -9 mid-append, and files that are not files.

#include <catch2/catch.hpp>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <map>
#include <random>
#include <thread>

#include "cli/cli_fixture.h"
#include "core/progress.h"
#include "journal/reader.h"
#include "support/child.h"

using namespace tenk::test;

namespace {

const std::string kEntry = "- {date: 2026-01-05, id: python, hours: 1}\n";

// `tenk log ...` on the small curriculum with the journal at `journal`.
ChildSetup log_setup(const Scratch& s, const std::string& journal, std::vector<std::string> log_args) {
  ChildSetup c;
  c.args = {"-c", small_curriculum(), "--log", journal, "--today", "2026-01-10", "log"};
  c.args.insert(c.args.end(), log_args.begin(), log_args.end());
  c.home = s.path("home");
  c.out = s.path("stdout");
  c.err = s.path("stderr");
  return c;
}

// A small tmpfs mounted on a folder, unmounted on destruction.
struct Tmpfs {
  std::string dir;
  bool mounted = false;
  std::string why_not;
  Tmpfs(std::string at, const char* size) : dir(std::move(at)) {
    std::filesystem::create_directories(dir);
    mounted = ::mount("tmpfs", dir.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, (std::string("size=") + size).c_str()) == 0;
    if (!mounted) why_not = std::strerror(errno);
  }
  ~Tmpfs() {
    if (mounted) ::umount2(dir.c_str(), MNT_DETACH);
  }
};

// Writes to `path` until the file system is full, in ever smaller pieces,
// so that not a byte is left.
void fill_up(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "wb");
  REQUIRE(f);
  std::setvbuf(f, nullptr, _IONBF, 0);
  const std::string block(4096, 'f');
  for (std::size_t piece = block.size(); piece > 0; piece /= 2)
    while (std::fwrite(block.data(), 1, piece, f) == piece) {}
  std::fclose(f);
}

}  // namespace

TEST_CASE("journal faults: a full disk part-way through an append leaves the journal byte-identical, exit 1") {
  Scratch s;
  Tmpfs fs(s.path("small-disk"), "64k");
  if (!fs.mounted) {
    WARN("cannot mount a tmpfs here (" << fs.why_not << "): the full-disk case is not exercised; "
         "the file-size limit test covers the same undo");
    return;
  }
  const std::string journal = fs.dir + "/j.log.yaml";
  // The journal's last page has 20 bytes free: the append starts there and
  // fails when it needs the next page. A torn previous line (no newline at
  // the end) must stay torn, not gain a newline.
  for (std::string last : {std::string(""), std::string("- {date: 2026-01-06, id: py")}) {
    std::string before;
    while (before.size() + kEntry.size() <= 4096 - 20 - last.size()) before += kEntry;
    before += std::string(4096 - 20 - last.size() - before.size(), '#');
    before.back() = '\n';
    before += last;
    REQUIRE(before.size() == 4076);
    write_text(journal, before);
    fill_up(fs.dir + "/filler");
    for (std::string note : {std::string("short"), std::string(10000, 'n')}) {
      auto end = run_tenk(log_setup(s, journal, {"python", "1", "--date", "2026-01-07", "--note", note}));
      INFO(slurp(s.path("stderr")));
      CHECK(end.code == 1);
      CHECK_THAT(slurp(s.path("stderr")),
                 Catch::EndsWith("tenk: error: cannot append to " + journal + ": write: No space left on device\n"));
      CHECK(slurp(journal) == before);
    }
    std::filesystem::remove(fs.dir + "/filler");
  }
  // With room again, the next log goes through.
  auto end = run_tenk(log_setup(s, journal, {"python", "1", "--date", "2026-01-07"}));
  CHECK(end.code == 0);
  CHECK(slurp(journal).ends_with("- {date: 2026-01-07, id: python, hours: 1}\n"));
}

TEST_CASE("journal faults: a file-size limit part-way through an append leaves the journal byte-identical, exit 1") {
  Scratch s;
  const std::string journal = s.path("j.log.yaml");
  // The limit holds for every file tenk writes, stderr's too: a journal of
  // a few KB leaves stderr room for the message.
  const std::string comment = "# " + std::string(2000, '=') + "\n";
  for (std::string before : {comment + kEntry + kEntry, comment + kEntry + "- {date: 2026-01-06, id: py"}) {
    write_text(journal, before);
    for (rlim_t room : {0, 10, 100}) {
      auto setup = log_setup(s, journal, {"python", "1", "--date", "2026-01-07", "--note", std::string(300, 'n')});
      setup.file_size_limit = before.size() + room;
      auto end = run_tenk(setup);
      INFO("room " << room << ": " << slurp(s.path("stderr")));
      CHECK(end.signal == 0);  // not killed by SIGXFSZ
      CHECK(end.code == 1);
      CHECK_THAT(slurp(s.path("stderr")),
                 Catch::EndsWith("tenk: error: cannot append to " + journal + ": write: File too large\n"));
      CHECK(slurp(journal) == before);
    }
  }
}

TEST_CASE("journal faults: 8 concurrent logs of 4 h on one date never make more than 24 h") {
  Scratch s;
  const std::string journal = s.path("j.log.yaml");
  for (int round = 0; round < 5; ++round) {
    const std::string date = "2026-01-0" + std::to_string(round + 1);
    std::vector<pid_t> kids;
    for (int k = 0; k < 8; ++k) {
      auto setup = log_setup(s, journal, {"fastai", "4", "--date", date});
      setup.out = setup.err = "/dev/null";
      kids.push_back(start_tenk(setup));
    }
    int ok = 0, refused = 0;
    for (pid_t pid : kids) {
      auto end = wait_child(pid);
      if (end.code == 0) ++ok;
      if (end.code == 1) ++refused;
    }
    auto read = tenk::parse_journal(slurp(journal), journal);
    CHECK(read.diagnostics.items().empty());
    INFO("round " << round);
    CHECK(tenk::logged_on(read.entries, *tenk::Date::parse(date)) == 24 * 60);
    CHECK(ok == 6);
    CHECK(refused == 2);
  }
}

TEST_CASE("journal faults: kill -9 at random moments never damages an acknowledged entry") {
  Scratch s;
  const std::string journal = s.path("j.log.yaml");
  // How long one log takes here, so the kills land all through it.
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < 5; ++i) REQUIRE(run_tenk(log_setup(s, journal, {"fastai", "1m", "--note", "warm-up"})).code == 0);
  const auto typical = (std::chrono::steady_clock::now() - t0) / 5;

  std::mt19937 rng(20261110);
  std::uniform_int_distribution<long long> delay(0, std::chrono::duration_cast<std::chrono::microseconds>(typical).count());
  std::vector<std::string> acknowledged;
  int killed = 0, attempts = 0;
  // Two at a time, so that kills also land while another holds the lock.
  while (killed < 200 && attempts < 1000) {
    std::vector<std::pair<pid_t, std::string>> kids;
    for (int k = 0; k < 2; ++k) {
      std::string note = "n" + std::to_string(attempts++);
      auto setup = log_setup(s, journal, {"fastai", "1m", "--date", "2026-01-0" + std::to_string(1 + attempts % 9), "--note", note});
      setup.out = setup.err = "/dev/null";
      kids.emplace_back(start_tenk(setup), note);
    }
    std::this_thread::sleep_for(std::chrono::microseconds(delay(rng)));
    ::kill(kids[0].first, SIGKILL);
    std::this_thread::sleep_for(std::chrono::microseconds(delay(rng) / 4));
    ::kill(kids[1].first, SIGKILL);
    for (const auto& [pid, note] : kids) {
      auto end = wait_child(pid);
      if (end.signal == SIGKILL) ++killed;
      if (end.code == 0) acknowledged.push_back(note);
    }
  }
  INFO(killed << " killed, " << acknowledged.size() << " acknowledged of " << attempts);
  REQUIRE(killed >= 200);
  auto read = tenk::parse_journal(slurp(journal), journal);
  std::map<std::string, int> seen;
  for (const auto& e : read.entries) {
    ++seen[e.note];
    CHECK(e.id == "fastai");
    CHECK(e.studied_minutes == tenk::Minutes{1});
  }
  for (const auto& note : acknowledged) {
    INFO(note);
    CHECK(seen[note] == 1);
  }
  // Every line that is not a whole entry is one a killed process left.
  CHECK(read.diagnostics.items().size() <= static_cast<std::size_t>(killed));
}

TEST_CASE("journal faults: a FIFO or a device as --log is refused at once, for reading and for writing") {
  Scratch s;
  const std::string fifo = s.path("fifo");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::vector<std::string> targets = {fifo};
  if (::mknod(s.path("null").c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0) targets.push_back(s.path("null"));
  else WARN("mknod is not allowed here: the device case uses /dev/null itself");
  targets.push_back("/dev/null");
  for (const auto& target : targets) {
    for (std::vector<std::string> args : {std::vector<std::string>{"log", "python", "1"},
                                          std::vector<std::string>{"done", "python"},
                                          std::vector<std::string>{"swap", "first-dl", "cs231n"},
                                          std::vector<std::string>{"today"}}) {
      std::vector<std::string> all = {"-c", small_curriculum(), "--log", target};
      all.insert(all.end(), args.begin(), args.end());
      auto r = s.run(all);
      INFO(target << " " << args[0] << ": " << r.err);
      CHECK(r.code == 1);
      CHECK_THAT(r.err, Catch::Contains(target) && Catch::Contains("not a regular file"));
    }
    struct stat st {};
    REQUIRE(::stat(target.c_str(), &st) == 0);
    CHECK((S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)));
  }
}
