#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/error.h"
#include "files/output.h"

using tenk::Existing;
using tenk::write_output;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() : path(fs::temp_directory_path() / ("tenk_output_" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string at(const std::string& name) const { return (path / name).string(); }
  /// Everything in the folder but the names given: leftovers of a write.
  std::vector<std::string> others(std::initializer_list<std::string> expected) const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(path)) {
      auto name = e.path().filename().string();
      if (std::find(expected.begin(), expected.end(), name) == expected.end()) out.push_back(name);
    }
    return out;
  }
};

std::string slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("write_output: a new file, then a replaced one keeping its permissions — no temporary left") {
  TempDir d;
  write_output(d.at("a.svg"), "first");
  CHECK(slurp(d.at("a.svg")) == "first");
  ::chmod(d.at("a.svg").c_str(), 0640);
  write_output(d.at("a.svg"), "second");
  CHECK(slurp(d.at("a.svg")) == "second");
  struct stat st {};
  REQUIRE(::stat(d.at("a.svg").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(d.others({"a.svg"}).empty());
}

TEST_CASE("write_output: a symlink is followed to its file and stays a symlink") {
  TempDir d;
  std::ofstream(d.at("real.svg")) << "old";
  fs::create_symlink("real.svg", d.at("link.svg"));
  write_output(d.at("link.svg"), "new");
  CHECK(fs::is_symlink(d.at("link.svg")));
  CHECK(slurp(d.at("real.svg")) == "new");
  // A dangling link: the file it names is created.
  fs::create_symlink("made.svg", d.at("dangling.svg"));
  write_output(d.at("dangling.svg"), "made");
  CHECK(fs::is_symlink(d.at("dangling.svg")));
  CHECK(slurp(d.at("made.svg")) == "made");
  CHECK(d.others({"real.svg", "link.svg", "dangling.svg", "made.svg"}).empty());
}

TEST_CASE("write_output: a device is written in place, never replaced") {
  TempDir d;
  // A null device of our own (as root; elsewhere the test says why it cannot run).
  if (::mknod(d.at("null").c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
    WARN("mknod is not allowed here; the device case is not exercised");
    return;
  }
  write_output(d.at("null"), "gone");
  CHECK(fs::is_character_file(d.at("null")));
  CHECK(d.others({"null"}).empty());
  // A full device: the error says why, and nothing is left behind.
  REQUIRE(::mknod(d.at("full").c_str(), S_IFCHR | 0666, makedev(1, 7)) == 0);
  CHECK_THROWS_WITH(write_output(d.at("full"), "x"), "cannot write " + d.at("full") + ": No space left on device");
  CHECK(fs::is_character_file(d.at("full")));
}

TEST_CASE("write_output: a FIFO is written in place, and one nobody reads is an error, not a wait") {
  TempDir d;
  REQUIRE(::mkfifo(d.at("fifo").c_str(), 0600) == 0);
  CHECK_THROWS_WITH(write_output(d.at("fifo"), "x"), "cannot write " + d.at("fifo") + ": nobody is reading from this FIFO");
  std::string got;
  std::thread reader([&] {
    std::ifstream f(d.at("fifo"));
    std::stringstream ss;
    ss << f.rdbuf();
    got = ss.str();
  });
  // The reader opens the FIFO in its own time; retry until it is there.
  for (int i = 0; i < 500; ++i) {
    try {
      write_output(d.at("fifo"), "through the pipe");
      break;
    } catch (const tenk::InputError&) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  reader.join();
  CHECK(got == "through the pipe");
  CHECK(fs::is_fifo(d.at("fifo")));
}

TEST_CASE("write_output: a folder is an error — Refuse never overwrites anything") {
  TempDir d;
  CHECK_THROWS_WITH(write_output(d.path.string(), "x"), "cannot write " + d.path.string() + ": Is a directory");
  write_output(d.at("init.yaml"), "mine", Existing::Refuse);
  CHECK(slurp(d.at("init.yaml")) == "mine");
  CHECK_THROWS_WITH(write_output(d.at("init.yaml"), "theirs", Existing::Refuse),
                    "cannot write " + d.at("init.yaml") + ": it already exists (tenk never overwrites it)");
  CHECK(slurp(d.at("init.yaml")) == "mine");
  CHECK(d.others({"init.yaml"}).empty());
  CHECK_THROWS_AS(write_output(d.at("no/such/folder/x"), "x"), tenk::InputError);
}

TEST_CASE("write_output: symlinks planted at predictable temporary names cannot redirect the write") {
  TempDir d;
  std::ofstream(d.at("victim")) << "precious";
  const std::string out = d.at("out.svg"), pid = std::to_string(::getpid());
  // The names a careless writer would use (the old scheme was PATH.tmp.PID).
  const std::vector<std::string> planted = {out + ".tmp." + pid, out + ".tmp", out + "~", d.at(".out.svg.tmp")};
  for (const auto& name : planted) fs::create_symlink(d.at("victim"), name);
  write_output(out, "picture");
  CHECK(slurp(d.at("victim")) == "precious");
  CHECK(fs::is_regular_file(fs::symlink_status(out)));
  CHECK(slurp(out) == "picture");
  for (const auto& name : planted) CHECK(fs::is_symlink(name));
}

TEST_CASE("output_descriptor: -, /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N and links to them") {
  TempDir d;
  using tenk::output_descriptor;
  CHECK(output_descriptor("-") == 1);
  CHECK(output_descriptor("/dev/stdout") == 1);
  CHECK(output_descriptor("/dev/stderr") == 2);
  CHECK(output_descriptor("/dev/fd/7") == 7);
  CHECK(output_descriptor("/proc/self/fd/12") == 12);
  CHECK(output_descriptor("/proc/" + std::to_string(::getpid()) + "/fd/3") == 3);
  fs::create_symlink("/dev/stderr", d.at("err-link"));
  fs::create_symlink("err-link", d.at("link-to-link"));
  CHECK(output_descriptor(d.at("err-link")) == 2);
  CHECK(output_descriptor(d.at("link-to-link")) == 2);
  std::ofstream(d.at("-")) << "a file named -";
  for (const std::string& other : {d.at("-"), std::string("./-"), d.at("missing"), std::string("/dev/null"),
                                   std::string("/dev/fd/x"), std::string("/dev/fd/")})
    CHECK(output_descriptor(other) == -1);
}

TEST_CASE("write_output: a name of an open descriptor writes to it as it is open, never replacing the file") {
  TempDir d;
  std::ofstream(d.at("keep.log")) << "old\n";
  struct stat before {};
  REQUIRE(::stat(d.at("keep.log").c_str(), &before) == 0);
  int fd = ::open(d.at("keep.log").c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  REQUIRE(fd >= 0);
  write_output("/dev/fd/" + std::to_string(fd), "new\n");
  write_output("/proc/self/fd/" + std::to_string(fd), "newer\n");
  ::close(fd);
  CHECK(slurp(d.at("keep.log")) == "old\nnew\nnewer\n");
  struct stat after {};
  REQUIRE(::stat(d.at("keep.log").c_str(), &after) == 0);
  CHECK(after.st_ino == before.st_ino);
  CHECK(d.others({"keep.log"}).empty());

  int p[2];
  REQUIRE(::pipe2(p, O_CLOEXEC) == 0);
  write_output("/dev/fd/" + std::to_string(p[1]), "through the pipe", Existing::Refuse);
  ::close(p[1]);
  char buf[64];
  ssize_t n = ::read(p[0], buf, sizeof buf);
  ::close(p[0]);
  CHECK(std::string(buf, static_cast<std::size_t>(n > 0 ? n : 0)) == "through the pipe");
  CHECK_THROWS_WITH(write_output("/dev/fd/" + std::to_string(p[1]), "x"),
                    "cannot write /dev/fd/" + std::to_string(p[1]) + ": Bad file descriptor");
}

TEST_CASE("write_output: /dev/tty without a controlling terminal is an error that says so") {
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::setsid();  // no controlling terminal from here on
    try {
      write_output("/dev/tty", "x");
    } catch (const tenk::InputError& e) {
      ::_exit(std::string(e.what()) == "cannot write /dev/tty: No such device or address" ? 0 : 2);
    }
    ::_exit(3);
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

// --- folders: the writes of `report -o DIR`, `init` and `log` -------------

TEST_CASE("make_folder: makes a missing folder, keeps one that is there, refuses a file or a missing parent") {
  TempDir t;
  tenk::make_folder(t.at("report"));
  CHECK(fs::is_directory(t.at("report")));
  tenk::make_folder(t.at("report"));  // already there: fine
  std::ofstream(t.at("file")) << "x";
  CHECK_THROWS_WITH(tenk::make_folder(t.at("file")), Catch::Contains("not a directory"));
  CHECK_THROWS_AS(tenk::make_folder(t.at("missing/report")), tenk::InputError);
  CHECK_FALSE(fs::exists(t.at("missing")));
}

TEST_CASE("make_folders_for: makes every folder on the way to a file, not the file") {
  TempDir t;
  tenk::make_folders_for(t.at("a/b/c.yaml"));
  CHECK(fs::is_directory(t.at("a/b")));
  CHECK_FALSE(fs::exists(t.at("a/b/c.yaml")));
  std::ofstream(t.at("file")) << "x";
  CHECK_THROWS_WITH(tenk::make_folders_for(t.at("file/c.yaml")), Catch::Contains("cannot create its folder"));
}

TEST_CASE("path_exists: a file, a folder or a link to one — not a missing name") {
  TempDir t;
  std::ofstream(t.at("file")) << "x";
  fs::create_symlink(t.at("file"), t.at("link"));
  CHECK(tenk::path_exists(t.at("file")));
  CHECK(tenk::path_exists(t.path.string()));
  CHECK(tenk::path_exists(t.at("link")));
  CHECK_FALSE(tenk::path_exists(t.at("missing")));
}
