#include "core/capture/segmentation.h"

#include <torch/torch.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <initializer_list>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <string>
#include <system_error>

#include "core/common/error.h"

namespace palma {

namespace {

namespace fs = std::filesystem;

constexpr int kBins = 32;  // chroma histogram bins per axis (Cr, Cb)

// The bones of the MediaPipe hand plus the knuckle line across the palm.
constexpr int kBones[][2] = {{0, 1},  {1, 2},   {2, 3},   {3, 4},   {0, 5},  {5, 6},   {6, 7},   {7, 8},
                             {0, 9},  {9, 10},  {10, 11}, {11, 12}, {0, 13}, {13, 14}, {14, 15}, {15, 16},
                             {0, 17}, {17, 18}, {18, 19}, {19, 20}, {5, 9},  {9, 13},  {13, 17}, {1, 5}};
constexpr int kPalm[] = {0, 1, 5, 9, 13, 17};
constexpr int kKnuckles[] = {5, 9, 13, 17};

cv::Mat wrapRgb(const torch::Tensor& rgb) {
  return cv::Mat(static_cast<int>(rgb.size(0)), static_cast<int>(rgb.size(1)), CV_8UC3, rgb.data_ptr());
}

void requireFrame(const torch::Tensor& rgb) {
  if (!rgb.defined() || rgb.dim() != 3 || rgb.size(2) != 3 || rgb.scalar_type() != torch::kUInt8 ||
      rgb.size(0) < 8 || rgb.size(1) < 8)
    throw InputError("segmentation: the frame must be an 8-bit RGB image [H,W,3] of at least 8 x 8 pixels");
}

// Chroma histogram of the pixels of `ycc` where `where` is set, smoothed and normalised.
cv::Mat chromaHistogram(const cv::Mat& ycc, const cv::Mat& where) {
  cv::Mat hist = cv::Mat::zeros(kBins, kBins, CV_32F);
  for (int y = 0; y < ycc.rows; ++y) {
    const auto* p = ycc.ptr<cv::Vec3b>(y);
    const auto* m = where.ptr<uchar>(y);
    for (int x = 0; x < ycc.cols; ++x)
      if (m[x]) hist.at<float>(p[x][1] * kBins / 256, p[x][2] * kBins / 256) += 1.0f;
  }
  cv::GaussianBlur(hist, hist, cv::Size(5, 5), 1.0);
  const double total = cv::sum(hist)[0];
  if (total > 0) hist /= total;
  hist += 1e-5f;  // unseen colours are unlikely, not impossible
  hist /= cv::sum(hist)[0];
  return hist;
}

cv::Mat toMat(const torch::Tensor& t) {
  const auto c = t.contiguous();
  return cv::Mat(static_cast<int>(c.size(0)), static_cast<int>(c.size(1)), CV_32F, c.data_ptr<float>())
      .clone();
}

torch::Tensor toTensor(const cv::Mat& m) {
  return torch::from_blob(m.data, {m.rows, m.cols}, torch::kFloat32).clone();
}

// Pixels of `mask` within `radius` of a set pixel.
cv::Mat dilate(const cv::Mat& mask, double radius) {
  const int r = std::max(0, static_cast<int>(std::lround(radius)));
  if (r == 0) return mask.clone();
  cv::Mat out;
  cv::dilate(mask, out, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * r + 1, 2 * r + 1)));
  return out;
}

cv::Mat erode(const cv::Mat& mask, double radius) {
  const int r = std::max(0, static_cast<int>(std::lround(radius)));
  if (r == 0) return mask.clone();
  cv::Mat out;
  cv::erode(mask, out, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * r + 1, 2 * r + 1)));
  return out;
}

// Keeps the 8-connected components of `fg` that touch `seeds`.
cv::Mat componentsTouching(const cv::Mat& fg, const cv::Mat& seeds) {
  cv::Mat labels;
  const int n = cv::connectedComponents(fg, labels, 8, CV_32S);
  std::vector<uchar> keep(n, 0);
  for (int y = 0; y < fg.rows; ++y) {
    const int* l = labels.ptr<int>(y);
    const uchar* s = seeds.ptr<uchar>(y);
    for (int x = 0; x < fg.cols; ++x)
      if (s[x] && l[x] > 0) keep[l[x]] = 1;
  }
  cv::Mat out = cv::Mat::zeros(fg.size(), CV_8U);
  for (int y = 0; y < fg.rows; ++y) {
    const int* l = labels.ptr<int>(y);
    uchar* o = out.ptr<uchar>(y);
    for (int x = 0; x < fg.cols; ++x) o[x] = keep[l[x]];
  }
  return out;
}

// Fills background regions of `fg` (0/1) that do not touch the border and are smaller than max_area.
void fillSmallHoles(cv::Mat& fg, double max_area) {
  cv::Mat bg = 1 - fg;
  cv::Mat labels, stats, centroids;
  const int n = cv::connectedComponentsWithStats(bg, labels, stats, centroids, 4, CV_32S);
  std::vector<uchar> fill(n, 0);
  for (int i = 1; i < n; ++i) {
    const int x = stats.at<int>(i, cv::CC_STAT_LEFT), y = stats.at<int>(i, cv::CC_STAT_TOP);
    const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
    const bool border = x == 0 || y == 0 || x + w == fg.cols || y + h == fg.rows;
    fill[i] = !border && stats.at<int>(i, cv::CC_STAT_AREA) <= max_area;
  }
  for (int y = 0; y < fg.rows; ++y) {
    const int* l = labels.ptr<int>(y);
    uchar* o = fg.ptr<uchar>(y);
    for (int x = 0; x < fg.cols; ++x)
      if (fill[l[x]]) o[x] = 1;
  }
}

struct HandPoints {
  std::vector<cv::Point2f> point;  // working-size pixels
  std::vector<bool> present;
  int count = 0;
  double size = 0;  // about the hand's length (wrist to middle fingertip) in working pixels

  bool has(int j) const { return present[j]; }
};

HandPoints handPoints(const FrameKeypoints& keypoints, double scale) {
  HandPoints h;
  h.point.resize(kHandKeypoints);
  h.present.assign(kHandKeypoints, false);
  float x0 = 1e30f, y0 = 1e30f, x1 = -1e30f, y1 = -1e30f;
  for (int j = 0; j < kHandKeypoints; ++j) {
    const Keypoint2D& k = keypoints[j];
    if (!k.present()) continue;
    if (!std::isfinite(k.x) || !std::isfinite(k.y))
      throw InputError("segmentation: keypoint " + std::to_string(j) + " is not a finite number");
    h.point[j] = cv::Point2f(static_cast<float>((k.x + 0.5) * scale - 0.5),
                             static_cast<float>((k.y + 0.5) * scale - 0.5));
    h.present[j] = true;
    ++h.count;
    x0 = std::min(x0, h.point[j].x);
    x1 = std::max(x1, h.point[j].x);
    y0 = std::min(y0, h.point[j].y);
    y1 = std::max(y1, h.point[j].y);
  }
  if (h.count == 0) return h;
  double size = std::hypot(x1 - x0, y1 - y0);
  for (int j : kKnuckles)
    if (h.has(0) && h.has(j)) size = std::max(size, 2.1 * cv::norm(h.point[j] - h.point[0]));
  h.size = std::max(size, 8.0);
  return h;
}

struct Wrist {
  cv::Point2f point;      // the wrist keypoint, or an estimate when it is absent
  cv::Point2f direction;  // unit vector from the knuckles towards the wrist (the forearm)
  cv::Point2f knuckles;   // mean of the present knuckles
  bool known = false;
};

cv::Point2f meanOf(const HandPoints& h, std::initializer_list<int> joints, int* count) {
  cv::Point2f sum(0, 0);
  *count = 0;
  for (int j : joints)
    if (h.has(j)) sum += h.point[j], ++*count;
  return *count ? sum * (1.0f / *count) : sum;
}

// The wrist and the forearm direction. Without the wrist keypoint, the direction comes from the middle
// finger joints towards the knuckles and the wrist is placed a palm length behind the knuckles.
Wrist wrist(const HandPoints& h) {
  Wrist w;
  int n_knuckles = 0, n_middle = 0;
  const cv::Point2f knuckles = meanOf(h, {5, 9, 13, 17}, &n_knuckles);
  if (n_knuckles == 0) return w;
  cv::Point2f d;
  if (h.has(0)) {
    d = h.point[0] - knuckles;
  } else {
    const cv::Point2f middle = meanOf(h, {6, 10, 14, 18}, &n_middle);
    if (n_middle == 0) return w;
    d = knuckles - middle;
  }
  const double len = cv::norm(d);
  if (len < 1e-3) return w;
  w.direction = d * static_cast<float>(1.0 / len);
  w.point = h.has(0) ? h.point[0] : knuckles + w.direction * static_cast<float>(0.45 * h.size);
  w.knuckles = knuckles;
  w.known = true;
  return w;
}

}  // namespace

HandSegmenter::HandSegmenter(SegmentationOptions options) : options_(options) {
  if (options_.grabcut_iterations < 0 || options_.grabcut_iterations > 50)
    throw InputError("segmentation: GrabCut iterations must be between 0 and 50, got " +
                     std::to_string(options_.grabcut_iterations));
  if (!(options_.temporal_weight >= 0 && options_.temporal_weight <= 1))
    throw InputError("segmentation: the temporal weight must be between 0 and 1");
  if (options_.erode_px < 0 || options_.erode_px > 100)
    throw InputError("segmentation: the erosion must be between 0 and 100 pixels");
  if (options_.working_size < 64)
    throw InputError("segmentation: the working size must be at least 64 pixels");
  if (!(options_.background_distance > 0 && options_.background_distance < 10))
    throw InputError("segmentation: the background distance must be between 0 and 10 hand sizes");
}

void HandSegmenter::reset() {
  previous_mask_ = torch::Tensor();
  hand_histogram_ = torch::Tensor();
  background_histogram_ = torch::Tensor();
}

torch::Tensor HandSegmenter::segment(const torch::Tensor& rgb_in, const FrameKeypoints& keypoints,
                                     const Scribbles& scribbles) {
  requireFrame(rgb_in);
  const torch::Tensor rgb = rgb_in.contiguous();
  const int height = static_cast<int>(rgb.size(0)), width = static_cast<int>(rgb.size(1));
  torch::Tensor labels;
  if (scribbles.labels.defined()) {
    labels = scribbles.labels;
    if (labels.dim() != 2 || labels.scalar_type() != torch::kUInt8)
      throw InputError("segmentation: scribbles must be an 8-bit single-channel image [H,W]");
    if (labels.size(0) != height || labels.size(1) != width)
      throw InputError("segmentation: the scribbles are " + std::to_string(labels.size(1)) + " x " +
                       std::to_string(labels.size(0)) + " pixels but the frame is " + std::to_string(width) +
                       " x " + std::to_string(height));
    if (labels.max().item<int>() > 2)
      throw InputError("segmentation: scribble labels must be 0 (unknown), 1 (hand) or 2 (background)");
    labels = labels.contiguous();
  }

  // Working size.
  const double scale = std::min(1.0, double(options_.working_size) / std::max(width, height));
  const cv::Mat full = wrapRgb(rgb);
  cv::Mat image;
  if (scale < 1.0)
    cv::resize(full, image, cv::Size(), scale, scale, cv::INTER_AREA);
  else
    image = full.clone();
  const cv::Size size = image.size();
  if (previous_mask_.defined() &&
      (previous_mask_.size(0) != size.height || previous_mask_.size(1) != size.width))
    reset();
  cv::Mat previous;
  if (previous_mask_.defined()) previous = cv::Mat(size, CV_8U, previous_mask_.data_ptr<uint8_t>()).clone();

  cv::Mat scribble_hand, scribble_background;
  if (labels.defined()) {
    const cv::Mat l(height, width, CV_8U, labels.data_ptr<uint8_t>());
    auto classAt = [&](int value) {
      cv::Mat on = (l == value) / 255, small;
      on.convertTo(on, CV_32F);
      cv::resize(on, small, size, 0, 0, cv::INTER_AREA);  // a thin scribble survives downscaling
      return cv::Mat(small > 0.0f) / 255;
    };
    scribble_hand = classAt(1);
    scribble_background = classAt(2);
  }

  const HandPoints hand = handPoints(keypoints, scale);
  const bool use_keypoints = hand.count >= 3;
  const bool have_hand_scribbles = !scribble_hand.empty() && cv::countNonZero(scribble_hand) > 0;
  if (!use_keypoints && previous.empty() && !have_hand_scribbles)
    throw InputError(
        "segmentation: nothing locates the hand in this frame (fewer than 3 keypoints, no hand scribbles "
        "and no previous frame to follow); add keypoints or scribble on the hand");

  // 1. Seeds. `sure_hand`: definitely hand; `near`: where the colour model decides; elsewhere background.
  cv::Mat sure_hand = cv::Mat::zeros(size, CV_8U);
  cv::Mat near = cv::Mat::zeros(size, CV_8U);
  cv::Mat beyond_wrist = cv::Mat::zeros(size, CV_8U);
  double hand_size = 0;
  if (use_keypoints) {
    hand_size = hand.size;
    const int bone_px = std::max(1, static_cast<int>(std::lround(0.035 * hand_size)));
    for (const auto& b : kBones) {
      if (!hand.has(b[0]) || !hand.has(b[1])) continue;
      // The last phalanx only up to its middle: nails (painted or not) are left to the colour model.
      const bool tip = b[1] % 4 == 0 && b[1] > 0;
      const cv::Point2f end = tip ? 0.5f * (hand.point[b[0]] + hand.point[b[1]]) : hand.point[b[1]];
      cv::line(sure_hand, hand.point[b[0]], end, 1, bone_px, cv::LINE_8);
    }
    std::vector<cv::Point2f> palm;
    for (int j : kPalm)
      if (hand.has(j)) palm.push_back(hand.point[j]);
    if (palm.size() >= 3) {
      std::vector<cv::Point2f> hull;
      cv::convexHull(palm, hull);
      cv::Point2f centre(0, 0);
      for (const auto& p : hull) centre += p;
      centre *= 1.0f / hull.size();
      std::vector<cv::Point> shrunk;
      for (const auto& p : hull) shrunk.emplace_back(centre + 0.8f * (p - centre));
      cv::fillConvexPoly(sure_hand, shrunk, 1);
    }
    // The region the hand can occupy: the keypoints' hull, widened.
    std::vector<cv::Point2f> present, hull;
    for (int j = 0; j < kHandKeypoints; ++j)
      if (hand.has(j)) present.push_back(hand.point[j]);
    cv::convexHull(present, hull);
    std::vector<cv::Point> hull_i(hull.begin(), hull.end());
    cv::Mat region = cv::Mat::zeros(size, CV_8U);
    cv::fillConvexPoly(region, hull_i, 1);
    near = dilate(region, options_.background_distance * hand_size);

    // The forearm corridor leaves the wrist away from the fingers, widening a little.
    const Wrist wr = wrist(hand);
    if (wr.known) {
      const cv::Point2f d = wr.direction, n(-d.y, d.x);
      double palm_width = 0.45 * hand_size;
      if (hand.has(5) && hand.has(17))
        palm_width = std::max(palm_width, 1.2 * cv::norm(hand.point[5] - hand.point[17]));
      const float reach = static_cast<float>(3.0 * std::max(size.width, size.height));
      const cv::Point2f start = wr.point + d * static_cast<float>(0.05 * hand_size);
      const float w0 = static_cast<float>(0.75 * palm_width),
                  w1 = static_cast<float>(0.75 * palm_width + 0.35 * reach);
      // The corridor starts at the knuckles so that it joins the hand's region even when the wrist is
      // an estimate; it widens only beyond the wrist.
      std::vector<cv::Point> corridor = {
          wr.knuckles + n * w0,       wr.knuckles - n * w0,       start - n * w0,
          start + d * reach - n * w1, start + d * reach + n * w1, start + n * w0};
      std::vector<cv::Point> half_plane = {start + n * reach, start - n * reach,
                                           start + d * reach - n * reach, start + d * reach + n * reach};
      cv::fillConvexPoly(beyond_wrist, half_plane, 1);
      if (options_.include_forearm) {
        cv::Mat c = cv::Mat::zeros(size, CV_8U);
        cv::fillPoly(c, std::vector<std::vector<cv::Point>>{corridor}, 1);
        near |= c;
      }
    }
  } else if (!previous.empty() || have_hand_scribbles) {
    // Follow the previous mask (or the scribbles): its core is hand, its surroundings are undecided.
    const cv::Mat base = !previous.empty() ? previous : scribble_hand;
    const double area = cv::countNonZero(base);
    const cv::Rect extent = cv::boundingRect(base);
    hand_size = std::max({8.0, 2.0 * std::sqrt(area), 1.5 * std::hypot(extent.width, extent.height)});
    sure_hand = !previous.empty() ? erode(previous, 0.06 * hand_size) : scribble_hand.clone();
    if (cv::countNonZero(sure_hand) == 0) sure_hand = base.clone();
    // Less is known than with keypoints: a wider undecided band.
    near = dilate(base, std::max(options_.background_distance, 0.45) * hand_size);
  }
  if (!scribble_hand.empty()) {
    sure_hand |= scribble_hand;
    near |= dilate(scribble_hand, options_.background_distance * hand_size);
  }
  cv::Mat sure_background = 1 - near;
  if (!scribble_background.empty()) {
    sure_background |= scribble_background;
    sure_hand &= 1 - scribble_background;
  }
  if (!options_.include_forearm) sure_background |= beyond_wrist & (1 - sure_hand);

  // 2. Colour model: chroma histograms of the seeds, blended with the previous frame's.
  cv::Mat ycc;
  cv::cvtColor(image, ycc, cv::COLOR_RGB2YCrCb);
  cv::Mat hand_hist = chromaHistogram(ycc, sure_hand),
          background_hist = chromaHistogram(ycc, sure_background);
  const double w = options_.temporal_weight;
  if (hand_histogram_.defined() && w > 0) {
    hand_hist = (1.0 - w) * hand_hist + w * toMat(hand_histogram_);
    background_hist = (1.0 - w) * background_hist + w * toMat(background_histogram_);
  }
  hand_histogram_ = toTensor(hand_hist);
  background_histogram_ = toTensor(background_hist);

  // 3. Log-likelihood ratio plus the previous mask as a prior.
  cv::Mat prior = cv::Mat::zeros(size, CV_8U);
  if (!previous.empty() && w > 0) prior = dilate(previous, 0.08 * hand_size);
  cv::Mat gc(size, CV_8U);
  int probable_hand = 0;
  for (int y = 0; y < size.height; ++y) {
    const auto* p = ycc.ptr<cv::Vec3b>(y);
    const uchar* sh = sure_hand.ptr<uchar>(y);
    const uchar* sb = sure_background.ptr<uchar>(y);
    const uchar* pr = prior.ptr<uchar>(y);
    uchar* g = gc.ptr<uchar>(y);
    for (int x = 0; x < size.width; ++x) {
      if (sh[x]) {
        g[x] = cv::GC_FGD;
      } else if (sb[x]) {
        g[x] = cv::GC_BGD;
      } else {
        const int cr = p[x][1] * kBins / 256, cb = p[x][2] * kBins / 256;
        double ratio = std::log(hand_hist.at<float>(cr, cb) / background_hist.at<float>(cr, cb));
        if (pr[x]) ratio += 2.0 * w;
        g[x] = ratio > 0 ? cv::GC_PR_FGD : cv::GC_PR_BGD;
        probable_hand += ratio > 0;
      }
    }
  }

  // 4. GrabCut (its colour mixtures need a few dozen samples of each class).
  const int fg_count = cv::countNonZero(sure_hand) + probable_hand;
  const int bg_count = size.area() - fg_count;
  if (options_.grabcut_iterations > 0 && fg_count >= 50 && bg_count >= 50) {
    cv::Mat bgd_model, fgd_model;
    cv::Mat bgr;
    cv::cvtColor(image, bgr, cv::COLOR_RGB2BGR);
    cv::grabCut(bgr, gc, cv::Rect(), bgd_model, fgd_model, options_.grabcut_iterations,
                cv::GC_INIT_WITH_MASK);
  }
  cv::Mat fg = ((gc == cv::GC_FGD) | (gc == cv::GC_PR_FGD)) / 255;

  // 5. Clean-up at the working size.
  cv::morphologyEx(fg, fg, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3)));
  fg |= sure_hand & (1 - sure_background);
  fg = componentsTouching(fg, sure_hand);
  fillSmallHoles(fg, 0.004 * hand_size * hand_size);
  if (!scribble_hand.empty()) fg |= scribble_hand;
  if (!scribble_background.empty()) fg &= 1 - scribble_background;
  if (!options_.include_forearm && use_keypoints) fg &= 1 - (beyond_wrist & (1 - sure_hand));

  // An empty mask is no guide for the next frame.
  previous_mask_ = cv::countNonZero(fg) > 0
                       ? torch::from_blob(fg.data, {size.height, size.width}, torch::kUInt8).clone()
                       : torch::Tensor();

  // Back to the frame size: a smooth upsampling of the working mask, thresholded at one half.
  cv::Mat out;
  if (scale < 1.0) {
    cv::Mat soft;
    fg.convertTo(soft, CV_32F);
    cv::GaussianBlur(soft, soft, cv::Size(0, 0), 0.6);
    cv::resize(soft, soft, cv::Size(width, height), 0, 0, cv::INTER_LINEAR);
    out = soft > 0.5f;
  } else {
    out = fg * 255;
  }
  if (options_.erode_px > 0) out = erode(out, options_.erode_px);
  return torch::from_blob(out.data, {height, width}, torch::kUInt8).clone();
}

std::vector<torch::Tensor> segmentFrames(const std::vector<torch::Tensor>& frames, const KeypointTrack& track,
                                         const SegmentationOptions& options,
                                         const std::vector<Scribbles>& scribbles,
                                         const ProgressCallback& progress, const CancelToken* cancel) {
  if (track.numFrames() != static_cast<int>(frames.size()))
    throw InputError("segmentation: " + std::to_string(frames.size()) + " frames but keypoints for " +
                     std::to_string(track.numFrames()));
  if (!scribbles.empty() && scribbles.size() != frames.size())
    throw InputError("segmentation: " + std::to_string(frames.size()) + " frames but scribbles for " +
                     std::to_string(scribbles.size()));
  HandSegmenter segmenter(options);
  std::vector<torch::Tensor> masks;
  masks.reserve(frames.size());
  const int n = static_cast<int>(frames.size());
  for (int f = 0; f < n; ++f) {
    if (cancel) cancel->check();
    requireFrame(frames[f]);
    if (frames[f].sizes() != frames[0].sizes())
      throw InputError("segmentation: frame " + std::to_string(f) + " has another size than the first frame");
    try {
      masks.push_back(
          segmenter.segment(frames[f], track.frames[f], scribbles.empty() ? Scribbles{} : scribbles[f]));
    } catch (const InputError& e) {
      throw InputError(std::string(e.what()) + " (frame " + std::to_string(f) + ")");
    }
    if (progress)
      progress({double(f + 1) / n, "masks", "mask " + std::to_string(f + 1) + " of " + std::to_string(n)});
  }
  return masks;
}

namespace {

// Natural order: digit runs compare by value, everything else by character.
bool naturalLess(const std::string& a, const std::string& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) && std::isdigit(static_cast<unsigned char>(b[j]))) {
      size_t i1 = i, j1 = j;
      while (i1 < a.size() && std::isdigit(static_cast<unsigned char>(a[i1]))) ++i1;
      while (j1 < b.size() && std::isdigit(static_cast<unsigned char>(b[j1]))) ++j1;
      std::string da = a.substr(i, i1 - i), db = b.substr(j, j1 - j);
      da.erase(0, std::min(da.find_first_not_of('0'), da.size()));
      db.erase(0, std::min(db.find_first_not_of('0'), db.size()));
      if (da.size() != db.size()) return da.size() < db.size();
      if (da != db) return da < db;
      i = i1;
      j = j1;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i;
      ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

bool isPng(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".png";
}

}  // namespace

std::vector<torch::Tensor> loadMaskSequence(const std::string& folder_or_first_file, int expected_frames,
                                            int width, int height) {
  std::error_code ec;
  fs::path folder(folder_or_first_file);
  if (fs::is_regular_file(folder, ec)) {
    if (!isPng(folder)) throw InputError("masks: '" + folder_or_first_file + "' is not a PNG file");
    folder = folder.parent_path();
    if (folder.empty()) folder = ".";
  } else if (!fs::is_directory(folder, ec)) {
    throw InputError("masks: '" + folder_or_first_file + "' is neither a folder nor a PNG file");
  }
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder, ec))
    if (entry.is_regular_file() && isPng(entry.path())) names.push_back(entry.path().filename().string());
  if (ec) throw InputError("masks: cannot list the folder '" + folder.string() + "': " + ec.message());
  if (names.empty()) throw InputError("masks: the folder '" + folder.string() + "' contains no PNG files");
  if (static_cast<int>(names.size()) != expected_frames)
    throw InputError("masks: the folder '" + folder.string() + "' has " + std::to_string(names.size()) +
                     " PNG files but the capture has " + std::to_string(expected_frames) + " frames");
  std::sort(names.begin(), names.end(), naturalLess);

  std::vector<torch::Tensor> masks;
  masks.reserve(names.size());
  for (const std::string& name : names) {
    const std::string path = (folder / name).string();
    const cv::Mat img = cv::imread(path, cv::IMREAD_UNCHANGED);
    if (img.empty()) throw InputError("masks: '" + path + "' cannot be read as an image");
    if (img.depth() != CV_8U && img.depth() != CV_16U)
      throw InputError("masks: '" + path + "' must have 8 or 16 bits per channel");
    cv::Mat channel;
    if (img.channels() == 1) {
      channel = img;
    } else if (img.channels() == 2 || img.channels() == 4) {
      cv::extractChannel(img, channel, img.channels() - 1);  // alpha
    } else {
      cv::Mat grey;
      cv::transform(img, grey, cv::Matx13f(1.0f / 3, 1.0f / 3, 1.0f / 3));
      channel = grey;
    }
    cv::Mat value;
    channel.convertTo(value, CV_32F, img.depth() == CV_16U ? 1.0 / 65535.0 : 1.0 / 255.0);
    if (value.cols != width || value.rows != height) {
      // The same picture at another resolution (masks made at the video's full size) is scaled.
      const bool same_aspect = std::abs(double(value.cols) * height - double(value.rows) * width) <=
                               std::max(value.cols, value.rows);
      if (!same_aspect)
        throw InputError("masks: '" + path + "' is " + std::to_string(value.cols) + " x " +
                         std::to_string(value.rows) + " pixels but the frames are " + std::to_string(width) +
                         " x " + std::to_string(height));
      cv::resize(value, value, cv::Size(width, height), 0, 0, cv::INTER_AREA);
    }
    cv::Mat binary = value >= 0.5f;  // 0 / 255
    masks.push_back(torch::from_blob(binary.data, {height, width}, torch::kUInt8).clone());
  }
  return masks;
}

}  // namespace palma
