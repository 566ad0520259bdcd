// Reading and writing NumPy .npz archives (a zip of .npy arrays), enough for MANO models converted by
// tools/mano_to_npz.py and for test fixtures. The zip central directory is parsed here; entries may be
// stored or deflated (zlib raw inflate). Every size and offset is checked, so a truncated or hostile file
// gives palma::InputError naming the file (and the entry), never a crash or a huge allocation.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace palma {

// One array. Numeric dtypes are widened to double (int64 values beyond 2^53 lose precision, which no
// model field needs); unicode ('<U..') and byte-string ('|S..') arrays fill `strings` instead.
struct NpyArray {
  std::vector<long> shape;           // empty for a scalar
  std::string dtype;                 // as in the file, e.g. "<f8", "<i4", "|u1", "|b1", "<U5"
  std::vector<double> data;          // numeric values in C (row-major) order
  std::vector<std::string> strings;  // UTF-8 strings (trailing NULs removed) for string dtypes

  long size() const;  // number of elements (product of shape, 1 for a scalar)
  bool isString() const { return !dtype.empty() && (dtype[1] == 'U' || dtype[1] == 'S'); }
  std::string shapeString() const;  // e.g. "778x3x10", "scalar"
};

// Limits that keep a hostile archive from exhausting memory.
constexpr long long kNpzMaxEntryBytes = 1LL << 30;  // per decompressed entry
constexpr int kNpzMaxEntries = 4096;

// Reads every .npy entry of an .npz file (the ".npy" suffix is removed from the names). Supported
// dtypes: <f4 <f8 <i1 <i2 <i4 <i8 <u2 <u4 <u8 |u1 |i1 |b1 (and their big-endian forms), <U.. and |S..;
// Fortran-order arrays are transposed to C order. Object arrays (pickles) are rejected.
std::map<std::string, NpyArray> readNpz(const std::string& path);

// Writes an .npz without compression (for tests and fixtures), atomically. Each array's dtype decides
// the stored type (numeric ones from `data`, "<U.." from `strings`); the shape must match the data.
void writeNpz(const std::string& path, const std::map<std::string, NpyArray>& arrays);

}  // namespace palma
