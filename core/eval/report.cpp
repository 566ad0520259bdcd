#include "core/eval/report.h"

#include <torch/torch.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <sstream>

#include "core/avatar/avatar_io.h"
#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/eval/synthetic_capture_io.h"
#include "core/model/model_spec.h"

namespace palma::eval {

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

constexpr int kTile = 160;    // report.png tile side in pixels
constexpr int kLabelW = 170;  // left column with the split's name
constexpr int kGap = 8;       // between triples

std::string fixed(double v, int digits) {
  if (!std::isfinite(v)) return "-";
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.*f", digits, v);
  return buf;
}

json number(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

json statsJson(const PointErrorStats& s) {
  return {{"mean", number(s.mean)}, {"median", number(s.median)}, {"max", number(s.max)}};
}

// [H,W,3] or [H,W,1] in [0,1] -> 8-bit BGR.
cv::Mat toBgr8(const torch::Tensor& image) {
  auto t = image.detach().to(torch::kFloat32);
  if (t.size(2) == 1) t = t.expand({t.size(0), t.size(1), 3});
  const auto bytes = (t.clamp(0.0, 1.0) * 255.0).round().to(torch::kUInt8).contiguous();
  const cv::Mat rgb(static_cast<int>(bytes.size(0)), static_cast<int>(bytes.size(1)), CV_8UC3,
                    bytes.data_ptr());
  cv::Mat bgr;
  cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
  return bgr;
}

void writePng(const fs::path& path, const cv::Mat& image) {
  std::vector<uchar> buffer;
  if (!cv::imencode(".png", image, buffer)) throw Error("cannot encode '" + path.string() + "' as PNG");
  writeFileAtomically(path.string(), [&](std::ostream& out) {
    out.write(reinterpret_cast<const char*>(buffer.data()), static_cast<std::streamsize>(buffer.size()));
  });
}

// Text with a dark outline, readable on any image.
void label(cv::Mat& canvas, const std::string& text, cv::Point at, double scale = 0.42,
           cv::Scalar colour = {255, 255, 255}) {
  cv::putText(canvas, text, at, cv::FONT_HERSHEY_SIMPLEX, scale, {0, 0, 0}, 3, cv::LINE_AA);
  cv::putText(canvas, text, at, cv::FONT_HERSHEY_SIMPLEX, scale, colour, 1, cv::LINE_AA);
}

cv::Mat tile(const torch::Tensor& image) {
  cv::Mat t;
  cv::resize(toBgr8(image), t, {kTile, kTile}, 0, 0, cv::INTER_AREA);
  return t;
}

cv::Mat reportGrid(const EvaluationReport& report) {
  int columns = 0, rows = 0;
  for (const auto& s : report.splits)
    if (!s.example_rows.empty()) {
      columns = std::max<int>(columns, static_cast<int>(s.example_rows.size()));
      ++rows;
    }
  const int width = kLabelW + std::max(1, columns) * (3 * kTile + kGap);
  const int height = std::max(1, rows) * (kTile + kGap) + 28;
  cv::Mat canvas(height, width, CV_8UC3, cv::Scalar(40, 36, 32));
  label(canvas, "input | reconstruction | |difference| x4", {kLabelW, 19}, 0.55);
  int y = 28;
  for (const auto& s : report.splits) {
    if (s.example_rows.empty()) continue;
    label(canvas, s.label, {8, y + 24}, 0.5);
    label(canvas, "PSNR " + fixed(s.psnr, 1) + " dB", {8, y + 48});
    label(canvas, "SSIM " + fixed(s.ssim, 3), {8, y + 68});
    label(canvas, "IoU " + fixed(s.iou, 3), {8, y + 88});
    if (std::isfinite(s.keypoint_px)) label(canvas, "kp " + fixed(s.keypoint_px, 2) + " px", {8, y + 108});
    if (s.refined) label(canvas, "poses refined", {8, y + 128}, 0.42, {160, 220, 255});
    for (size_t j = 0; j < s.example_rows.size(); ++j) {
      const int x0 = kLabelW + static_cast<int>(j) * (3 * kTile + kGap);
      const torch::Tensor images[3] = {s.example_input[j], s.example_render[j], s.example_difference[j]};
      const char* names[3] = {"input", "render", "diff x4"};
      for (int k = 0; k < 3; ++k) {
        tile(images[k]).copyTo(canvas(cv::Rect(x0 + k * kTile, y, kTile, kTile)));
        std::string text = names[k];
        if (k == 0) text = "#" + std::to_string(s.example_rows[j]) + " " + text;
        label(canvas, text, {x0 + k * kTile + 4, y + 14});
      }
    }
    y += kTile + kGap;
  }
  return canvas;
}

std::string htmlEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '&')
      out += "&amp;";
    else
      out += c;
  }
  return out;
}

std::string reportHtml(const EvaluationReport& r) {
  std::ostringstream h;
  h << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Palma evaluation</title>\n"
       "<style>body{font-family:sans-serif;background:#202428;color:#e8e8e8;margin:24px}"
       "table{border-collapse:collapse;margin:12px 0}td,th{padding:4px 10px;border-bottom:1px solid #444;"
       "text-align:right}th:first-child,td:first-child{text-align:left}.pass{color:#6c6}.fail{color:#e66}"
       "img{max-width:100%;image-rendering:pixelated}.maps td{text-align:center}"
       ".maps img{width:256px}</style></head><body>\n";
  h << "<h1>Palma reconstruction evaluation</h1>\n";
  h << "<p>"
    << (r.allPassed() ? "<span class=\"pass\">All quality bars passed.</span>"
                      : "<span class=\"fail\">Some quality bars failed.</span>")
    << " Hold-out every " << r.holdout_every << " frames; pose refinement " << r.refine_epochs
    << " epochs; reference: " << htmlEscape(r.reference_note) << "; " << fixed(r.seconds, 1) << " s.</p>\n";
  h << "<h2>Quality bars</h2>\n<table><tr><th>Bar</th><th>Required</th><th>Value</th><th>Result</th></tr>\n";
  for (const auto& b : r.bars)
    h << "<tr><td>" << htmlEscape(b.name) << "</td><td>" << htmlEscape(b.comparison) << " "
      << fixed(b.threshold, b.unit == "" ? 2 : 1) << " " << b.unit << "</td><td>"
      << fixed(b.value, b.unit == "" ? 3 : 2) << " " << b.unit << "</td><td class=\""
      << (b.passed ? "pass\">passed" : "fail\">failed") << "</td></tr>\n";
  h << "</table>\n<h2>Image metrics</h2>\n<p>Within the union of the ground-truth and rendered hand "
       "masks.</p>\n<table><tr><th>Split</th><th>Frames</th><th>Poses</th><th>PSNR (dB)</th><th>SSIM</th>"
       "<th>L1</th><th>IoU</th><th>Keypoints (px)</th></tr>\n";
  for (const auto& s : r.splits)
    h << "<tr><td>" << htmlEscape(s.label) << "</td><td>" << s.frames << "</td><td>"
      << (s.refined ? "refined" : (s.name == "training" ? "fitted" : "as given")) << "</td><td>"
      << fixed(s.psnr, 2) << "</td><td>" << fixed(s.ssim, 4) << "</td><td>" << fixed(s.l1, 4) << "</td><td>"
      << fixed(s.iou, 4) << "</td><td>" << fixed(s.keypoint_px, 2) << "</td></tr>\n";
  const auto& g = r.geometry;
  h << "</table>\n<h2>Geometry and albedo</h2>\n<table><tr><th>Measure</th><th>Mean</th><th>Median</th>"
       "<th>Max</th></tr>\n";
  auto row = [&](const char* name, const PointErrorStats& s) {
    h << "<tr><td>" << name << "</td><td>" << fixed(s.mean, 2) << "</td><td>" << fixed(s.median, 2)
      << "</td><td>" << fixed(s.max, 2) << "</td></tr>\n";
  };
  row("Posed vertices (mm, Procrustes)", g.posed_vertices_mm);
  row("Rest-pose vertices (mm, Procrustes)", g.rest_vertices_mm);
  row("Keypoints 3D (mm, PA-MPJPE)", g.joints_mm);
  h << "</table>\n<p>" << htmlEscape(g.vertex_note) << ".</p>\n";
  h << "<p>Albedo PSNR over observed texels: " << fixed(r.albedo_psnr, 2)
    << " dB (after a per-channel gain: " << fixed(r.albedo_psnr_gain_corrected, 2) << " dB); "
    << fixed(100 * r.observed_texel_fraction, 1) << " % of the atlas observed.</p>\n";
  h << "<h2>Frames</h2>\n<p><img src=\"report.png\" alt=\"input, reconstruction and difference\"></p>\n";
  h << "<h2>Maps</h2>\n<table class=\"maps\"><tr><th>Avatar albedo</th><th>Ground-truth albedo</th>"
       "<th>Observed texels</th></tr>\n<tr><td><img src=\"albedo.png\"></td><td><img src=\"gt_albedo.png\">"
       "</td><td><img src=\"observed_texels.png\"></td></tr>\n<tr><th>Avatar normal map</th>"
       "<th>Ground-truth normal map</th><th></th></tr>\n<tr><td><img src=\"normal_map.png\"></td><td>"
       "<img src=\"gt_normal_map.png\"></td><td></td></tr></table>\n</body></html>\n";
  return h.str();
}

}  // namespace

EvaluationReport evaluateCaptureFolder(const std::string& capture_folder, const Avatar& avatar,
                                       const EvaluationOptions& options, const ProgressCallback& progress,
                                       const CancelToken* cancel) {
  const EvaluationData data = loadEvaluationData(capture_folder);
  const Avatar truth = loadAvatar(data.ground_truth_avatar);
  const PreparedCapture input = loadCaptureFolder(capture_folder);
  const HandModel avatar_model = loadHandModel(avatar.model_spec);
  const HandModel gt_model =
      truth.model_spec == avatar.model_spec ? avatar_model : loadHandModel(truth.model_spec);
  return evaluateAvatar(avatar, avatar_model, truth, gt_model, data, input, options, progress, cancel);
}

std::string evaluationReportJson(const EvaluationReport& r) {
  json j = {{"format", "palma-eval-report"},    {"version", 1},
            {"holdout_every", r.holdout_every}, {"refine_epochs", r.refine_epochs},
            {"reference", r.reference_note},    {"seconds", r.seconds},
            {"all_passed", r.allPassed()}};
  json splits = json::object();
  for (const auto& s : r.splits) {
    json per_frame = json::array();
    for (size_t i = 0; i < s.rows.size(); ++i)
      per_frame.push_back({{"row", s.rows[i]},
                           {"psnr", number(i < s.per_frame_psnr.size() ? s.per_frame_psnr[i] : NAN)},
                           {"iou", number(i < s.per_frame_iou.size() ? s.per_frame_iou[i] : NAN)}});
    splits[s.name] = {{"label", s.label},       {"frames", s.frames},
                      {"refined", s.refined},   {"psnr", number(s.psnr)},
                      {"ssim", number(s.ssim)}, {"l1", number(s.l1)},
                      {"iou", number(s.iou)},   {"keypoint_px", number(s.keypoint_px)},
                      {"per_frame", per_frame}, {"example_rows", s.example_rows}};
  }
  j["splits"] = splits;
  const auto& g = r.geometry;
  j["geometry"] = {{"vertices_compared", g.vertices_compared},
                   {"note", g.vertex_note},
                   {"posed_vertices_mm", statsJson(g.posed_vertices_mm)},
                   {"rest_vertices_mm", statsJson(g.rest_vertices_mm)},
                   {"joints_mm", statsJson(g.joints_mm)}};
  j["albedo"] = {{"psnr", number(r.albedo_psnr)},
                 {"psnr_gain_corrected", number(r.albedo_psnr_gain_corrected)},
                 {"observed_texel_fraction", number(r.observed_texel_fraction)}};
  json bars = json::array();
  for (const auto& b : r.bars)
    bars.push_back({{"name", b.name},
                    {"comparison", b.comparison},
                    {"threshold", b.threshold},
                    {"value", number(b.value)},
                    {"unit", b.unit},
                    {"passed", b.passed}});
  j["bars"] = bars;
  return j.dump(2) + "\n";
}

std::string formatEvaluationTable(const EvaluationReport& r) {
  std::ostringstream o;
  char line[256];
  std::snprintf(line, sizeof(line), "%-18s %6s %8s %9s %8s %8s %8s %10s\n", "split", "frames", "poses",
                "PSNR dB", "SSIM", "L1", "IoU", "kp px");
  o << line;
  for (const auto& s : r.splits) {
    std::snprintf(line, sizeof(line), "%-18s %6d %8s %9s %8s %8s %8s %10s\n", s.label.c_str(), s.frames,
                  s.refined ? "refined" : (s.name == "training" ? "fitted" : "given"),
                  fixed(s.psnr, 2).c_str(), fixed(s.ssim, 4).c_str(), fixed(s.l1, 4).c_str(),
                  fixed(s.iou, 4).c_str(), fixed(s.keypoint_px, 2).c_str());
    o << line;
  }
  const auto& g = r.geometry;
  o << "geometry (mm, after Procrustes): posed vertices mean " << fixed(g.posed_vertices_mm.mean, 2)
    << " / median " << fixed(g.posed_vertices_mm.median, 2) << " / max " << fixed(g.posed_vertices_mm.max, 2)
    << ", rest vertices mean " << fixed(g.rest_vertices_mm.mean, 2) << ", keypoints mean "
    << fixed(g.joints_mm.mean, 2) << "\n";
  o << "albedo PSNR over observed texels: " << fixed(r.albedo_psnr, 2) << " dB (gain-corrected "
    << fixed(r.albedo_psnr_gain_corrected, 2) << " dB, " << fixed(100 * r.observed_texel_fraction, 1)
    << " % of the atlas observed)\n";
  o << "quality bars:\n";
  for (const auto& b : r.bars) {
    std::snprintf(line, sizeof(line), "  %-30s %s %6s %-3s  value %8s %-3s  %s\n", b.name.c_str(),
                  b.comparison.c_str(), fixed(b.threshold, b.unit.empty() ? 2 : 1).c_str(), b.unit.c_str(),
                  fixed(b.value, b.unit.empty() ? 4 : 2).c_str(), b.unit.c_str(),
                  b.passed ? "passed" : "FAILED");
    o << line;
  }
  return o.str();
}

void writeEvaluationReport(const EvaluationReport& report, const std::string& folder) {
  const fs::path dir(folder);
  ensureFolder(folder);
  writeTextFileAtomically((dir / "metrics.json").string(), evaluationReportJson(report));
  writePng(dir / "report.png", reportGrid(report));
  const std::pair<const char*, torch::Tensor> maps[] = {{"albedo.png", report.albedo},
                                                        {"gt_albedo.png", report.gt_albedo},
                                                        {"normal_map.png", report.normal_map},
                                                        {"gt_normal_map.png", report.gt_normal_map},
                                                        {"observed_texels.png", report.observed_texels}};
  for (const auto& [name, map] : maps)
    if (map.defined() && map.dim() == 3) writePng(dir / name, toBgr8(map));
  writeTextFileAtomically((dir / "report.html").string(), reportHtml(report));
}

}  // namespace palma::eval
