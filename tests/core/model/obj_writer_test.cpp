// OBJ output: what is written reads back the same, and failures leave nothing behind.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/model/obj_writer.h"
#include "tests/support/palma_test.h"

using namespace palma;
namespace fs = std::filesystem;

namespace {

struct ParsedObj {
  std::vector<Eigen::Vector3f> v, vn;
  std::vector<Eigen::Vector2f> vt;
  std::vector<std::array<std::array<int, 3>, 3>> f;  // per corner: v, vt, vn (1-based, 0 = absent)
};

ParsedObj parseObj(const std::string& path) {
  ParsedObj obj;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    std::string tag;
    ls >> tag;
    if (tag == "v" || tag == "vn") {
      Eigen::Vector3f p;
      ls >> p.x() >> p.y() >> p.z();
      (tag == "v" ? obj.v : obj.vn).push_back(p);
    } else if (tag == "vt") {
      Eigen::Vector2f t;
      ls >> t.x() >> t.y();
      obj.vt.push_back(t);
    } else if (tag == "f") {
      std::array<std::array<int, 3>, 3> face{};
      for (auto& corner : face) {
        std::string token;
        ls >> token;
        std::istringstream ts(token);
        std::string part;
        for (int k = 0; k < 3 && std::getline(ts, part, '/'); ++k)
          corner[k] = part.empty() ? 0 : std::stoi(part);
      }
      obj.f.push_back(face);
    }
  }
  return obj;
}

// A unit tetrahedron with a separate UV index buffer (a seam: 5 UVs for 4 vertices).
struct Tetra {
  MatrixX3f v{4, 3};
  MatrixX3i f{4, 3};
  MatrixX2f uv{5, 2};
  MatrixX3i uvf{4, 3};
  MatrixX3f n{4, 3};
  Tetra() {
    v << 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1.25f;
    f << 0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3;
    uv << 0, 0, 1, 0, 0, 1, 0.5f, 0.5f, 0.25f, 0.75f;
    uvf << 0, 2, 1, 0, 1, 3, 0, 4, 2, 1, 2, 3;
    n = v.rowwise() - v.colwise().mean();
    n.rowwise().normalize();
  }
};

std::vector<std::string> filesIn(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  return names;
}

}  // namespace

PALMA_TEST(writeObjRoundTripsPositionsUvsNormalsAndIndices) {
  const Tetra t;
  const std::string path = test::tempDir() + "/tetra.obj";
  writeObj(path, t.v, t.f, t.uv, t.uvf, t.n);
  const ParsedObj obj = parseObj(path);
  PALMA_CHECK(obj.v.size() == 4 && obj.vt.size() == 5 && obj.vn.size() == 4 && obj.f.size() == 4);
  for (int i = 0; i < 4; ++i) {
    PALMA_CHECK((obj.v[i] - t.v.row(i).transpose()).norm() == 0.0f);
    PALMA_CHECK((obj.vn[i] - t.n.row(i).transpose()).norm() < 1e-6f);
  }
  for (int i = 0; i < 5; ++i) PALMA_CHECK((obj.vt[i] - t.uv.row(i).transpose()).norm() == 0.0f);
  for (int fi = 0; fi < 4; ++fi)
    for (int k = 0; k < 3; ++k) {
      PALMA_CHECK(obj.f[fi][k][0] == t.f(fi, k) + 1);
      PALMA_CHECK(obj.f[fi][k][1] == t.uvf(fi, k) + 1);
      PALMA_CHECK(obj.f[fi][k][2] == t.f(fi, k) + 1);
    }
}

PALMA_TEST(writeObjWithoutUvsUsesDoubleSlashNormals) {
  const Tetra t;
  const std::string path = test::tempDir() + "/plain.obj";
  writeObj(path, t.v, t.f, {}, {}, t.n);
  std::ifstream in(path);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  PALMA_CHECK(text.find("f 1//1 3//3 2//2\n") != std::string::npos);
  PALMA_CHECK(text.find("vt ") == std::string::npos);
}

PALMA_TEST(writeObjRejectsMissingDirectoryWithoutLeavingFiles) {
  const Tetra t;
  const std::string dir = test::tempDir();
  PALMA_CHECK_THROWS(writeObj(dir + "/no-such-dir/x.obj", t.v, t.f), Error, "does not exist");
  PALMA_CHECK(filesIn(dir).empty());
}

PALMA_TEST(writeObjRejectsAFileUsedAsDirectory) {
  const Tetra t;
  const std::string dir = test::tempDir();
  writeTextFileAtomically(dir + "/plain-file", "x");
  PALMA_CHECK_THROWS(writeObj(dir + "/plain-file/x.obj", t.v, t.f), Error, "is not a directory");
  PALMA_CHECK(filesIn(dir).size() == 1);
}

PALMA_TEST(writeObjRejectsUnwritableDirectoryWithoutLeavingFiles) {
  if (::geteuid() == 0) PALMA_SKIP("running as root: directory permissions are not enforced");
  const Tetra t;
  const std::string dir = test::tempDir() + "/read-only";
  fs::create_directory(dir);
  fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
  PALMA_CHECK_THROWS(writeObj(dir + "/x.obj", t.v, t.f), Error, "permission denied");
  fs::permissions(dir, fs::perms::owner_all);
  PALMA_CHECK(filesIn(dir).empty());
}

PALMA_TEST(writeObjRejectsOutOfRangeFaceIndices) {
  Tetra t;
  t.f(2, 1) = 4;
  const std::string dir = test::tempDir();
  PALMA_CHECK_THROWS(writeObj(dir + "/bad.obj", t.v, t.f), Error, "out of range");
  PALMA_CHECK(filesIn(dir).empty());
}

PALMA_TEST(failedWriteKeepsTheOldFileAndRemovesTheTemporary) {
  const std::string dir = test::tempDir();
  const std::string path = dir + "/keep.txt";
  writeTextFileAtomically(path, "old contents");
  PALMA_CHECK_THROWS(writeFileAtomically(path,
                                         [](std::ostream& out) {
                                           out << "half of the new";
                                           throw Error("writer gave up");
                                         }),
                     Error, "writer gave up");
  std::ifstream in(path);
  std::string text;
  std::getline(in, text);
  PALMA_CHECK(text == "old contents");
  PALMA_CHECK(filesIn(dir).size() == 1);
}

PALMA_TEST(fullDiskIsReportedAsSuch) {
  // A real full disk cannot be arranged in a test; this is the state a stream is left in when write(2)
  // fails with ENOSPC.
  const std::string dir = test::tempDir();
  const std::string path = dir + "/full.txt";
  PALMA_CHECK_THROWS(writeFileAtomically(path,
                                         [](std::ostream& out) {
                                           errno = ENOSPC;
                                           out.setstate(std::ios::badbit);
                                         }),
                     Error, "disk is full");
  PALMA_CHECK(filesIn(dir).empty());
}

PALMA_TEST(writeObjReportsADirectoryThatRefusesNewFiles) {
  // /proc accepts no new files, even for root (who passes every permission check).
  if (!fs::is_directory("/proc/self")) PALMA_SKIP("no /proc on this system");
  const Tetra t;
  PALMA_CHECK_THROWS(writeObj("/proc/palma-test.obj", t.v, t.f), Error, "cannot create a file in '/proc'");
  PALMA_CHECK(!fs::exists("/proc/palma-test.obj"));
}

// palma::removeAll stands in for std::filesystem::remove_all, whose copy in the pip wheels' LibTorch
// crashes the programs linked against it.
PALMA_TEST(removeAllRemovesFoldersFilesAndLinksButNotWhatLinksPointTo) {
  const std::string dir = test::tempDir();
  const fs::path tree = fs::path(dir) / "tree";
  fs::create_directories(tree / "a" / "b");
  fs::create_directories(fs::path(dir) / "kept");
  std::ofstream(tree / "one.txt") << "1";
  std::ofstream(tree / "a" / "b" / "two.txt") << "2";
  std::ofstream(fs::path(dir) / "kept" / "three.txt") << "3";
  fs::create_directory_symlink(fs::path(dir) / "kept", tree / "a" / "link");
  std::error_code ec;
  // tree, one.txt, a, b, two.txt, link
  PALMA_CHECK(removeAll(tree, ec) == static_cast<std::uintmax_t>(6));
  PALMA_CHECK(!ec);
  PALMA_CHECK(!fs::exists(tree));
  PALMA_CHECK(fs::exists(fs::path(dir) / "kept" / "three.txt"));
  // A missing path is no error; a single file is one entry.
  PALMA_CHECK(removeAll(tree, ec) == static_cast<std::uintmax_t>(0));
  PALMA_CHECK(!ec);
  PALMA_CHECK(removeAll(fs::path(dir) / "kept" / "three.txt") == static_cast<std::uintmax_t>(1));
  PALMA_CHECK(fs::is_directory(fs::path(dir) / "kept"));
  PALMA_CHECK(removeAll(fs::path(dir) / "missing" / "deeper") == static_cast<std::uintmax_t>(0));
}

PALMA_TEST(removeAllReportsWhatItCannotRemove) {
  // /proc refuses to remove its entries, even for root.
  if (!fs::exists("/proc/self/status")) PALMA_SKIP("no /proc on this system");
  std::error_code ec;
  PALMA_CHECK(removeAll("/proc/self/status", ec) == static_cast<std::uintmax_t>(-1));
  PALMA_CHECK(ec);
  PALMA_CHECK_THROWS(removeAll("/proc/self/status"), Error, "cannot remove '/proc/self/status'");
  PALMA_CHECK(fs::exists("/proc/self/status"));
}
