#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "files/file.h"

using tenk::LineReader;

namespace {

// A folder of its own, removed at the end.
struct TempDir {
  std::filesystem::path path;
  TempDir() : path(std::filesystem::temp_directory_path() / ("tenk_files_" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string file(const std::string& name, const std::string& content) const {
    auto p = (path / name).string();
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
};

std::vector<std::string> lines_of(const std::string& path, std::size_t max_line) {
  std::vector<std::string> out;
  LineReader r(path, max_line, false);
  while (auto line = r.next()) out.push_back(line->too_long ? "<" + std::to_string(line->bytes) + ">" : std::string(line->text));
  return out;
}

}  // namespace

TEST_CASE("file: read errors name the file and the reason") {
  CHECK_THROWS_WITH(tenk::read_file("/nonexistent/x.yaml"), "cannot read /nonexistent/x.yaml: No such file or directory");
  CHECK_THROWS_AS(tenk::read_file("/nonexistent/x.yaml"), tenk::InputError);
  CHECK_THROWS_WITH(tenk::read_file("/tmp"), "cannot read /tmp: Is a directory");
  CHECK(tenk::read_file_if_exists("/nonexistent/x.yaml").empty());
  CHECK_THROWS_WITH(tenk::read_file_if_exists("/tmp"), "cannot read /tmp: Is a directory");
}

TEST_CASE("file: read_file_if_there takes only ENOENT and ENOTDIR for \"not there\" — any other failure is an error") {
  CHECK(tenk::is_not_there(ENOENT));
  CHECK(tenk::is_not_there(ENOTDIR));
  for (int other : {EACCES, ELOOP, EISDIR, EIO, ENAMETOOLONG, EMFILE, EPERM}) CHECK_FALSE(tenk::is_not_there(other));

  TempDir dir;
  CHECK_FALSE(tenk::read_file_if_there((dir.path / "none.yaml").string()));
  auto file = dir.file("file", "x");
  CHECK_FALSE(tenk::read_file_if_there(file + "/curriculum.yaml"));  // ENOTDIR: a file on the way
  CHECK(tenk::read_file_if_there(file) == std::optional<std::string>("x"));
  CHECK(tenk::read_file_if_there(dir.file("empty", "")) == std::optional<std::string>(""));
  // A symlink loop is there but cannot be read: ELOOP, with the path.
  auto loop = (dir.path / "loop").string();
  std::filesystem::create_symlink(loop, loop);
  CHECK_THROWS_WITH(tenk::read_file_if_there(loop), "cannot read " + loop + ": Too many levels of symbolic links");
  CHECK_THROWS_WITH(tenk::read_file_if_there(dir.path.string()), "cannot read " + dir.path.string() + ": Is a directory");
}

TEST_CASE("file: contents round-trip and the size limit is checked before reading") {
  TempDir dir;
  std::string content("a\0b\nc", 5);
  auto path = dir.file("x.yaml", content);
  CHECK(tenk::read_file(path) == content);
  CHECK(tenk::read_file_if_exists(path) == content);
  CHECK_THROWS_WITH(tenk::read_file(path, 4), "cannot read " + path + ": file too large (more than 4 bytes)");
}

TEST_CASE("file: only regular files are read — a FIFO or a device is refused at once, never waited on") {
  TempDir dir;
  auto fifo = (dir.path / "fifo").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // A FIFO with no writer: opening it the usual way would block forever.
  CHECK_THROWS_WITH(tenk::read_file(fifo), "cannot read " + fifo + ": not a regular file");
  CHECK_THROWS_WITH(tenk::read_file_if_exists(fifo), "cannot read " + fifo + ": not a regular file");
  CHECK_THROWS_WITH(LineReader(fifo, 100, true), "cannot read " + fifo + ": not a regular file");
  // /dev/zero never ends; /dev/null is empty but still not a journal.
  CHECK_THROWS_WITH(tenk::read_file("/dev/zero"), "cannot read /dev/zero: not a regular file");
  CHECK_THROWS_WITH(LineReader("/dev/null", 100, true), "cannot read /dev/null: not a regular file");
}

TEST_CASE("LineReader: lines without their newline, a last line without one, a missing file as empty") {
  TempDir dir;
  CHECK(lines_of(dir.file("a", "one\ntwo\n\nthree"), 100) == std::vector<std::string>{"one", "two", "", "three"});
  CHECK(lines_of(dir.file("b", ""), 100).empty());
  CHECK(lines_of(dir.file("c", "\n"), 100) == std::vector<std::string>{""});
  LineReader missing((dir.path / "none").string(), 100, true);
  CHECK(missing.size() == 0);
  CHECK_FALSE(missing.next());
  CHECK_THROWS_AS(LineReader((dir.path / "none").string(), 100, false), tenk::InputError);
}

TEST_CASE("LineReader: a line over the bound comes back as its length only, however long") {
  TempDir dir;
  const std::string huge(300'000, '[');  // longer than the 64 KB buffer
  CHECK(lines_of(dir.file("a", "ok\n" + huge + "\nafter\n"), 1000) ==
        std::vector<std::string>{"ok", "<300000>", "after"});
  CHECK(lines_of(dir.file("b", huge), 1000) == std::vector<std::string>{"<300000>"});
  CHECK(lines_of(dir.file("c", std::string(1000, 'x') + "\n" + std::string(1001, 'y') + "\n"), 1000) ==
        std::vector<std::string>{std::string(1000, 'x'), "<1001>"});
}

TEST_CASE("LineReader: lines that straddle the buffer's end are whole") {
  TempDir dir;
  std::string text;
  std::vector<std::string> expected;
  for (int i = 0; i < 20000; ++i) {
    expected.push_back("line " + std::to_string(i) + std::string(static_cast<std::size_t>(i % 17), '.'));
    text += expected.back() + "\n";
  }
  CHECK(lines_of(dir.file("a", text), 200) == expected);
}
