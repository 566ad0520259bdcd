// MANO loading from an npz the test writes itself with MANO's field layout (778 vertices, 16 joints in
// MANO's order), plus the npz reader on hostile input. No MANO data is needed (it cannot ship).
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/common/error.h"
#include "core/model/mano_loader.h"
#include "core/model/npz_reader.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

constexpr int kNv = 778, kNf = 1538;

// Canonical rest joints and tips of a right hand: palm facing +z, fingers along +y, thumb at +x.
const float kJoints[kNumJoints][3] = {{0, 0, 0},  // wrist
                                      {0.030f, 0.090f, 0},
                                      {0.033f, 0.130f, 0.004f},
                                      {0.035f, 0.155f, 0.008f},  // index
                                      {0.008f, 0.095f, 0},
                                      {0.009f, 0.140f, 0.004f},
                                      {0.010f, 0.168f, 0.008f},  // middle
                                      {-0.012f, 0.090f, 0},
                                      {-0.014f, 0.130f, 0.004f},
                                      {-0.015f, 0.155f, 0.008f},  // ring
                                      {-0.030f, 0.080f, 0},
                                      {-0.034f, 0.110f, 0.004f},
                                      {-0.036f, 0.130f, 0.008f},  // pinky
                                      {0.025f, 0.025f, 0.012f},
                                      {0.045f, 0.050f, 0.022f},
                                      {0.058f, 0.072f, 0.030f}};  // thumb
const float kTips[kNumFingers][3] = {{0.036f, 0.175f, 0.012f},
                                     {0.010f, 0.190f, 0.012f},
                                     {-0.016f, 0.175f, 0.012f},
                                     {-0.037f, 0.147f, 0.012f},
                                     {0.068f, 0.090f, 0.035f}};

NpyArray array(const std::string& dtype, std::vector<long> shape, std::vector<double> data = {}) {
  NpyArray a;
  a.dtype = dtype;
  a.shape = std::move(shape);
  a.data = data.empty() ? std::vector<double>(static_cast<size_t>(a.size()), 0.0) : std::move(data);
  return a;
}

double pseudoRandom(uint32_t& state) {  // deterministic, in [-1, 1]
  state = state * 1664525u + 1013904223u;
  return static_cast<double>(state >> 8) / static_cast<double>(1u << 23) - 1.0;
}

// MANO's fields for a synthetic hand. Vertex i belongs to MANO joint i % 16; vertex 100 is skinned only
// to MANO's pinky1 (7) and vertex 101 only to MANO's ring1 (10); the others have 5 influences.
std::map<std::string, NpyArray> syntheticMano(bool csc = false, bool handedness = true, bool mirror = false) {
  const auto& perm = manoToCanonicalJoints();
  uint32_t rng = 12345;
  NpyArray v = array("<f8", {kNv, 3});
  std::vector<bool> is_tip(kNv, false);
  for (int f = 0; f < kNumFingers; ++f) is_tip[manoTipVertices()[f]] = true;
  for (int i = 0; i < kNv; ++i) {
    const int canonical = perm[i % 16];
    for (int c = 0; c < 3; ++c) v.data[3 * i + c] = kJoints[canonical][c] + 0.004 * pseudoRandom(rng);
  }
  for (int f = 0; f < kNumFingers; ++f)
    for (int c = 0; c < 3; ++c) v.data[3 * manoTipVertices()[f] + c] = kTips[f][c];
  if (mirror)
    for (int i = 0; i < kNv; ++i) v.data[3 * i] *= -1;

  NpyArray reg = array("<f8", {16, kNv});
  std::vector<int> count(16, 0);
  for (int i = 0; i < kNv; ++i)
    if (!is_tip[i]) ++count[i % 16];
  for (int i = 0; i < kNv; ++i)
    if (!is_tip[i]) reg.data[(i % 16) * kNv + i] = 1.0 / count[i % 16];

  NpyArray w = array("<f8", {kNv, 16});
  for (int i = 0; i < kNv; ++i) {
    const int g = i % 16;
    w.data[i * 16 + g] = 0.6;
    for (int k = 1; k <= 4; ++k) w.data[i * 16 + (g + k) % 16] = 0.1;
  }
  for (int special : {100, 101}) {
    for (int j = 0; j < 16; ++j) w.data[special * 16 + j] = 0;
    w.data[special * 16 + (special == 100 ? 7 : 10)] = 1.0;
  }

  std::map<std::string, NpyArray> m;
  m["v_template"] = v;
  m["weights"] = w;
  m["shapedirs"] = array("<f8", {kNv, 3, 10});
  for (double& x : m["shapedirs"].data) x = 0.001 * pseudoRandom(rng);
  m["posedirs"] = array("<f4", {kNv, 3, 135});
  m["posedirs"].data[(5 * 3 + 1) * 135 + 9 * (7 - 1) + 4] = 0.5;  // MANO pinky1's block, entry 4
  m["f"] = array("<u4", {kNf, 3});
  for (int k = 0; k < kNf; ++k)
    for (int c = 0; c < 3; ++c) m["f"].data[3 * k + c] = (k % (kNv - 2)) + c;
  m["kintree_table"] = array("<i8", {2, 16}, {4294967295.0, 0,  1,  2, 0, 4, 5, 0, 7, 8, 0, 10, 11, 0,
                                              13,           14, 0,  1, 2, 3, 4, 5, 6, 7, 8, 9,  10, 11,
                                              12,           13, 14, 15});
  m["hands_components"] = array("<f8", {45, 45});
  for (double& x : m["hands_components"].data) x = pseudoRandom(rng);
  m["hands_mean"] = array("<f8", {45});
  for (int k = 0; k < 45; ++k) m["hands_mean"].data[k] = k;
  if (handedness) {
    m["handedness"] = array("<U5", {}, {0});
    m["handedness"].data.clear();
    m["handedness"].strings = {mirror ? "left" : "right"};
  }
  if (csc) {
    NpyArray data = array("<f8", {0}), indices = array("<i4", {0}), indptr = array("<i4", {kNv + 1});
    data.data.clear();
    indices.data.clear();
    for (int col = 0; col < kNv; ++col) {
      for (int row = 0; row < 16; ++row)
        if (reg.data[row * kNv + col] != 0) {
          data.data.push_back(reg.data[row * kNv + col]);
          indices.data.push_back(row);
        }
      indptr.data[col + 1] = static_cast<double>(data.data.size());
    }
    data.shape = {static_cast<long>(data.data.size())};
    indices.shape = data.shape;
    m["J_regressor_data"] = data;
    m["J_regressor_indices"] = indices;
    m["J_regressor_indptr"] = indptr;
    m["J_regressor_shape"] = array("<i8", {2}, {16, kNv});
  } else {
    m["J_regressor"] = reg;
  }
  return m;
}

std::string writeMano(const std::map<std::string, NpyArray>& m, const std::string& name = "mano.npz") {
  const std::string path = test::tempDir() + "/" + name;
  writeNpz(path, m);
  return path;
}

// A zip with one deflated or stored entry of raw bytes, with the sizes it claims (to build hostile files).
std::string writeZip(const std::string& entry, const std::string& payload, bool compress, long claimed = -1) {
  std::string body = payload;
  if (compress) {
    std::vector<unsigned char> out(compressBound(static_cast<uLong>(payload.size())) + 64);
    z_stream s{};
    deflateInit2(&s, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(payload.data()));
    s.avail_in = static_cast<uInt>(payload.size());
    s.next_out = out.data();
    s.avail_out = static_cast<uInt>(out.size());
    ::deflate(&s, Z_FINISH);
    body.assign(reinterpret_cast<char*>(out.data()), s.total_out);
    deflateEnd(&s);
  }
  auto le = [](std::string& s, uint64_t v, int n) {
    for (int i = 0; i < n; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF);
  };
  const uint32_t crc = static_cast<uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(payload.data()), static_cast<uInt>(payload.size())));
  const uint64_t usize = claimed >= 0 ? static_cast<uint64_t>(claimed) : payload.size();
  std::string common;
  le(common, 20, 2), le(common, 0, 2), le(common, compress ? 8 : 0, 2), le(common, 0, 4), le(common, crc, 4);
  le(common, body.size(), 4), le(common, usize, 4), le(common, entry.size(), 2), le(common, 0, 2);
  std::string zip, cd;
  le(zip, 0x04034b50, 4);
  zip += common + entry + body;
  le(cd, 0x02014b50, 4), le(cd, 20, 2);
  cd += common;
  le(cd, 0, 2), le(cd, 0, 2), le(cd, 0, 2), le(cd, 0, 4), le(cd, 0, 4);
  cd += entry;
  std::string end;
  le(end, 0x06054b50, 4), le(end, 0, 4), le(end, 1, 2), le(end, 1, 2), le(end, cd.size(), 4);
  le(end, zip.size(), 4), le(end, 0, 2);
  const std::string path = test::tempDir() + "/hostile.npz";
  std::ofstream(path, std::ios::binary) << zip << cd << end;
  return path;
}

std::string npyBytes(const std::string& header_dict, const std::string& data) {
  std::string h = header_dict;
  while ((10 + h.size() + 1) % 64) h += ' ';
  h += '\n';
  std::string out = "\x93NUMPY\x01";
  out += '\0';
  out += static_cast<char>(h.size() & 0xFF);
  out += static_cast<char>(h.size() >> 8);
  return out + h + data;
}

}  // namespace

PALMA_TEST(npzRoundTripsEveryDtype) {
  std::map<std::string, NpyArray> in;
  in["f4"] = array("<f4", {2, 2}, {1.5, -2, 3, 4});
  in["f8"] = array("<f8", {3}, {0.1, 1e300, -7});
  in["i4"] = array("<i4", {2}, {-5, 2147483647});
  in["i8"] = array("<i8", {1}, {-4294967296.0});
  in["u4"] = array("<u4", {1}, {4294967295.0});
  in["u1"] = array("|u1", {2}, {0, 255});
  in["b1"] = array("|b1", {2}, {1, 0});
  in["s"] = array("<U5", {2}, {0, 0});
  in["s"].data.clear();
  in["s"].strings = {"right", "left"};
  const std::string path = test::tempDir() + "/all.npz";
  writeNpz(path, in);
  const auto out = readNpz(path);
  PALMA_CHECK(out.size() == in.size());
  for (const auto& [name, a] : in) {
    PALMA_CHECK_MSG(out.at(name).shape == a.shape, name);
    PALMA_CHECK_MSG(out.at(name).data == a.data, name);
    PALMA_CHECK_MSG(out.at(name).strings == a.strings, name);
  }
}

PALMA_TEST(npzReadsDeflatedAndFortranOrderEntries) {
  // A 2x3 float64 array stored in Fortran order: memory holds columns.
  std::string data;
  for (double v : {1.0, 4.0, 2.0, 5.0, 3.0, 6.0}) data.append(reinterpret_cast<const char*>(&v), 8);
  const std::string npy = npyBytes("{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }", data);
  const auto out = readNpz(writeZip("a.npy", npy, true));
  PALMA_CHECK(out.at("a").shape == std::vector<long>({2, 3}));
  PALMA_CHECK(out.at("a").data == std::vector<double>({1, 2, 3, 4, 5, 6}));
}

PALMA_TEST(npzRejectsHostileInput) {
  const std::string dir = test::tempDir();
  PALMA_CHECK_THROWS(readNpz(dir + "/absent.npz"), InputError, "does not exist");
  std::ofstream(dir + "/empty.npz").close();
  PALMA_CHECK_THROWS(readNpz(dir + "/empty.npz"), InputError, "is empty");
  std::ofstream(dir + "/text.npz") << "this is not a zip archive at all, just some text";
  PALMA_CHECK_THROWS(readNpz(dir + "/text.npz"), InputError, "not a zip");
  const std::string good =
      npyBytes("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", std::string(8, '\0'));
  PALMA_CHECK_THROWS(readNpz(writeZip("a.npy", good, false, 0xFFFFFFF0L)), InputError, "more than the limit");
  PALMA_CHECK_THROWS(readNpz(writeZip("a.npy", good, true, 20)), InputError, "'a.npy'");
  const std::string huge =
      npyBytes("{'descr': '<f8', 'fortran_order': False, 'shape': (100000000000,), }", "");
  PALMA_CHECK_THROWS(readNpz(writeZip("a.npy", huge, false)), InputError, "absurd shape");
  const std::string obj =
      npyBytes("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", std::string(8, 0));
  PALMA_CHECK_THROWS(readNpz(writeZip("a.npy", obj, false)), InputError, "dtype");
  PALMA_CHECK_THROWS(readNpz(writeZip("a.npy", "\x93NUMPX garbage", false)), InputError, "bad magic");
  const std::string short_data =
      npyBytes("{'descr': '<f8', 'fortran_order': False, 'shape': (4,), }", std::string(8, 0));
  PALMA_CHECK_THROWS(readNpz(writeZip("a.npy", short_data, false)), InputError, "truncated");
}

PALMA_TEST(manoLoadsAndPermutesToCanonicalOrder) {
  ManoLoadReport report;
  const HandModel m = loadMano(writeMano(syntheticMano()), &report);
  PALMA_CHECK(m.numVertices() == kNv && m.numFaces() == kNf && m.numShapes() == 10);
  PALMA_CHECK(m.uvs.rows() == 0 && m.handedness == Handedness::Right && report.handedness_from_file);
  // A vertex skinned to MANO's pinky1 (MANO joint 7) is skinned to canonical pinky1 (10), not ring1 (7).
  PALMA_CHECK(m.skin_weights(100, jointIndex(kPinky, 0)) == 1.0f);
  PALMA_CHECK(m.skin_weights(101, jointIndex(kRing, 0)) == 1.0f);
  PALMA_CHECK(m.skin_weights(100, jointIndex(kRing, 0)) == 0.0f);
  // posedirs 9-blocks and hands_mean 3-blocks move the same way.
  PALMA_CHECK(m.pose_dirs(3 * 5 + 1, 9 * (jointIndex(kPinky, 0) - 1) + 4) == 0.5f);
  PALMA_CHECK(m.pose_dirs.cwiseAbs().sum() == 0.5f);
  PALMA_CHECK(m.pose_mean(3 * (jointIndex(kPinky, 0) - 1)) == 3 * (7 - 1));
  PALMA_CHECK(m.pose_mean(3 * (jointIndex(kRing, 1) - 1) + 2) == 3 * (11 - 1) + 2);
  PALMA_CHECK(m.pose_components.rows() == 45 && m.pose_components.cols() == 45);
  // Tips: index, middle, ring, pinky, thumb at MANO's vertices 320, 443, 554, 671, 744.
  const int tips[kNumFingers] = {320, 443, 554, 671, 744};
  for (int f = 0; f < kNumFingers; ++f) PALMA_CHECK(m.tip_regressor(f, tips[f]) == 1.0f);
  PALMA_CHECK(m.parents == canonicalJointParents());
  PALMA_CHECK(m.shape_names.front() == "mano_beta_0" && m.shape_names.back() == "mano_beta_9");
  // Joints land where the canonical layout puts them (within the vertex jitter).
  for (int j = 0; j < kNumJoints; ++j)
    for (int c = 0; c < 3; ++c) PALMA_CHECK_NEAR(m.joints(j, c), kJoints[j][c], 0.002);
  m.validate();
}

PALMA_TEST(manoJointsAreRegressorTimesTemplate) {
  const auto fields = syntheticMano();
  const HandModel m = loadMano(writeMano(fields));
  const auto& perm = manoToCanonicalJoints();
  const auto& reg = fields.at("J_regressor").data;
  const auto& v = fields.at("v_template").data;
  const auto& sd = fields.at("shapedirs").data;
  for (int c = 0; c < kNumJoints; ++c)
    for (int k = 0; k < 3; ++k) {
      double joint = 0, dir3 = 0;
      for (int i = 0; i < kNv; ++i) {
        joint += reg[perm[c] * kNv + i] * v[3 * i + k];
        dir3 += reg[perm[c] * kNv + i] * sd[(3 * i + k) * 10 + 3];
      }
      PALMA_CHECK_NEAR(m.joints(c, k), joint, 1e-6);
      PALMA_CHECK_NEAR(m.joint_shape_dirs(3 * c + k, 3), dir3, 1e-7);
    }
}

PALMA_TEST(manoCscAndDenseRegressorGiveTheSameModel) {
  ManoLoadReport dense_report, csc_report;
  const HandModel dense = loadMano(writeMano(syntheticMano(false), "dense.npz"), &dense_report);
  const HandModel csc = loadMano(writeMano(syntheticMano(true), "csc.npz"), &csc_report);
  PALMA_CHECK(dense_report.dense_regressor && !csc_report.dense_regressor);
  PALMA_CHECK((dense.joints - csc.joints).cwiseAbs().maxCoeff() < 1e-7f);
  PALMA_CHECK((dense.joint_shape_dirs - csc.joint_shape_dirs).cwiseAbs().maxCoeff() < 1e-7f);
}

PALMA_TEST(manoWeightsArePrunedToFourAndTheErrorIsMeasured) {
  ManoLoadReport report;
  const HandModel m = loadMano(writeMano(syntheticMano()), &report);
  PALMA_CHECK(report.pruned_vertices == kNv - 2);  // all but the two single-influence vertices
  for (int i = 0; i < kNv; ++i) PALMA_CHECK(m.skin_weights(i, 0) >= 0.0f);
  // 0.6/0.1/0.1/0.1/0.1 loses one 0.1 influence: the error is real but bounded by a tenth of the
  // spread of the posed joints.
  std::printf("       synthetic MANO pruning error in the test pose: %.2f mm over %d vertices\n",
              1000 * report.pruning_max_displacement, report.pruned_vertices);
  PALMA_CHECK(report.pruning_max_displacement > 0.0f && report.pruning_max_displacement < 0.03f);
  const MatrixX3f rest = skinVerticesCpu(m, m.skin_weights, MatrixX3f::Zero(kNumJoints, 3));
  PALMA_CHECK((rest - m.vertices).cwiseAbs().maxCoeff() < 1e-6f);
}

PALMA_TEST(manoHandednessIsInferredFromGeometryWithoutTheField) {
  ManoLoadReport report;
  const HandModel right = loadMano(writeMano(syntheticMano(false, false, false), "r.npz"), &report);
  PALMA_CHECK(right.handedness == Handedness::Right && !report.handedness_from_file);
  const HandModel left = loadMano(writeMano(syntheticMano(false, false, true), "l.npz"), &report);
  PALMA_CHECK(left.handedness == Handedness::Left && !report.handedness_from_file);
  const HandModel left_field = loadMano(writeMano(syntheticMano(false, true, true), "lf.npz"));
  PALMA_CHECK(left_field.handedness == Handedness::Left);
}

PALMA_TEST(manoMissingOrMalformedFieldsAreNamed) {
  auto fields = syntheticMano();
  fields.erase("shapedirs");
  PALMA_CHECK_THROWS(loadMano(writeMano(fields, "a.npz")), InputError, "field 'shapedirs' is missing");
  fields = syntheticMano();
  fields["shapedirs"].shape = {kNv, 2, 15};
  PALMA_CHECK_THROWS(loadMano(writeMano(fields, "b.npz")), InputError,
                     "field 'shapedirs' has shape 778x2x15, expected 778x3xK with K>=1");
  fields = syntheticMano();
  fields["weights"].data[16 * 3] = std::nan("");
  PALMA_CHECK_THROWS(loadMano(writeMano(fields, "c.npz")), InputError, "field 'weights' contains NaN");
  fields = syntheticMano();
  fields["f"].data[7] = kNv;
  PALMA_CHECK_THROWS(loadMano(writeMano(fields, "d.npz")), InputError, "field 'f' has vertex index 778");
  fields = syntheticMano();
  fields["kintree_table"].data[7] = 6;  // MANO's pinky1 hung under middle3
  PALMA_CHECK_THROWS(loadMano(writeMano(fields, "e.npz")), InputError, "field 'kintree_table'");
  fields = syntheticMano(true);
  fields["J_regressor_indices"].data[3] = 16;
  PALMA_CHECK_THROWS(loadMano(writeMano(fields, "f.npz")), InputError, "field 'J_regressor_indices'");
  fields = syntheticMano();
  fields.erase("J_regressor");
  PALMA_CHECK_THROWS(loadMano(writeMano(fields, "g.npz")), InputError, "field 'J_regressor' is missing");
  fields = syntheticMano();
  fields["v_template"].shape = {700, 3};
  fields["v_template"].data.resize(2100);
  PALMA_CHECK_THROWS(loadMano(writeMano(fields, "h.npz")), InputError, "field 'v_template' has shape 700x3");
}

PALMA_TEST(manoTruncatedOrForeignFilesNameTheFile) {
  const std::string path = writeMano(syntheticMano(), "cut.npz");
  const auto size = std::filesystem::file_size(path);
  std::filesystem::resize_file(path, size / 2);
  PALMA_CHECK_THROWS(loadMano(path), InputError, path);
  const std::string text = test::tempDir() + "/notes.npz";
  std::ofstream(text) << "MANO_RIGHT.pkl is a pickle, not an npz";
  PALMA_CHECK_THROWS(loadMano(text), InputError, "not a zip");
  PALMA_CHECK_THROWS(loadMano(text), InputError, text);
  PALMA_CHECK_THROWS(loadMano(test::tempDir() + "/nothing.npz"), InputError, "does not exist");
}
