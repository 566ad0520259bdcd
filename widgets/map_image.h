// Turning an avatar's texture maps into what the map inspector shows: channel selections, the normal
// map as lit relief, the UV coverage mask and wireframe, differences of two maps, the value readout
// under the cursor and PNG export. Plain functions on tensors and QImages, no widgets, so the
// inspector (widgets/map_inspector.h) and its tests share one definition of every displayed value.
//
// Maps are [H,W,C] float tensors in [0,1] (C = 3, or 4 with alpha), row 0 the top of the image. UVs
// follow the model convention (u right, v up): texel column x, row y covers u in [x, x+1] / W and
// v in [1 - (y+1) / H, 1 - y / H]. Tangent-space normals are encoded n = 2 * value - 1 (glTF), with
// x along +u (right in the image) and y along +v (up in the image).
#pragma once

// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include <QImage>
#include <QLineF>
#include <QPointF>
#include <QString>
#include <QVector>
#include <array>

#include "core/model/hand_model.h"

namespace palma {

// Which part of a map is shown. Single channels (and alpha) are shown as grey.
enum class MapChannel { RGB, Red, Green, Blue, Alpha };

// The values a channel selection shows: [H,W,3] for RGB, [H,W,1] otherwise. Alpha is the map's 4th
// channel when it has one, else `coverage` ([H,W] in {0,1}, e.g. uvCoverage) when defined, else 1
// (opaque). Throws palma::InputError for a map that is not [H,W,3|4] float.
torch::Tensor selectChannel(const torch::Tensor& map, MapChannel channel,
                            const torch::Tensor& coverage = torch::Tensor());

// The tangent-space normal map shaded by a directional light: max(0, n . l) with n the decoded,
// normalised normal and l = (cos(e) cos(a), cos(e) sin(a), sin(e)) for azimuth a (0 = light from the
// right, 90 = from the top of the image) and elevation e above the surface, both in degrees.
// normal_map: [H,W,3] -> [H,W,1] in [0,1].
torch::Tensor normalRelief(const torch::Tensor& normal_map, float azimuth_deg, float elevation_deg);

// |a - b| per channel, scaled by `gain` and clamped to [0,1]. When the sizes differ, `b` is resampled
// to the size of `a` (nearest texel). a: [H,W,C], b: [H',W',C] -> [H,W,C].
torch::Tensor mapDifference(const torch::Tensor& a, const torch::Tensor& b, float gain = 1.0f);

// 8-bit display image of shown values ([H,W,1] grey or [H,W,3] colour in [0,1], quantised as
// round(v * 255)), in QImage::Format_RGB32 for fast drawing.
QImage displayImage(const torch::Tensor& values);

// 1 where a texel centre lies inside a UV triangle of `model`, else 0: [height,width] float. An
// undefined tensor when the model has no UVs.
torch::Tensor uvCoverage(const HandModel& model, int width, int height);

// The UV triangle edges of `model`, each once, in UV coordinates (x = u, y = v).
QVector<QLineF> uvEdges(const HandModel& model);

// UV (u right, v up) of a continuous texel position (x right, y down; texel (i, j) spans [i, i+1) x
// [j, j+1)) in a map of width x height, and back.
QPointF texelToUv(const QPointF& texel, int width, int height);
QPointF uvToTexel(const QPointF& uv, int width, int height);

// The value of one texel of a map and what it means.
struct MapReadout {
  int x = 0;                      // texel column
  int y = 0;                      // texel row (0 = top)
  double u = 0.0;                 // UV of the cursor position
  double v = 0.0;                 //
  QVector<float> value;           // the map's channels at (x, y), float
  QVector<int> value8;            // the same, quantised to 8 bits: round(clamp(v, 0, 1) * 255)
  bool is_normal = false;         // `normal` is meaningful
  std::array<float, 3> normal{};  // decoded tangent-space normal 2 * value - 1 (not renormalised)

  // One line for the status readout, e.g. "x 12  y 40  u 0.195 v 0.367  RGB 0.502 ... (128 ...)".
  QString text() const;
};

// The readout of `map` ([H,W,C]) at the continuous texel position `texel`. False when the position
// lies outside the map.
bool readMap(const torch::Tensor& map, const QPointF& texel, bool is_normal, MapReadout* out);

// Writes shown values ([H,W,1] or [H,W,3] in [0,1]) as a grey or RGB PNG with 8 or 16 bits per
// channel (round(v * 255) or round(v * 65535)), atomically. Throws palma::InputError for another bit
// depth or bad values and palma::Error when the file cannot be written.
void saveValuesPng(const torch::Tensor& values, const QString& path, int bits);

}  // namespace palma
