// LibTorch before Qt (see map_image.h).
#include <torch/torch.h>

#include "widgets/map_image.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QPolygonF>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <sstream>

#include "core/common/atomic_file.h"
#include "core/common/error.h"

namespace palma {
namespace {

void checkMap(const torch::Tensor& map, const char* name) {
  if (!map.defined() || map.dim() != 3 || map.size(0) < 1 || map.size(1) < 1 ||
      (map.size(2) != 3 && map.size(2) != 4) || map.scalar_type() != torch::kFloat32) {
    std::ostringstream s;
    s << name << " must be an [H,W,3] or [H,W,4] float32 map";
    if (map.defined()) s << ", got sizes " << map.sizes() << " of type " << map.scalar_type();
    throw InputError(s.str());
  }
}

void checkValues(const torch::Tensor& values) {
  if (!values.defined() || values.dim() != 3 || values.size(0) < 1 || values.size(1) < 1 ||
      (values.size(2) != 1 && values.size(2) != 3) || values.scalar_type() != torch::kFloat32) {
    throw InputError("shown values must be an [H,W,1] or [H,W,3] float32 image");
  }
}

// values: [H,W,C] -> [H,W,C] integer levels round(clamp(v, 0, 1) * max_level) as int32.
torch::Tensor quantise(const torch::Tensor& values, int max_level) {
  return (values.clamp(0.0, 1.0) * static_cast<float>(max_level)).round().to(torch::kInt32);
}

}  // namespace

torch::Tensor selectChannel(const torch::Tensor& map, MapChannel channel, const torch::Tensor& coverage) {
  // map: [H,W,C] -> [H,W,3] or [H,W,1]
  checkMap(map, "the map");
  switch (channel) {
    case MapChannel::RGB:
      return map.slice(2, 0, 3).contiguous();
    case MapChannel::Red:
      return map.slice(2, 0, 1).contiguous();
    case MapChannel::Green:
      return map.slice(2, 1, 2).contiguous();
    case MapChannel::Blue:
      return map.slice(2, 2, 3).contiguous();
    case MapChannel::Alpha:
      if (map.size(2) == 4) return map.slice(2, 3, 4).contiguous();
      if (coverage.defined() && coverage.size(0) == map.size(0) && coverage.size(1) == map.size(1)) {
        return coverage.to(torch::kFloat32).unsqueeze(2).contiguous();
      }
      return torch::ones({map.size(0), map.size(1), 1});
  }
  return map;
}

torch::Tensor normalRelief(const torch::Tensor& normal_map, float azimuth_deg, float elevation_deg) {
  // normal_map: [H,W,3] -> [H,W,1]
  checkMap(normal_map, "the normal map");
  const double a = azimuth_deg * M_PI / 180.0;
  const double e = elevation_deg * M_PI / 180.0;
  const auto light =
      torch::tensor({static_cast<float>(std::cos(e) * std::cos(a)),
                     static_cast<float>(std::cos(e) * std::sin(a)), static_cast<float>(std::sin(e))});
  const auto n = normal_map.slice(2, 0, 3) * 2.0 - 1.0;                         // [H,W,3]
  const auto unit = n / n.norm(2, 2, /*keepdim=*/true).clamp_min(1e-8);         // [H,W,3]
  return (unit * light).sum(2, /*keepdim=*/true).clamp(0.0, 1.0).contiguous();  // [H,W,1]
}

torch::Tensor mapDifference(const torch::Tensor& a, const torch::Tensor& b, float gain) {
  // a: [H,W,C], b: [H',W',C] -> [H,W,C]
  if (!a.defined() || !b.defined() || a.dim() != 3 || b.dim() != 3 || a.size(2) != b.size(2)) {
    throw InputError("the maps to compare must both be [H,W,C] with the same number of channels");
  }
  torch::Tensor resampled = b;
  if (b.size(0) != a.size(0) || b.size(1) != a.size(1)) {
    // Nearest texel: the texel of b whose centre is closest to each texel centre of a.
    const auto rows = ((torch::arange(a.size(0), torch::kFloat64) + 0.5) * (double(b.size(0)) / a.size(0)))
                          .floor()
                          .clamp(0, b.size(0) - 1)
                          .to(torch::kLong);
    const auto cols = ((torch::arange(a.size(1), torch::kFloat64) + 0.5) * (double(b.size(1)) / a.size(1)))
                          .floor()
                          .clamp(0, b.size(1) - 1)
                          .to(torch::kLong);
    resampled = b.index_select(0, rows).index_select(1, cols);
  }
  return ((a - resampled).abs() * gain).clamp(0.0, 1.0).contiguous();
}

QImage displayImage(const torch::Tensor& values) {
  // values: [H,W,1|3] -> QImage W x H
  checkValues(values);
  const int h = static_cast<int>(values.size(0));
  const int w = static_cast<int>(values.size(1));
  auto levels = quantise(values, 255);
  if (levels.size(2) == 1) levels = levels.expand({h, w, 3});
  // 0xffRRGGBB words, the memory layout of Format_RGB32.
  const auto words = (levels.select(2, 0).bitwise_left_shift(16) | levels.select(2, 1).bitwise_left_shift(8) |
                      levels.select(2, 2) | static_cast<int32_t>(0xff000000u))
                         .contiguous();
  QImage image(w, h, QImage::Format_RGB32);
  const int32_t* src = words.data_ptr<int32_t>();
  for (int y = 0; y < h; ++y) {
    std::memcpy(image.scanLine(y), src + static_cast<int64_t>(y) * w, sizeof(int32_t) * w);
  }
  return image;
}

torch::Tensor uvCoverage(const HandModel& model, int width, int height) {
  if (model.uvs.rows() == 0 || model.uv_faces.rows() == 0 || width < 1 || height < 1) return {};
  QImage mask(width, height, QImage::Format_Grayscale8);
  mask.fill(0);
  {
    QPainter painter(&mask);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255));
    for (int f = 0; f < model.uv_faces.rows(); ++f) {
      QPolygonF triangle;
      for (int k = 0; k < 3; ++k) {
        const int t = model.uv_faces(f, k);
        triangle << uvToTexel(QPointF(model.uvs(t, 0), model.uvs(t, 1)), width, height);
      }
      painter.drawPolygon(triangle);
    }
  }
  auto out = torch::empty({height, width}, torch::kFloat32);
  auto acc = out.accessor<float, 2>();
  for (int y = 0; y < height; ++y) {
    const uchar* line = mask.constScanLine(y);
    for (int x = 0; x < width; ++x) acc[y][x] = line[x] > 127 ? 1.0f : 0.0f;
  }
  return out;
}

QVector<QLineF> uvEdges(const HandModel& model) {
  QVector<QLineF> edges;
  QSet<quint64> seen;
  for (int f = 0; f < model.uv_faces.rows(); ++f) {
    for (int k = 0; k < 3; ++k) {
      const int i = model.uv_faces(f, k);
      const int j = model.uv_faces(f, (k + 1) % 3);
      const quint64 key = (static_cast<quint64>(std::min(i, j)) << 32) | static_cast<quint32>(std::max(i, j));
      if (seen.contains(key)) continue;
      seen.insert(key);
      edges.append(QLineF(model.uvs(i, 0), model.uvs(i, 1), model.uvs(j, 0), model.uvs(j, 1)));
    }
  }
  return edges;
}

QPointF texelToUv(const QPointF& texel, int width, int height) {
  return QPointF(texel.x() / width, 1.0 - texel.y() / height);
}

QPointF uvToTexel(const QPointF& uv, int width, int height) {
  return QPointF(uv.x() * width, (1.0 - uv.y()) * height);
}

QString MapReadout::text() const {
  QString s = QStringLiteral("x %1  y %2   u %3  v %4   ").arg(x).arg(y).arg(u, 0, 'f', 4).arg(v, 0, 'f', 4);
  QStringList floats;
  QStringList bytes;
  for (int c = 0; c < value.size(); ++c) {
    floats << QString::number(value[c], 'f', 4);
    bytes << QString::number(value8[c]);
  }
  s += QStringLiteral("value %1  (%2)").arg(floats.join(' '), bytes.join(' '));
  if (is_normal) {
    s += QStringLiteral("   n (%1, %2, %3)")
             .arg(normal[0], 0, 'f', 3)
             .arg(normal[1], 0, 'f', 3)
             .arg(normal[2], 0, 'f', 3);
  }
  return s;
}

bool readMap(const torch::Tensor& map, const QPointF& texel, bool is_normal, MapReadout* out) {
  if (!map.defined() || map.dim() != 3 || !out) return false;
  const int h = static_cast<int>(map.size(0));
  const int w = static_cast<int>(map.size(1));
  const int x = static_cast<int>(std::floor(texel.x()));
  const int y = static_cast<int>(std::floor(texel.y()));
  if (x < 0 || y < 0 || x >= w || y >= h) return false;
  MapReadout r;
  r.x = x;
  r.y = y;
  const QPointF uv = texelToUv(texel, w, h);
  r.u = uv.x();
  r.v = uv.y();
  const auto texel_values = map[y][x].to(torch::kFloat32).contiguous();
  const float* data = texel_values.data_ptr<float>();
  for (int c = 0; c < texel_values.size(0); ++c) {
    r.value.append(data[c]);
    r.value8.append(static_cast<int>(std::lround(std::clamp(data[c], 0.0f, 1.0f) * 255.0f)));
  }
  r.is_normal = is_normal && r.value.size() >= 3;
  if (r.is_normal) {
    for (int c = 0; c < 3; ++c) r.normal[c] = 2.0f * r.value[c] - 1.0f;
  }
  *out = r;
  return true;
}

void saveValuesPng(const torch::Tensor& values, const QString& path, int bits) {
  checkValues(values);
  if (bits != 8 && bits != 16) {
    throw InputError("a PNG export has 8 or 16 bits per channel, not " + std::to_string(bits));
  }
  if (!torch::isfinite(values).all().item<bool>())
    throw InputError("the map to export has non-finite values");
  const int h = static_cast<int>(values.size(0));
  const int w = static_cast<int>(values.size(1));
  const bool grey = values.size(2) == 1;
  QImage image;
  if (bits == 8) {
    const auto levels = quantise(values, 255).to(torch::kUInt8).contiguous();
    image = QImage(w, h, grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    const int row_bytes = w * static_cast<int>(values.size(2));
    for (int y = 0; y < h; ++y) {
      std::memcpy(image.scanLine(y), levels.data_ptr<uint8_t>() + static_cast<int64_t>(y) * row_bytes,
                  row_bytes);
    }
  } else {
    auto levels = quantise(values, 65535);
    if (grey) {
      const auto words = levels.to(torch::kInt32).contiguous();
      image = QImage(w, h, QImage::Format_Grayscale16);
      const int32_t* src = words.data_ptr<int32_t>();
      for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<quint16*>(image.scanLine(y));
        for (int x = 0; x < w; ++x) line[x] = static_cast<quint16>(src[static_cast<int64_t>(y) * w + x]);
      }
    } else {
      // Format_RGBX64: four native-endian 16-bit words per pixel, the last one opaque.
      const auto words = levels.contiguous();
      image = QImage(w, h, QImage::Format_RGBX64);
      const int32_t* src = words.data_ptr<int32_t>();
      for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<quint16*>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
          const int32_t* p = src + (static_cast<int64_t>(y) * w + x) * 3;
          line[4 * x + 0] = static_cast<quint16>(p[0]);
          line[4 * x + 1] = static_cast<quint16>(p[1]);
          line[4 * x + 2] = static_cast<quint16>(p[2]);
          line[4 * x + 3] = 0xffff;
        }
      }
    }
  }
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QImageWriter writer(&buffer, "png");
  if (!writer.write(image)) {
    throw Error("could not encode the PNG for " + path.toStdString() + ": " +
                writer.errorString().toStdString());
  }
  writeFileAtomically(path.toStdString(), [&](std::ostream& out) {
    out.write(bytes.constData(), static_cast<std::streamsize>(bytes.size()));
  });
}

}  // namespace palma
