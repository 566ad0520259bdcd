#include "core/model/npz_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <sstream>

#include "core/common/atomic_file.h"
#include "core/common/error.h"

namespace palma {

long NpyArray::size() const {
  long n = 1;
  for (long d : shape) n *= d;
  return n;
}

std::string NpyArray::shapeString() const {
  if (shape.empty()) return "scalar";
  std::string s;
  for (size_t i = 0; i < shape.size(); ++i) s += (i ? "x" : "") + std::to_string(shape[i]);
  return s;
}

namespace {

using Bytes = std::vector<unsigned char>;

// Bounds-checked little-endian reads from a byte buffer; `what` names the structure for the error.
class Reader {
 public:
  Reader(const Bytes& bytes, std::string file) : b_(bytes), file_(std::move(file)) {}
  [[noreturn]] void fail(const std::string& what) const {
    throw InputError("cannot read NumPy archive '" + file_ + "': " + what);
  }
  void need(uint64_t offset, uint64_t length, const std::string& what) const {
    if (offset > b_.size() || length > b_.size() - offset)
      fail(what + " lies outside the file (truncated or corrupt zip)");
  }
  uint64_t le(uint64_t offset, int bytes, const std::string& what) const {
    need(offset, static_cast<uint64_t>(bytes), what);
    uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | b_[offset + static_cast<uint64_t>(i)];
    return v;
  }
  const Bytes& bytes() const { return b_; }
  const std::string& file() const { return file_; }

 private:
  const Bytes& b_;
  std::string file_;
};

Bytes readWholeFile(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw InputError("NumPy archive '" + path + "' does not exist");
  if (std::filesystem::is_directory(path, ec))
    throw InputError("NumPy archive '" + path + "' is a directory, not a file");
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw InputError("cannot read NumPy archive '" + path + "': " + ec.message());
  if (size == 0) throw InputError("NumPy archive '" + path + "' is empty");
  if (size > static_cast<uintmax_t>(4 * kNpzMaxEntryBytes))
    throw InputError("NumPy archive '" + path + "' is too large (" + std::to_string(size) + " bytes)");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("cannot open NumPy archive '" + path + "'");
  Bytes bytes(static_cast<size_t>(size));
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size));
  if (!in) throw InputError("cannot read NumPy archive '" + path + "' (read error)");
  return bytes;
}

struct ZipEntry {
  std::string name;
  uint32_t method = 0, crc = 0, flags = 0;
  uint64_t compressed = 0, uncompressed = 0, local_offset = 0;
};

// Finds the central directory through the end-of-central-directory record (and its zip64 form).
std::vector<ZipEntry> readCentralDirectory(const Reader& r) {
  const Bytes& b = r.bytes();
  if (b.size() < 22) r.fail("too short to be a zip file (" + std::to_string(b.size()) + " bytes)");
  // The EOCD record is 22 bytes plus a comment of at most 65535 bytes at the end of the file.
  int64_t eocd = -1;
  const int64_t lowest = std::max<int64_t>(0, static_cast<int64_t>(b.size()) - 22 - 65535);
  for (int64_t p = static_cast<int64_t>(b.size()) - 22; p >= lowest; --p) {
    if (b[p] == 0x50 && b[p + 1] == 0x4b && b[p + 2] == 0x05 && b[p + 3] == 0x06) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) {
    if (b.size() >= 6 && std::memcmp(b.data(), "\x93NUMPY", 6) == 0)
      r.fail("this is a single .npy array, not an .npz archive");
    r.fail("not a zip archive (no end-of-central-directory record; truncated or wrong format)");
  }
  const uint64_t e = static_cast<uint64_t>(eocd);
  uint64_t count = r.le(e + 10, 2, "the end record");
  uint64_t cd_size = r.le(e + 12, 4, "the end record");
  uint64_t cd_offset = r.le(e + 16, 4, "the end record");
  if (count == 0xFFFF || cd_size == 0xFFFFFFFF || cd_offset == 0xFFFFFFFF) {
    if (e < 20 || r.le(e - 20, 4, "the zip64 locator") != 0x07064b50) r.fail("zip64 locator missing");
    const uint64_t z = r.le(e - 20 + 8, 8, "the zip64 locator");
    if (r.le(z, 4, "the zip64 end record") != 0x06064b50) r.fail("zip64 end record missing");
    count = r.le(z + 32, 8, "the zip64 end record");
    cd_size = r.le(z + 40, 8, "the zip64 end record");
    cd_offset = r.le(z + 48, 8, "the zip64 end record");
  }
  if (count > static_cast<uint64_t>(kNpzMaxEntries))
    r.fail("claims " + std::to_string(count) + " entries (more than " + std::to_string(kNpzMaxEntries) + ")");
  r.need(cd_offset, cd_size, "the central directory");

  std::vector<ZipEntry> entries;
  uint64_t p = cd_offset;
  for (uint64_t i = 0; i < count; ++i) {
    if (r.le(p, 4, "a central directory entry") != 0x02014b50) r.fail("corrupt central directory entry");
    ZipEntry z;
    z.flags = static_cast<uint32_t>(r.le(p + 8, 2, "a central directory entry"));
    z.method = static_cast<uint32_t>(r.le(p + 10, 2, "a central directory entry"));
    z.crc = static_cast<uint32_t>(r.le(p + 16, 4, "a central directory entry"));
    z.compressed = r.le(p + 20, 4, "a central directory entry");
    z.uncompressed = r.le(p + 24, 4, "a central directory entry");
    const uint64_t name_len = r.le(p + 28, 2, "a central directory entry");
    const uint64_t extra_len = r.le(p + 30, 2, "a central directory entry");
    const uint64_t comment_len = r.le(p + 32, 2, "a central directory entry");
    z.local_offset = r.le(p + 42, 4, "a central directory entry");
    r.need(p + 46, name_len + extra_len + comment_len, "a central directory entry");
    z.name.assign(reinterpret_cast<const char*>(b.data() + p + 46), name_len);
    // zip64 extended information (id 1) holds, in this order, whichever 32-bit fields are saturated.
    for (uint64_t x = p + 46 + name_len; x + 4 <= p + 46 + name_len + extra_len;) {
      const uint64_t id = r.le(x, 2, "an extra field"), len = r.le(x + 2, 2, "an extra field");
      if (id == 1) {
        uint64_t q = x + 4;
        if (z.uncompressed == 0xFFFFFFFF) z.uncompressed = r.le(q, 8, "a zip64 field"), q += 8;
        if (z.compressed == 0xFFFFFFFF) z.compressed = r.le(q, 8, "a zip64 field"), q += 8;
        if (z.local_offset == 0xFFFFFFFF) z.local_offset = r.le(q, 8, "a zip64 field");
      }
      x += 4 + len;
    }
    entries.push_back(z);
    p += 46 + name_len + extra_len + comment_len;
  }
  return entries;
}

Bytes extractEntry(const Reader& r, const ZipEntry& z) {
  const std::string where = "entry '" + z.name + "'";
  if (z.flags & 1u) r.fail(where + " is encrypted");
  if (z.uncompressed > static_cast<uint64_t>(kNpzMaxEntryBytes))
    r.fail(where + " claims " + std::to_string(z.uncompressed) + " bytes, more than the limit of " +
           std::to_string(kNpzMaxEntryBytes));
  if (r.le(z.local_offset, 4, where + "'s local header") != 0x04034b50)
    r.fail(where + " has a corrupt local header");
  const uint64_t name_len = r.le(z.local_offset + 26, 2, where + "'s local header");
  const uint64_t extra_len = r.le(z.local_offset + 28, 2, where + "'s local header");
  const uint64_t data = z.local_offset + 30 + name_len + extra_len;
  r.need(data, z.compressed, where + "'s data");
  const unsigned char* src = r.bytes().data() + data;

  Bytes out(static_cast<size_t>(z.uncompressed));
  if (z.method == 0) {
    if (z.compressed != z.uncompressed) r.fail(where + " is stored but its sizes differ");
    std::copy(src, src + z.compressed, out.begin());
  } else if (z.method == 8) {
    z_stream s{};
    if (inflateInit2(&s, -MAX_WBITS) != Z_OK) r.fail("zlib could not be initialised");
    uint64_t in_done = 0, out_done = 0;
    int rc = Z_OK;
    // zlib counts in uInt, so feed and drain in chunks below 4 GiB.
    constexpr uint64_t kChunk = 1u << 30;
    while (rc == Z_OK) {
      s.next_in = const_cast<unsigned char*>(src + in_done);
      s.avail_in = static_cast<uInt>(std::min(kChunk, z.compressed - in_done));
      s.next_out = out.data() + out_done;
      s.avail_out = static_cast<uInt>(std::min(kChunk, z.uncompressed - out_done));
      const uInt in_before = s.avail_in, out_before = s.avail_out;
      rc = inflate(&s, Z_NO_FLUSH);
      in_done += in_before - s.avail_in;
      out_done += out_before - s.avail_out;
      if (rc == Z_OK && in_before == s.avail_in && out_before == s.avail_out) rc = Z_BUF_ERROR;
    }
    inflateEnd(&s);
    if (rc != Z_STREAM_END) {
      if (out_done >= z.uncompressed) r.fail(where + " inflates to more than its declared size");
      r.fail(where + " has corrupt or truncated deflate data");
    }
    if (out_done != z.uncompressed) r.fail(where + " inflates to fewer bytes than declared");
  } else {
    r.fail(where + " uses compression method " + std::to_string(z.method) + " (only stored and deflate)");
  }
  uLong crc = crc32(0L, Z_NULL, 0);
  for (uint64_t off = 0; off < out.size(); off += (1u << 30)) {
    const uInt len = static_cast<uInt>(std::min<uint64_t>(1u << 30, out.size() - off));
    crc = crc32(crc, out.data() + off, len);
  }
  if (static_cast<uint32_t>(crc) != z.crc) r.fail(where + " fails its CRC check (corrupt data)");
  return out;
}

struct Dtype {
  char order = '<', kind = 'f';
  int itemsize = 8;
};

// Parses the Python dict literal of an .npy header.
struct NpyHeader {
  std::string descr;
  bool fortran = false;
  std::vector<long> shape;
};

NpyHeader parseHeader(const std::string& h, const std::function<void(const std::string&)>& fail) {
  NpyHeader out;
  auto valueStart = [&](const char* key) {
    const size_t k = h.find(key);
    if (k == std::string::npos) fail(std::string("header lacks ") + key);
    size_t p = h.find(':', k);
    if (p == std::string::npos) fail(std::string("header has no value for ") + key);
    ++p;
    while (p < h.size() && h[p] == ' ') ++p;
    return p;
  };
  size_t p = valueStart("'descr'");
  if (p >= h.size() || (h[p] != '\'' && h[p] != '"'))
    fail("has a structured or unsupported dtype (" + h.substr(p, 40) + ")");
  const size_t q = h.find(h[p], p + 1);
  if (q == std::string::npos) fail("header has an unterminated dtype");
  out.descr = h.substr(p + 1, q - p - 1);
  p = valueStart("'fortran_order'");
  if (h.compare(p, 4, "True") == 0)
    out.fortran = true;
  else if (h.compare(p, 5, "False") != 0)
    fail("header has an invalid fortran_order");
  p = valueStart("'shape'");
  if (p >= h.size() || h[p] != '(') fail("header has an invalid shape");
  const size_t close = h.find(')', p);
  if (close == std::string::npos) fail("header has an unterminated shape");
  std::string dims = h.substr(p + 1, close - p - 1);
  std::replace(dims.begin(), dims.end(), ',', ' ');
  std::replace(dims.begin(), dims.end(), 'L', ' ');
  std::istringstream in(dims);
  std::string tok;
  while (in >> tok) {
    if (tok.size() > 12 || tok.find_first_not_of("0123456789") != std::string::npos)
      fail("header has an invalid dimension '" + tok + "'");
    out.shape.push_back(std::stol(tok));
  }
  return out;
}

Dtype parseDtype(const std::string& d, const std::function<void(const std::string&)>& fail) {
  if (d.size() < 3 || std::string("<>|=").find(d[0]) == std::string::npos ||
      d.find_first_not_of("0123456789", 2) != std::string::npos || d.size() > 8)
    fail("has unsupported dtype '" + d + "'");
  Dtype t;
  t.order = d[0] == '=' ? '<' : d[0];
  t.kind = d[1];
  t.itemsize = std::stoi(d.substr(2));
  const bool ok = (t.kind == 'f' && (t.itemsize == 4 || t.itemsize == 8)) ||
                  ((t.kind == 'i' || t.kind == 'u') &&
                   (t.itemsize == 1 || t.itemsize == 2 || t.itemsize == 4 || t.itemsize == 8)) ||
                  (t.kind == 'b' && t.itemsize == 1) || (t.kind == 'S' && t.itemsize >= 1) ||
                  (t.kind == 'U' && t.itemsize >= 1);
  if (t.kind == 'O') fail("holds Python objects (a pickle); convert it to numeric arrays");
  if (!ok) fail("has unsupported dtype '" + d + "'");
  if (t.kind == 'U') t.itemsize *= 4;  // UTF-32 code units
  return t;
}

void appendUtf8(std::string& s, uint32_t c) {
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else if (c < 0x800) {
    s += static_cast<char>(0xC0 | (c >> 6));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (c >> 18));
    s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
}

double decodeNumber(const unsigned char* p, const Dtype& t) {
  unsigned char buf[8];
  for (int i = 0; i < t.itemsize; ++i) buf[i] = t.order == '>' ? p[t.itemsize - 1 - i] : p[i];
  uint64_t u = 0;
  for (int i = t.itemsize - 1; i >= 0; --i) u = (u << 8) | buf[i];
  if (t.kind == 'f') {
    if (t.itemsize == 4) {
      float f;
      const uint32_t u32 = static_cast<uint32_t>(u);
      std::memcpy(&f, &u32, 4);
      return f;
    }
    double v;
    std::memcpy(&v, &u, 8);
    return v;
  }
  if (t.kind == 'u' || t.kind == 'b') return static_cast<double>(u);
  const int bits = 8 * t.itemsize;  // sign-extend
  if (bits < 64 && ((u >> (bits - 1)) & 1u) != 0) u |= ~((uint64_t{1} << bits) - 1);
  return static_cast<double>(static_cast<int64_t>(u));
}

NpyArray parseNpy(const Bytes& b, const std::string& file, const std::string& entry) {
  auto fail = [&](const std::string& what) -> void {
    throw InputError("cannot read NumPy archive '" + file + "': entry '" + entry + "' " + what);
  };
  if (b.size() < 10 || std::memcmp(b.data(), "\x93NUMPY", 6) != 0) fail("is not a .npy array (bad magic)");
  const int major = b[6];
  size_t header_len = 0, header_start = 0;
  if (major == 1) {
    header_len = b[8] | (static_cast<size_t>(b[9]) << 8);
    header_start = 10;
  } else if (major == 2 || major == 3) {
    if (b.size() < 12) fail("is truncated");
    header_len = b[8] | (static_cast<size_t>(b[9]) << 8) | (static_cast<size_t>(b[10]) << 16) |
                 (static_cast<size_t>(b[11]) << 24);
    header_start = 12;
  } else {
    fail("has unsupported .npy version " + std::to_string(major));
  }
  if (header_len > b.size() - header_start) fail("has a header longer than the entry");
  const std::string header(reinterpret_cast<const char*>(b.data() + header_start), header_len);
  const NpyHeader h = parseHeader(header, fail);
  const Dtype t = parseDtype(h.descr, fail);

  NpyArray a;
  a.shape = h.shape;
  a.dtype = h.descr;
  uint64_t count = 1;
  for (long d : h.shape) {
    if (d < 0) fail("has a negative dimension");
    if (d > 0 && count > static_cast<uint64_t>(kNpzMaxEntryBytes) / static_cast<uint64_t>(d))
      fail("has an absurd shape " + a.shapeString());
    count *= static_cast<uint64_t>(d);
  }
  const uint64_t data_start = header_start + header_len;
  if (count > static_cast<uint64_t>(kNpzMaxEntryBytes) / static_cast<uint64_t>(t.itemsize))
    fail("has an absurd shape " + a.shapeString());
  const uint64_t need = count * static_cast<uint64_t>(t.itemsize);
  if (b.size() - data_start < need)
    fail("is truncated: shape " + a.shapeString() + " of " + h.descr + " needs " + std::to_string(need) +
         " bytes, the entry has " + std::to_string(b.size() - data_start));

  if (count > static_cast<uint64_t>(kNpzMaxEntryBytes) / sizeof(double))
    fail("has too many elements (" + std::to_string(count) + ")");

  // Destination (C-order) index of the i-th stored element: itself, or for Fortran order the transposed
  // position, walked with a multi-index whose first dimension varies fastest.
  const size_t nd = h.shape.size();
  std::vector<uint64_t> cstride(nd, 1);
  for (size_t k = nd; k-- > 1;) cstride[k - 1] = cstride[k] * static_cast<uint64_t>(h.shape[k]);
  std::vector<long> idx(nd, 0);
  auto destination = [&](uint64_t i) -> uint64_t {
    if (!h.fortran || nd < 2) return i;
    uint64_t off = 0;
    for (size_t k = 0; k < nd; ++k) off += static_cast<uint64_t>(idx[k]) * cstride[k];
    for (size_t k = 0; k < nd; ++k) {
      if (++idx[k] < h.shape[k]) break;
      idx[k] = 0;
    }
    return off;
  };
  const unsigned char* base = b.data() + data_start;
  if (t.kind == 'U' || t.kind == 'S') {
    a.strings.resize(count);
    for (uint64_t i = 0; i < count; ++i) {
      const unsigned char* p = base + i * static_cast<uint64_t>(t.itemsize);
      std::string s;
      if (t.kind == 'S') {
        s.assign(reinterpret_cast<const char*>(p), static_cast<size_t>(t.itemsize));
        s.erase(std::find(s.begin(), s.end(), '\0'), s.end());
      } else {
        for (int c = 0; c < t.itemsize / 4; ++c) {
          const unsigned char* q = p + 4 * c;
          const uint32_t cp =
              t.order == '>' ? (uint32_t{q[0]} << 24 | uint32_t{q[1]} << 16 | uint32_t{q[2]} << 8 | q[3])
                             : (uint32_t{q[3]} << 24 | uint32_t{q[2]} << 16 | uint32_t{q[1]} << 8 | q[0]);
          if (cp == 0) break;
          if (cp > 0x10FFFF) fail("holds an invalid unicode character");
          appendUtf8(s, cp);
        }
      }
      a.strings[destination(i)] = s;
    }
  } else {
    a.data.resize(count);
    for (uint64_t i = 0; i < count; ++i) a.data[destination(i)] = decodeNumber(base + i * t.itemsize, t);
  }
  return a;
}

// ---- writing ----

void putLe(std::string& s, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF);
}

std::string encodeNpy(const std::string& name, const NpyArray& a) {
  auto fail = [&](const std::string& what) -> void { throw Error("writeNpz: array '" + name + "' " + what); };
  const Dtype t = parseDtype(a.dtype, fail);
  const long n = a.size();
  const bool str = t.kind == 'U' || t.kind == 'S';
  if (static_cast<long>(str ? a.strings.size() : a.data.size()) != n)
    fail("has " + std::to_string(str ? a.strings.size() : a.data.size()) + " values for shape " +
         a.shapeString());
  std::string shape = "(";
  for (size_t i = 0; i < a.shape.size(); ++i)
    shape += std::to_string(a.shape[i]) + (a.shape.size() == 1 ? "," : i + 1 < a.shape.size() ? ", " : "");
  shape += ")";
  std::string header = "{'descr': '" + a.dtype + "', 'fortran_order': False, 'shape': " + shape + ", }";
  while ((10 + header.size() + 1) % 64 != 0) header += ' ';
  header += '\n';
  std::string out = "\x93NUMPY";
  out += '\x01';
  out += '\x00';
  putLe(out, header.size(), 2);
  out += header;
  for (long i = 0; i < n; ++i) {
    if (t.kind == 'U') {
      // ASCII/Latin-1 only: enough for fixtures.
      const std::string& s = a.strings[i];
      if (static_cast<int>(s.size()) > t.itemsize / 4) fail("has a string longer than its dtype");
      for (int c = 0; c < t.itemsize / 4; ++c)
        putLe(out, c < static_cast<int>(s.size()) ? static_cast<unsigned char>(s[c]) : 0, 4);
    } else if (t.kind == 'S') {
      const std::string& s = a.strings[i];
      if (static_cast<int>(s.size()) > t.itemsize) fail("has a string longer than its dtype");
      out += s + std::string(t.itemsize - s.size(), '\0');
    } else if (t.kind == 'f') {
      uint64_t u = 0;
      if (t.itemsize == 4) {
        const float f = static_cast<float>(a.data[i]);
        uint32_t u32;
        std::memcpy(&u32, &f, 4);
        u = u32;
      } else {
        std::memcpy(&u, &a.data[i], 8);
      }
      putLe(out, u, t.itemsize);
    } else {
      putLe(out, static_cast<uint64_t>(static_cast<int64_t>(a.data[i])), t.itemsize);
    }
  }
  if (t.order == '>') fail("big-endian output is not supported");
  return out;
}

}  // namespace

std::map<std::string, NpyArray> readNpz(const std::string& path) {
  const Bytes bytes = readWholeFile(path);
  const Reader r(bytes, path);
  std::map<std::string, NpyArray> arrays;
  for (const ZipEntry& z : readCentralDirectory(r)) {
    if (z.name.empty() || z.name.back() == '/') continue;  // directories
    std::string key = z.name;
    if (key.size() > 4 && key.compare(key.size() - 4, 4, ".npy") == 0) key.resize(key.size() - 4);
    arrays[key] = parseNpy(extractEntry(r, z), path, z.name);
  }
  if (arrays.empty()) r.fail("the archive holds no arrays");
  return arrays;
}

void writeNpz(const std::string& path, const std::map<std::string, NpyArray>& arrays) {
  std::string body, directory;
  uint64_t count = 0;
  for (const auto& [name, array] : arrays) {
    const std::string file = name + ".npy";
    const std::string npy = encodeNpy(name, array);
    const uint32_t crc = static_cast<uint32_t>(crc32(
        crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(npy.data()), static_cast<uInt>(npy.size())));
    const uint64_t offset = body.size();
    if (offset + npy.size() > 0xFFFFFFF0ull) throw Error("writeNpz: '" + path + "' would exceed 4 GiB");
    std::string common;
    putLe(common, 20, 2);    // version needed
    putLe(common, 0, 2);     // flags
    putLe(common, 0, 2);     // method: stored
    putLe(common, 0, 2);     // time
    putLe(common, 0x21, 2);  // date: 1980-01-01
    putLe(common, crc, 4);
    putLe(common, npy.size(), 4);
    putLe(common, npy.size(), 4);
    putLe(common, file.size(), 2);
    putLe(common, 0, 2);  // extra length
    putLe(body, 0x04034b50, 4);
    body += common + file + npy;
    putLe(directory, 0x02014b50, 4);
    putLe(directory, 20, 2);  // version made by
    directory += common;
    putLe(directory, 0, 2);  // comment length
    putLe(directory, 0, 2);  // disk
    putLe(directory, 0, 2);  // internal attributes
    putLe(directory, 0, 4);  // external attributes
    putLe(directory, offset, 4);
    directory += file;
    ++count;
  }
  std::string end;
  putLe(end, 0x06054b50, 4);
  putLe(end, 0, 4);
  putLe(end, count, 2);
  putLe(end, count, 2);
  putLe(end, directory.size(), 4);
  putLe(end, body.size(), 4);
  putLe(end, 0, 2);
  writeFileAtomically(path, [&](std::ostream& out) { out << body << directory << end; });
}

}  // namespace palma
