#include "tests/core/export/export_fixtures.h"

#include <torch/torch.h>

#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/model/builtin_hand.h"
#include "core/model/mano_loader.h"
#include "core/model/npz_reader.h"
#include "tests/support/palma_test.h"

namespace palma::test {

Avatar makeExportAvatar(const HandModel& tmpl, const std::string& spec, int texture_size) {
  Avatar a = makeDefaultAvatar(tmpl, spec, 0, SubdivisionScheme::Midpoint, texture_size);
  const int k = std::min(3, tmpl.numShapes());
  if (k > 0) a.shape.slice(0, 0, k) = torch::tensor({0.8f, -0.5f, 0.3f}).slice(0, 0, k);
  a.displacement = 0.0005f * torch::sin(torch::arange(tmpl.numVertices(), torch::kFloat32) * 0.37f);
  // A texture with structure in both directions, so a flipped or resampled map is noticed.
  const auto y = torch::linspace(0, 1, texture_size).view({-1, 1, 1});
  const auto x = torch::linspace(0, 1, texture_size).view({1, -1, 1});
  const auto c = torch::tensor({1.0f, 2.0f, 3.0f}).view({1, 1, 3});
  a.albedo = (0.5f + 0.4f * torch::sin(6.0f * x * c + 3.0f * y)).clamp(0, 1).contiguous();
  a.normal_map = torch::stack({0.5f + 0.2f * torch::sin(9.0f * x + 0 * y).squeeze(-1),
                               0.5f + 0.2f * torch::cos(7.0f * y + 0 * x).squeeze(-1),
                               torch::ones({texture_size, texture_size})},
                              -1)
                     .contiguous();
  // Three captured frames: a growing curl and a global turn and shift.
  CapturedMotion& m = a.motion;
  m.frame_indices = {0, 2, 5};
  m.pose = torch::zeros({3, kNumJoints, 3});
  for (int f = 0; f < 3; ++f) {
    m.pose[f][0] = torch::tensor({0.1f * f, -0.2f * f, 0.05f * f});
    for (int j = 1; j < kNumJoints; ++j) m.pose[f][j] = torch::tensor({0.15f * f, 0.02f * j * f, -0.03f * f});
  }
  m.translation = torch::tensor({{0.0f, 0.0f, 0.5f}, {0.01f, -0.02f, 0.52f}, {0.03f, 0.01f, 0.55f}});
  m.intrinsics = torch::tensor({500.0f, 500.0f, 64.0f, 64.0f}).repeat({3, 1});
  m.width = m.height = 128;
  return a;
}

std::string writeManoLayoutNpz() {
  // MANO's fields around the built-in hand's geometry: its mesh and weights permuted to MANO's joint
  // order, a regressor averaging each joint's dominant vertices, small random shape directions.
  const HandModel h = makeBuiltinHand(Handedness::Right);
  const auto& perm = manoToCanonicalJoints();  // MANO joint m is canonical joint perm[m]
  const long n = h.numVertices();
  auto array = [](const std::string& dtype, std::vector<long> shape) {
    NpyArray a;
    a.dtype = dtype;
    a.shape = std::move(shape);
    a.data.assign(static_cast<size_t>(a.size()), 0.0);
    return a;
  };
  std::map<std::string, NpyArray> m;
  m["v_template"] = array("<f8", {n, 3});
  for (long i = 0; i < n; ++i)
    for (int c = 0; c < 3; ++c) m["v_template"].data[3 * i + c] = h.vertices(i, c);
  m["f"] = array("<u4", {h.numFaces(), 3});
  for (long f = 0; f < h.numFaces(); ++f)
    for (int c = 0; c < 3; ++c) m["f"].data[3 * f + c] = h.faces(f, c);
  m["weights"] = array("<f8", {n, 16});
  m["J_regressor"] = array("<f8", {16, n});
  std::vector<int> count(16, 0);
  std::vector<int> dominant(n);
  for (long i = 0; i < n; ++i) {
    Eigen::Index best;
    h.skin_weights.row(i).maxCoeff(&best);
    dominant[i] = static_cast<int>(best);
    ++count[best];
    for (int mj = 0; mj < 16; ++mj) m["weights"].data[i * 16 + mj] = h.skin_weights(i, perm[mj]);
  }
  for (long i = 0; i < n; ++i) {
    const int mj = perm[dominant[i]];
    m["J_regressor"].data[mj * n + i] = 1.0 / count[dominant[i]];
  }
  m["shapedirs"] = array("<f8", {n, 3, 10});
  uint32_t state = 7;
  for (double& x : m["shapedirs"].data) {
    state = state * 1664525u + 1013904223u;
    x = 0.0005 * (static_cast<double>(state >> 8) / (1u << 23) - 1.0);
  }
  m["posedirs"] = array("<f8", {n, 3, 135});
  m["kintree_table"] = array("<i8", {2, 16});
  const double kintree[32] = {4294967295.0, 0,  1,  2, 0, 4, 5, 0, 7, 8, 0, 10, 11, 0,
                              13,           14, 0,  1, 2, 3, 4, 5, 6, 7, 8, 9,  10, 11,
                              12,           13, 14, 15};
  m["kintree_table"].data.assign(kintree, kintree + 32);
  m["hands_components"] = array("<f8", {45, 45});
  for (int k = 0; k < 45; ++k) m["hands_components"].data[k * 45 + k] = 1.0;
  m["hands_mean"] = array("<f8", {45});
  const std::string path = tempDir() + "/mano_layout.npz";
  writeNpz(path, m);
  return path;
}

aiMatrix4x4 globalTransform(const aiNode* node) {
  aiMatrix4x4 m = node->mTransformation;
  for (const aiNode* p = node->mParent; p; p = p->mParent) m = p->mTransformation * m;
  return m;
}

std::string namedParent(const aiNode* node, const std::map<std::string, int>& names) {
  for (const aiNode* p = node->mParent; p; p = p->mParent)
    if (names.count(p->mName.C_Str())) return p->mName.C_Str();
  return "";
}

std::vector<unsigned char> quantised(const torch::Tensor& image) {
  const auto t = (image.to(torch::kFloat32).clamp(0, 1) * 255.0f).round().to(torch::kUInt8).contiguous();
  return std::vector<unsigned char>(t.data_ptr<uint8_t>(), t.data_ptr<uint8_t>() + t.numel());
}

int maxDifference(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b) {
  if (a.size() != b.size() || a.empty()) return 255;
  int worst = 0;
  for (size_t i = 0; i < a.size(); ++i) worst = std::max(worst, std::abs(int(a[i]) - int(b[i])));
  return worst;
}

std::vector<unsigned char> decodePng(const std::string& bytes, int* width, int* height) {
  const std::vector<unsigned char> data(bytes.begin(), bytes.end());
  cv::Mat bgr = cv::imdecode(data, cv::IMREAD_COLOR);
  if (bgr.empty()) return {};
  cv::Mat rgb;
  cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
  if (width) *width = rgb.cols;
  if (height) *height = rgb.rows;
  return std::vector<unsigned char>(rgb.data, rgb.data + rgb.total() * 3);
}

}  // namespace palma::test
