#include "journal/writer.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <vector>

#include "core/duration.h"
#include "core/error.h"
#include "core/limits.h"
#include "core/progress.h"
#include "core/utf8.h"

namespace tenk {
namespace {

// Hours exactly as logged. A whole number of minutes is a finite decimal of
// hours only when it is a multiple of 3 (m/60 = m*5/300): 45 -> "0.75",
// 90 -> "1.5"; otherwise a duration string keeps it exact: 20 -> "20m",
// 80 -> "1h20m" (0.333... h would round and drift).
std::string format_minutes(Minutes m) {
  std::string sign = m < 0 ? "-" : "";
  if (m < 0) m = -m;
  char buf[48];
  if (m % 3 == 0) {
    long long whole = m / 60, hundredths = (m % 60) * 5 / 3;
    if (hundredths == 0) std::snprintf(buf, sizeof buf, "%lld", whole);
    else if (hundredths % 10 == 0) std::snprintf(buf, sizeof buf, "%lld.%lld", whole, hundredths / 10);
    else std::snprintf(buf, sizeof buf, "%lld.%02lld", whole, hundredths);
  } else if (m < 60) {
    std::snprintf(buf, sizeof buf, "%lldm", static_cast<long long>(m));
  } else {
    std::snprintf(buf, sizeof buf, "%lldh%lldm", static_cast<long long>(m / 60), static_cast<long long>(m % 60));
  }
  return sign + buf;
}

// Words YAML tools read as booleans or null when plain (YAML 1.1 and 1.2).
bool reserved_word(std::string_view s) {
  for (std::string_view w : {"y", "n", "yes", "no", "on", "off", "true", "false", "null"})
    if (s == w) return true;
  return false;
}

// An id-like word that every YAML reader takes as the same string when
// plain: [a-z][a-z0-9._-]*, not a boolean or null. Anything else (a leading
// digit could read as a number or a date) is quoted.
bool plain_safe(std::string_view s) {
  if (s.empty() || s.front() < 'a' || s.front() > 'z' || reserved_word(s)) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) return false;
  return true;
}

void append_hex_escape(std::string& out, char kind, unsigned value, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\%c%0*X", kind, digits, value);
  out += buf;
}

// A YAML double-quoted scalar. Escaped: `"` and `\`, every C0/C1 control
// (so the entry stays on one line), and the characters YAML or its readers
// treat as line breaks or a byte-order mark (U+0085, U+2028, U+2029, U+FEFF).
// Other UTF-8 is written as is. Bytes that are not UTF-8 cannot be told to
// YAML at all; they become U+FFFD.
std::string yaml_quoted(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      switch (b) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
          if (b < 0x20 || b == 0x7F) append_hex_escape(out, 'x', b, 2);
          else out += static_cast<char>(b);
      }
      ++i;
      continue;
    }
    unsigned cp = 0;
    std::size_t n = utf8_at(s, i, cp);
    if (n == 0) {
      out += "\\uFFFD";
      ++i;
    } else if (detail::must_escape(cp)) {
      append_hex_escape(out, cp <= 0xFF ? 'x' : 'u', cp, cp <= 0xFF ? 2 : 4);
      i += n;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out + "\"";
}

std::string word(std::string_view s) { return plain_safe(s) ? std::string(s) : yaml_quoted(s); }

[[noreturn]] void fail(const std::string& path, const char* what, int err) {
  throw InputError("cannot append to " + path + ": " + what + ": " + std::strerror(err));
}

// Closing releases the flock too; one guard for every exit path.
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

std::string folder_of(const std::string& path) {
  auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// Flushes a folder's entries to disk. Best effort: some file systems refuse
// to fsync a folder, and the file's own data is already safe.
void sync_folder(const std::string& folder) {
  Fd d{::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (d.fd >= 0) ::fsync(d.fd);
}

// Creates the folders missing on the way to `path`, outermost first, and
// flushes the folder holding each new one, so a crash cannot lose them.
void make_folders(const std::string& path, const std::string& folder) {
  std::vector<std::string> missing;
  struct stat st {};
  for (std::string at = folder; at != "." && at != "/" && ::stat(at.c_str(), &st) != 0 && errno == ENOENT;
       at = folder_of(at))
    missing.push_back(at);
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (::mkdir(it->c_str(), 0777) != 0 && errno != EEXIST)
      throw InputError("cannot append to " + path + ": cannot create " + *it + ": " + std::strerror(errno));
    sync_folder(folder_of(*it));
  }
}

// Opens the journal for appending, creating it if it is missing; `created`
// says whether this call made it. O_NONBLOCK and O_NOCTTY: should a FIFO or
// a terminal appear at the path after the check, opening it neither waits
// nor takes it over (fstat then refuses it). A finite number of tries: a
// path that is neither there to open nor free to create must end in an
// error, never in a loop.
int open_journal(const std::string& path, bool& created) {
  const int flags = O_RDWR | O_APPEND | O_CLOEXEC | O_NOCTTY | O_NONBLOCK;
  created = false;
  int fd = ::open(path.c_str(), flags);
  if (fd >= 0) return fd;
  if (errno != ENOENT) fail(path, "open", errno);
  fd = ::open(path.c_str(), flags | O_CREAT | O_EXCL, 0644);
  if (fd >= 0) {
    created = true;
    return fd;
  }
  if (errno != EEXIST) fail(path, "open", errno);
  // Either another tenk created it between the two calls, or the path is a
  // symbolic link to a file that does not exist yet (O_EXCL never follows
  // one). Open through the link, creating its target as an editor would;
  // if the target's folder is missing, that is the error.
  struct stat link {};
  const bool dangling = ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
  fd = ::open(path.c_str(), flags | O_CREAT, 0644);
  if (fd >= 0) {
    created = dangling;
    return fd;
  }
  const int err = errno;
  if (dangling && err == ENOENT) {
    std::vector<char> target(4096, '\0');
    const ssize_t n = ::readlink(path.c_str(), target.data(), target.size() - 1);
    const std::string to = n > 0 ? std::string(target.data(), static_cast<std::size_t>(n)) : "?";
    throw InputError("cannot append to " + path + ": it is a symbolic link to " + to +
                     ", whose folder does not exist");
  }
  fail(path, "open", err);
}

// The folder holding the file `fd` is open on, for a journal created
// through a symbolic link: its own folder is the one to flush.
std::string real_folder(const std::string& path) {
  char* real = ::realpath(path.c_str(), nullptr);
  if (!real) return folder_of(path);
  std::string out = folder_of(real);
  std::free(real);
  return out;
}

// A failed append: cut the file back to its length before it, so no half
// line is left for every later reader to warn about, then report why the
// write failed. Still under the lock, so no other append is undone.
[[noreturn]] void undo_and_fail(int fd, off_t before, const std::string& path, const char* what, int err) {
  int rc;
  while ((rc = ::ftruncate(fd, before)) != 0 && errno == EINTR) {}
  if (rc != 0) {
    int cut_err = errno;
    throw InputError("cannot append to " + path + ": " + what + ": " + std::strerror(err) +
                     "; cutting it back to its length before the append failed too (" + std::strerror(cut_err) +
                     "): its last line may be incomplete");
  }
  ::fsync(fd);
  fail(path, what, err);
}

}  // namespace

namespace detail {

bool must_escape(unsigned cp) {
  // C0 and C1 controls and DEL keep the entry on one line and readable;
  // U+0085, U+2028 and U+2029 are line breaks to some YAML readers, and a
  // U+FEFF may be taken for a byte-order mark.
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF;
}

}  // namespace detail

std::string format_entry(const JournalEntry& e) {
  std::string out = "- {date: " + e.date.str();
  if (e.is_pick()) {
    out += ", choice: " + word(e.choice) + ", pick: " + word(e.pick);
  } else {
    out += ", id: " + word(e.id);
    if (e.studied_minutes) out += ", hours: " + format_minutes(*e.studied_minutes);
    if (e.left_minutes) out += ", left: " + format_minutes(*e.left_minutes);
    if (e.done) out += ", done: true";
  }
  if (!e.note.empty()) out += ", note: " + yaml_quoted(e.note);
  if (e.is_private && !e.is_pick()) out += ", private: true";
  return out + "}\n";
}

void check_new_entry(const JournalEntry& entry, Date today) {
  // A note the readers read back whole, its escaped line well under kMaxJournalLine.
  constexpr std::size_t kMaxNote = 64 * 1024;
  if (entry.note.size() > kMaxNote) throw InputError("the note is longer than 64 KB; nothing written");
  if (today < entry.date)
    throw InputError(entry.date.str() + " is after today (" + today.str() +
                     "): the journal records what happened; nothing written");
}

void check_day_total(const Journal& before, const JournalEntry& entry) {
  if (!entry.studied_minutes) return;
  const Minutes already = logged_on(before, entry.date);
  if (already + *entry.studied_minutes > kMinutesPerDay)
    throw InputError("that would make " + format_hours(already + *entry.studied_minutes) + " on " + entry.date.str() +
                     " (at most 24 h a day; " + format_hours(already) + " already logged)");
}

void append_entry(const std::string& path, const JournalEntry& entry, Date today, const Curriculum* curriculum,
                  const EntryCheck& check) {
  check_new_entry(entry, today);
  AppendCheck under_lock;
  if (entry.studied_minutes || check)
    under_lock = [&] {
      JournalReadResult before = read_journal(path, curriculum);
      check_day_total(before.entries, entry);
      if (check) check(before);
    };
  append_line(path, format_entry(entry), under_lock);
}

void append_line(const std::string& path, const std::string& line, const AppendCheck& check) {
  std::string buf = line;
  if (buf.empty() || buf.back() != '\n') buf += '\n';

  // Something that is not a regular file is refused before it is opened:
  // opening a device can have effects of its own, and a FIFO would take the
  // line and lose it.
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
    throw InputError("cannot append to " + path + ": " +
                     (S_ISDIR(st.st_mode) ? std::strerror(EISDIR) : "not a regular file"));

  const std::string folder = folder_of(path);
  make_folders(path, folder);
  bool created = false;
  Fd f{open_journal(path, created)};
  if (::fstat(f.fd, &st) != 0) fail(path, "stat", errno);
  if (!S_ISREG(st.st_mode)) throw InputError("cannot append to " + path + ": not a regular file");

  int rc;
  while ((rc = ::flock(f.fd, LOCK_EX)) != 0 && errno == EINTR) {}
  if (rc != 0) fail(path, "lock", errno);
  if (check) check();

  // Under the lock nobody else appends, so the length and the last byte are
  // stable: if a crash cut the previous line, start ours on a fresh line
  // rather than gluing it onto the damaged one.
  if (::fstat(f.fd, &st) != 0) fail(path, "stat", errno);
  const off_t before = st.st_size;
  if (before > 0) {
    char last = 0;
    ssize_t got;
    while ((got = ::pread(f.fd, &last, 1, before - 1)) < 0 && errno == EINTR) {}
    if (got != 1) fail(path, "read", got < 0 ? errno : EIO);
    if (last != '\n') buf.insert(buf.begin(), '\n');
  }

  // One write(2) for the whole line, so readers never see half of it; the
  // loop only continues a short write (a full disk, a file-size limit, a
  // signal), and a failure undoes what the loop wrote.
  std::size_t done = 0;
  while (done < buf.size()) {
    ssize_t n = ::write(f.fd, buf.data() + done, buf.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) undo_and_fail(f.fd, before, path, "write", n < 0 ? errno : EIO);
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(f.fd) != 0) undo_and_fail(f.fd, before, path, "fsync", errno);
  // A new file is only found after a crash once its folder is on disk too.
  if (created) sync_folder(real_folder(path));
}

}  // namespace tenk
