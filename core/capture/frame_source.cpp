#include "core/capture/frame_source.h"

#include <torch/torch.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/common/error.h"

namespace palma {

namespace fs = std::filesystem;

FrameSource::~FrameSource() = default;

std::vector<std::string> FrameSource::warnings() const { return warnings_; }

namespace {

const char* kVideoExtensions = "mp4, mov, m4v, avi, mkv, webm";
const char* kImageExtensions = "png, jpg, jpeg, bmp, tif, tiff";

std::string lowerExtension(const fs::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

bool isVideoExtension(const std::string& ext) {
  return ext == ".mp4" || ext == ".mov" || ext == ".m4v" || ext == ".avi" || ext == ".mkv" || ext == ".webm";
}

bool isImageExtension(const std::string& ext) {
  return ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".bmp" || ext == ".tif" || ext == ".tiff";
}

void validateSelection(const FrameSelection& s) {
  if (s.first < 0)
    throw InputError("The first frame of the selection must be 0 or more (got " + std::to_string(s.first) +
                     ").");
  if (s.last < -1)
    throw InputError("The last frame of the selection must be a frame index or -1 for the end (got " +
                     std::to_string(s.last) + ").");
  if (s.last != -1 && s.last < s.first)
    throw InputError("The selection ends (frame " + std::to_string(s.last) + ") before it starts (frame " +
                     std::to_string(s.first) + ").");
  if (s.every < 1)
    throw InputError("'every' must be 1 or more (every n-th frame is used; got " + std::to_string(s.every) +
                     ").");
  if (s.max_frames < 0)
    throw InputError("The frame limit must be 0 (no limit) or more (got " + std::to_string(s.max_frames) +
                     ").");
  if (s.max_side < 0)
    throw InputError("The largest frame side must be 0 (keep the size) or more (got " +
                     std::to_string(s.max_side) + ").");
  if (!(s.image_fps > 0.0) || !std::isfinite(s.image_fps))
    throw InputError("The frame rate assumed for image folders must be positive.");
}

bool isSelected(const FrameSelection& s, int index) {
  if (index < s.first) return false;
  if (s.last >= 0 && index > s.last) return false;
  return (index - s.first) % s.every == 0;
}

// Converts a BGR frame into the delivered RGB tensor: rotation, then area downscale.
torch::Tensor toDeliveredTensor(const cv::Mat& bgr, int rotation_deg, int width, int height) {
  cv::Mat upright = bgr;
  if (rotation_deg == 90)
    cv::rotate(bgr, upright, cv::ROTATE_90_CLOCKWISE);
  else if (rotation_deg == 180)
    cv::rotate(bgr, upright, cv::ROTATE_180);
  else if (rotation_deg == 270)
    cv::rotate(bgr, upright, cv::ROTATE_90_COUNTERCLOCKWISE);
  cv::Mat sized = upright;
  if (upright.cols != width || upright.rows != height)
    cv::resize(upright, sized, cv::Size(width, height), 0, 0, cv::INTER_AREA);
  torch::Tensor out = torch::empty({height, width, 3}, torch::kUInt8);
  cv::Mat dst(height, width, CV_8UC3, out.data_ptr<uint8_t>());
  cv::cvtColor(sized, dst, cv::COLOR_BGR2RGB);
  return out;
}

void fillSizes(SourceInfo& info, int raw_width, int raw_height, int max_side) {
  const bool swap = info.rotation_deg == 90 || info.rotation_deg == 270;
  info.stored_width = swap ? raw_height : raw_width;
  info.stored_height = swap ? raw_width : raw_height;
  downscaledSize(info.stored_width, info.stored_height, max_side, info.width, info.height, info.scale);
}

std::string inQuotes(const std::string& path) { return "'" + path + "'"; }

// ---- Rotation metadata ------------------------------------------------------------------------------
//
// Phones store portrait videos in landscape and put the display rotation into the track header
// ('tkhd') of the MP4/MOV file. OpenCV 4.6 reports that angle with the wrong sign
// (CAP_PROP_ORIENTATION_META gives 270 for a clockwise 90), so the matrix is read here and OpenCV's
// automatic rotation is switched off.

uint32_t readBe32(const std::string& b, size_t at) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(b[at])) << 24) |
         (static_cast<uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16) |
         (static_cast<uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8) |
         static_cast<uint32_t>(static_cast<unsigned char>(b[at + 3]));
}

struct Box {
  std::string type;
  size_t payload = 0;  // offset of the payload in the buffer
  size_t end = 0;      // offset just past the box
};

// The child boxes of buffer[begin, end).
std::vector<Box> childBoxes(const std::string& buffer, size_t begin, size_t end) {
  std::vector<Box> boxes;
  size_t at = begin;
  while (at + 8 <= end) {
    uint64_t size = readBe32(buffer, at);
    size_t header = 8;
    if (size == 1) {
      if (at + 16 > end) break;
      size = (static_cast<uint64_t>(readBe32(buffer, at + 8)) << 32) | readBe32(buffer, at + 12);
      header = 16;
    } else if (size == 0) {
      size = end - at;
    }
    if (size < header || size > end - at) break;
    boxes.push_back({buffer.substr(at + 4, 4), at + header, at + static_cast<size_t>(size)});
    at += static_cast<size_t>(size);
  }
  return boxes;
}

// The 'moov' box of an ISO media file (MP4, MOV, M4V, 3GP), read without loading the media data.
std::string readMoovBox(const std::string& path) {
  std::ifstream in(fs::path(path), std::ios::binary);
  if (!in) return {};
  in.seekg(0, std::ios::end);
  const uint64_t file_size = static_cast<uint64_t>(in.tellg());
  uint64_t at = 0;
  char header[16];
  while (at + 8 <= file_size) {
    in.seekg(static_cast<std::streamoff>(at));
    if (!in.read(header, 8)) return {};
    const std::string h(header, 8);
    uint64_t size = readBe32(h, 0);
    uint64_t header_size = 8;
    if (size == 1) {
      if (!in.read(header + 8, 8)) return {};
      const std::string h16(header, 16);
      size = (static_cast<uint64_t>(readBe32(h16, 8)) << 32) | readBe32(h16, 12);
      header_size = 16;
    } else if (size == 0) {
      size = file_size - at;
    }
    if (size < header_size || at + size > file_size) return {};
    if (h.compare(4, 4, "moov") == 0) {
      const uint64_t payload = size - header_size;
      if (payload > (uint64_t{256} << 20)) return {};
      std::string moov(static_cast<size_t>(payload), '\0');
      if (!in.read(moov.data(), static_cast<std::streamsize>(payload))) return {};
      return moov;
    }
    at += size;
  }
  return {};
}

// Clockwise display rotation (0, 90, 180, 270) of the first video track of an ISO media file; 0 when
// the file has none or is not an ISO media file.
int isoMediaRotation(const std::string& path) {
  const std::string ext = lowerExtension(path);
  if (ext != ".mp4" && ext != ".mov" && ext != ".m4v") return 0;
  const std::string moov = readMoovBox(path);
  for (const Box& trak : childBoxes(moov, 0, moov.size())) {
    if (trak.type != "trak") continue;
    const Box* tkhd = nullptr;
    bool video = false;
    const auto children = childBoxes(moov, trak.payload, trak.end);
    for (const Box& child : children) {
      if (child.type == "tkhd") tkhd = &child;
      if (child.type != "mdia") continue;
      for (const Box& m : childBoxes(moov, child.payload, child.end))
        if (m.type == "hdlr" && m.payload + 12 <= m.end && moov.compare(m.payload + 8, 4, "vide") == 0)
          video = true;
    }
    if (!video || !tkhd) continue;
    const int version = static_cast<unsigned char>(moov[tkhd->payload]);
    const size_t matrix = tkhd->payload + (version == 1 ? 52 : 40);
    if (matrix + 36 > tkhd->end) return 0;
    // x' = a x + c y + tx, y' = b x + d y + ty (16.16 fixed point): the angle of (a, b) is clockwise
    // in image coordinates (y down).
    const double a = static_cast<int32_t>(readBe32(moov, matrix)) / 65536.0;
    const double b = static_cast<int32_t>(readBe32(moov, matrix + 4)) / 65536.0;
    if (a == 0.0 && b == 0.0) return 0;
    const double degrees = std::atan2(b, a) * 180.0 / M_PI;
    return ((static_cast<int>(std::lround(degrees / 90.0)) * 90) % 360 + 360) % 360;
  }
  return 0;
}

// The rotation OpenCV reports (used only where its automatic rotation cannot be switched off).
int openCvRotation(cv::VideoCapture& capture) {
  const double meta = capture.get(cv::CAP_PROP_ORIENTATION_META);
  if (!std::isfinite(meta)) return 0;
  return ((static_cast<int>(std::lround(meta / 90.0)) * 90) % 360 + 360) % 360;
}

// ---- Videos -----------------------------------------------------------------------------------------

class VideoSource : public FrameSource {
 public:
  VideoSource(const std::string& path, const FrameSelection& selection) : selection_(selection) {
    info_.kind = SourceKind::Video;
    info_.path = path;
    bool opened = false;
    try {
      opened = capture_.open(path, cv::CAP_FFMPEG);
    } catch (const cv::Exception&) {
      opened = false;
    }
    if (!opened || !capture_.isOpened())
      throw InputError("Cannot read the video " + inQuotes(path) +
                       ": its container or codec is not supported, or the file is truncated or damaged.");
    // Rotation is applied here, not by the decoder, so that it happens exactly once whatever the
    // OpenCV version's default is.
    capture_.set(cv::CAP_PROP_ORIENTATION_AUTO, 0);
    decoder_rotates_ = capture_.get(cv::CAP_PROP_ORIENTATION_AUTO) != 0.0;
    const int rotation = isoMediaRotation(path);
    own_rotation_ = decoder_rotates_ ? 0 : rotation;
    info_.rotation_deg = decoder_rotates_ ? openCvRotation(capture_) : rotation;

    const double fps = capture_.get(cv::CAP_PROP_FPS);
    info_.fps = std::isfinite(fps) && fps > 0.0 ? fps : 0.0;
    const double count = capture_.get(cv::CAP_PROP_FRAME_COUNT);
    info_.frame_count = std::isfinite(count) && count > 0.0 ? static_cast<int>(std::lround(count)) : 0;

    // Decode the first frame now: it gives the real size and proves that the codec works.
    if (!decodeNext(pending_))
      throw InputError(
          "The video " + inQuotes(path) +
          " contains no frame that can be decoded: the file is truncated or damaged, or its codec is "
          "not supported.");
    have_pending_ = true;
    int raw_w = pending_.cols, raw_h = pending_.rows;
    if (decoder_rotates_ && (rotation == 90 || rotation == 270)) std::swap(raw_w, raw_h);
    fillSizes(info_, raw_w, raw_h, selection.max_side);
  }

  const SourceInfo& info() const override { return info_; }

  bool next(Frame& out) override {
    if (finished_) return false;
    if (selection_.max_frames > 0 && delivered_ >= selection_.max_frames) return finish();
    while (true) {
      const int index = next_index_;
      if (selection_.last >= 0 && index > selection_.last) return finish();
      const bool selected = isSelected(selection_, index);
      cv::Mat frame;
      if (have_pending_) {
        frame = pending_;
        pending_.release();
        have_pending_ = false;
      } else if (selected) {
        if (!decodeNext(frame)) return endOfStream();
      } else {
        if (!grabNext()) return endOfStream();
      }
      ++next_index_;
      if (!selected) continue;
      out.index = index;
      out.timestamp_s = last_timestamp_;
      out.rgb = toDeliveredTensor(frame, own_rotation_, info_.width, info_.height);
      if (out.rgb.size(0) != info_.height || out.rgb.size(1) != info_.width)
        throw InputError("The video " + inQuotes(info_.path) + " changes its frame size at frame " +
                         std::to_string(index) + ".");
      ++delivered_;
      return true;
    }
  }

 private:
  bool finish() {
    finished_ = true;
    return false;
  }

  bool endOfStream() {
    finished_ = true;
    const int decoded = next_index_;
    if (delivered_ == 0 && selection_.first >= decoded)
      throw InputError("The selection starts at frame " + std::to_string(selection_.first) +
                       ", but the video " + inQuotes(info_.path) + " has only " + std::to_string(decoded) +
                       " frames.");
    const int tolerance = std::max(2, info_.frame_count / 50);
    if (info_.frame_count > 0 && decoded + tolerance < info_.frame_count) {
      std::ostringstream os;
      os << "The video " << inQuotes(info_.path) << " ended after " << decoded
         << " frames although its header announces " << info_.frame_count
         << ": the file may be truncated or damaged.";
      warnings_.push_back(os.str());
    }
    return false;
  }

  // Grabs (decodes) the next frame without converting it and records its timestamp.
  bool grabNext() {
    bool ok = false;
    try {
      ok = capture_.grab();
    } catch (const cv::Exception&) {
      ok = false;
    }
    if (!ok) return false;
    updateTimestamp(next_index_);
    return true;
  }

  bool decodeNext(cv::Mat& frame) {
    if (!grabNext()) return false;
    try {
      return capture_.retrieve(frame) && !frame.empty();
    } catch (const cv::Exception&) {
      return false;
    }
  }

  // Presentation time from the container; index / fps where the container gives none (or times that
  // do not increase).
  void updateTimestamp(int index) {
    const double ms = capture_.get(cv::CAP_PROP_POS_MSEC);
    const double t = ms / 1000.0;
    const bool valid = std::isfinite(t) && t >= 0.0 && (index == 0 || t > last_timestamp_);
    if (valid) {
      last_timestamp_ = t;
    } else {
      const double fps = info_.fps > 0.0 ? info_.fps : selection_.image_fps;
      last_timestamp_ = index / fps;
    }
  }

  FrameSelection selection_;
  SourceInfo info_;
  cv::VideoCapture capture_;
  bool decoder_rotates_ = false;
  int own_rotation_ = 0;
  cv::Mat pending_;
  bool have_pending_ = false;
  int next_index_ = 0;  // source index of the next decoded frame
  int delivered_ = 0;
  double last_timestamp_ = 0.0;
  bool finished_ = false;
};

// ---- Image folders ----------------------------------------------------------------------------------

class ImageFolderSource : public FrameSource {
 public:
  ImageFolderSource(const std::string& path, const FrameSelection& selection) : selection_(selection) {
    info_.kind = SourceKind::ImageFolder;
    info_.path = path;
    info_.fps = selection.image_fps;
    int other_files = 0;
    std::error_code ec;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      std::error_code type_ec;
      if (!it->is_regular_file(type_ec)) {
        ++other_files;
        continue;
      }
      if (isImageExtension(lowerExtension(it->path())))
        info_.files.push_back(it->path().filename().string());
      else
        ++other_files;
    }
    if (ec) throw InputError("Cannot list the folder " + inQuotes(path) + ": " + ec.message() + ".");
    if (info_.files.empty()) {
      if (other_files == 0)
        throw InputError("The folder " + inQuotes(path) + " is empty: it contains no frames.");
      throw InputError("The folder " + inQuotes(path) + " contains no images (" + kImageExtensions +
                       "), only " + std::to_string(other_files) + " other entries.");
    }
    std::sort(info_.files.begin(), info_.files.end(), naturalLess);
    info_.frame_count = static_cast<int>(info_.files.size());
    if (selection.first >= info_.frame_count)
      throw InputError("The selection starts at frame " + std::to_string(selection.first) +
                       ", but the folder " + inQuotes(path) + " has only " +
                       std::to_string(info_.frame_count) + " images.");

    // The first readable image sets the frame size.
    for (size_t i = 0; i < info_.files.size(); ++i) {
      cv::Mat image = readImage(i);
      if (image.empty()) continue;
      reference_ = image.size();
      break;
    }
    if (reference_.area() == 0)
      throw InputError("None of the " + std::to_string(info_.frame_count) + " images in " + inQuotes(path) +
                       " can be read.");
    fillSizes(info_, reference_.width, reference_.height, selection.max_side);
  }

  const SourceInfo& info() const override { return info_; }

  bool next(Frame& out) override {
    if (selection_.max_frames > 0 && delivered_ >= selection_.max_frames) return false;
    while (cursor_ < info_.frame_count) {
      const int index = cursor_++;
      if (selection_.last >= 0 && index > selection_.last) {
        cursor_ = info_.frame_count;
        return false;
      }
      if (!isSelected(selection_, index)) continue;
      cv::Mat image = readImage(static_cast<size_t>(index));
      if (image.empty()) continue;
      if (image.size() != reference_) {
        std::ostringstream os;
        os << "Skipped " << inQuotes(info_.files[index]) << ": it is " << image.cols << "x" << image.rows
           << " pixels, the other frames are " << reference_.width << "x" << reference_.height << ".";
        warnings_.push_back(os.str());
        continue;
      }
      out.index = index;
      out.timestamp_s = index / info_.fps;
      out.rgb = toDeliveredTensor(image, 0, info_.width, info_.height);
      ++delivered_;
      return true;
    }
    return false;
  }

 private:
  // Reads one image (EXIF orientation applied by OpenCV); empty with a warning when unreadable.
  cv::Mat readImage(size_t i) {
    const fs::path file = fs::path(info_.path) / info_.files[i];
    cv::Mat image;
    try {
      image = cv::imread(file.string(), cv::IMREAD_COLOR);
    } catch (const cv::Exception&) {
      image.release();
    }
    if (image.empty()) {
      const std::string message = "Skipped " + inQuotes(info_.files[i]) + ": it cannot be read as an image.";
      if (std::find(warnings_.begin(), warnings_.end(), message) == warnings_.end())
        warnings_.push_back(message);
    }
    return image;
  }

  FrameSelection selection_;
  SourceInfo info_;
  cv::Size reference_;
  int cursor_ = 0;
  int delivered_ = 0;
};

void checkPath(const std::string& path) {
  if (path.empty()) throw InputError("No video file or image folder was given.");
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status))
    throw InputError("The video file or image folder " + inQuotes(path) + " does not exist.");
}

}  // namespace

std::unique_ptr<FrameSource> openFrameSource(const std::string& path, const FrameSelection& selection) {
  validateSelection(selection);
  checkPath(path);
  if (fs::is_directory(path)) return std::make_unique<ImageFolderSource>(path, selection);
  const std::string ext = lowerExtension(path);
  if (isImageExtension(ext))
    throw InputError(inQuotes(path) +
                     " is a single image: pass the folder that contains the frames instead.");
  if (!isVideoExtension(ext))
    throw InputError(inQuotes(path) + " is not a supported video (" + kVideoExtensions +
                     ") or a folder of images.");
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) throw InputError(inQuotes(path) + " is not a regular file.");
  const auto size = fs::file_size(path, ec);
  if (ec) throw InputError("Cannot read " + inQuotes(path) + ": " + ec.message() + ".");
  if (size == 0) throw InputError("The video file " + inQuotes(path) + " is empty (0 bytes).");
  return std::make_unique<VideoSource>(path, selection);
}

SourceInfo probeSource(const std::string& path, const FrameSelection& selection) {
  FrameSelection probe = selection;
  probe.first = 0;
  probe.last = -1;
  return openFrameSource(path, probe)->info();
}

std::vector<Frame> readFrames(const std::string& path, const FrameSelection& selection,
                              const ProgressCallback& progress, const CancelToken* cancel,
                              std::vector<std::string>* warnings) {
  auto source = openFrameSource(path, selection);
  const int expected = selectedFrameCount(selection, source->info().frame_count);
  std::vector<Frame> frames;
  if (expected > 0) frames.reserve(static_cast<size_t>(std::min(expected, 4096)));
  Frame frame;
  while (true) {
    if (cancel) cancel->check();
    if (!source->next(frame)) break;
    frames.push_back(std::move(frame));
    frame = Frame();
    if (progress) {
      ProgressEvent e;
      const int n = static_cast<int>(frames.size());
      e.fraction = expected > 0 ? std::min(1.0, static_cast<double>(n) / expected) : 0.0;
      e.stage = "frames";
      e.message = "read frame " + std::to_string(frames.back().index) + " (" + std::to_string(n) +
                  (expected > 0 ? " of about " + std::to_string(expected) : std::string()) + ")";
      progress(e);
    }
  }
  if (warnings) *warnings = source->warnings();
  if (frames.empty())
    throw InputError("No frame of " + inQuotes(path) + " could be read with the chosen selection.");
  if (progress) {
    ProgressEvent e;
    e.fraction = 1.0;
    e.stage = "frames";
    e.message = "read " + std::to_string(frames.size()) + " frames";
    progress(e);
  }
  return frames;
}

torch::Tensor rotateClockwise(const torch::Tensor& rgb, int degrees) {
  if (rgb.dim() != 3 || rgb.size(2) != 3 || rgb.scalar_type() != torch::kUInt8)
    throw InputError("rotateClockwise expects a uint8 [H,W,3] image.");
  const int d = ((degrees % 360) + 360) % 360;
  if (d % 90 != 0)
    throw InputError("Frames can only be rotated by multiples of 90 degrees (got " + std::to_string(degrees) +
                     ").");
  torch::Tensor src = rgb.contiguous();
  cv::Mat in(static_cast<int>(src.size(0)), static_cast<int>(src.size(1)), CV_8UC3, src.data_ptr<uint8_t>());
  if (d == 0) return src.clone();
  const int out_h = d == 180 ? in.rows : in.cols;
  const int out_w = d == 180 ? in.cols : in.rows;
  torch::Tensor out = torch::empty({out_h, out_w, 3}, torch::kUInt8);
  cv::Mat dst(out_h, out_w, CV_8UC3, out.data_ptr<uint8_t>());
  cv::rotate(in, dst,
             d == 90    ? cv::ROTATE_90_CLOCKWISE
             : d == 180 ? cv::ROTATE_180
                        : cv::ROTATE_90_COUNTERCLOCKWISE);
  return out;
}

void downscaledSize(int width, int height, int max_side, int& out_width, int& out_height, double& scale) {
  const int longest = std::max(width, height);
  if (max_side <= 0 || longest <= max_side) {
    out_width = width;
    out_height = height;
    scale = 1.0;
    return;
  }
  scale = static_cast<double>(max_side) / longest;
  out_width = std::max(1, static_cast<int>(std::lround(width * scale)));
  out_height = std::max(1, static_cast<int>(std::lround(height * scale)));
  if (width >= height)
    out_width = max_side;
  else
    out_height = max_side;
}

bool naturalLess(const std::string& a, const std::string& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const unsigned char ca = static_cast<unsigned char>(a[i]), cb = static_cast<unsigned char>(b[j]);
    if (std::isdigit(ca) && std::isdigit(cb)) {
      size_t ei = i, ej = j;
      while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei]))) ++ei;
      while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej]))) ++ej;
      // Compare by value: skip leading zeros, then longer is larger, then digit by digit.
      size_t si = i, sj = j;
      while (si + 1 < ei && a[si] == '0') ++si;
      while (sj + 1 < ej && b[sj] == '0') ++sj;
      if (ei - si != ej - sj) return ei - si < ej - sj;
      const int c = a.compare(si, ei - si, b, sj, ej - sj);
      if (c != 0) return c < 0;
      i = ei;
      j = ej;
      continue;
    }
    const int la = std::tolower(ca), lb = std::tolower(cb);
    if (la != lb) return la < lb;
    ++i;
    ++j;
  }
  if ((i < a.size()) != (j < b.size())) return i >= a.size();
  return a < b;
}

int selectedFrameCount(const FrameSelection& s, int frame_count) {
  int end = frame_count - 1;
  if (s.last >= 0) end = std::min(end, s.last);
  if (end < s.first || s.every < 1) return 0;
  int n = (end - s.first) / s.every + 1;
  if (s.max_frames > 0) n = std::min(n, s.max_frames);
  return n;
}

}  // namespace palma
