#pragma once
// The thin seam to the file system for whole-file reads.

#include <string>

namespace tenk {

/// The whole file. Throws InputError("cannot read FILE: reason").
/// Refuses files over `max_bytes` (a curriculum is never 1 GB; a device or
/// a runaway file must not exhaust memory).
std::string read_file(const std::string& path, std::size_t max_bytes = 256u << 20);

/// The file's contents, or "" if it does not exist. Throws InputError on any
/// other failure.
std::string read_file_if_exists(const std::string& path, std::size_t max_bytes = 256u << 20);

}  // namespace tenk
