#pragma once
// Standard output that remembers why a write failed. std::cout only sets a
// flag, and by the time tenk exits the errno is long gone; coreutils-style
// "cannot write to standard output: No space left on device" needs it.

#include <streambuf>

namespace tenk {

/// A stream buffer writing to a file descriptor with write(2). After the
/// first failed write it keeps that errno and drops everything else (the
/// stream then goes bad), so the error is reported once, at the end.
///
/// Example: FdStreamBuf buf(STDOUT_FILENO); std::ostream out(&buf);
///          out << "text"; buf.pubsync(); if (buf.error()) ...
class FdStreamBuf : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd);
  ~FdStreamBuf() override;
  FdStreamBuf(const FdStreamBuf&) = delete;
  FdStreamBuf& operator=(const FdStreamBuf&) = delete;

  /// The errno of the first failed write, 0 if every write succeeded.
  int error() const { return error_; }

 protected:
  int_type overflow(int_type ch) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  bool write_out(const char* data, std::size_t n);  ///< false once a write failed
  bool drain();                                     ///< writes the buffered bytes

  int fd_;
  int error_ = 0;
  char buf_[1 << 16];
};

}  // namespace tenk
