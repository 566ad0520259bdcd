#include "core/capture/keypoint_io.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/common/atomic_file.h"
#include "core/common/error.h"

namespace palma {

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

constexpr int kMaxFrames = 1000000;
constexpr int kMaxSide = 16384;

const char* const kJointNames[kHandKeypoints] = {
    "wrist",     "thumb CMC", "thumb MCP",  "thumb IP",   "thumb tip",  "index MCP",  "index PIP",
    "index DIP", "index tip", "middle MCP", "middle PIP", "middle DIP", "middle tip", "ring MCP",
    "ring PIP",  "ring DIP",  "ring tip",   "little MCP", "little PIP", "little DIP", "little tip"};

const char* const kOriginNames[] = {"none", "imported", "tracked", "user", "interpolated", "propagated"};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string formatNumber(double v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

// Error messages name the file, then the frame and the joint where there is one.
struct Reader {
  std::string file;
  int width = 0, height = 0;
  double tolerance_fraction = 0.05;

  [[noreturn]] void fail(const std::string& what) const { throw InputError("'" + file + "': " + what); }

  static std::string where(int frame, int joint = -1) {
    std::string w = "frame " + std::to_string(frame);
    if (joint >= 0) w += ", joint " + std::to_string(joint) + " (" + kJointNames[joint] + ")";
    return w;
  }

  // A coordinate or confidence: a finite JSON number. Strings such as "nan" and numbers beyond the
  // range of a double (parsed as infinity) get their own message.
  double number(const json& j, const std::string& at, const char* what) const {
    if (j.is_number()) {
      const double v = j.get<double>();
      if (std::isnan(v)) fail(at + ": " + what + " is NaN");
      if (!std::isfinite(v)) fail(at + ": " + what + " is infinite (a number too large for a double)");
      return v;
    }
    if (j.is_string()) {
      const std::string s = lower(j.get<std::string>());
      if (s.find("nan") != std::string::npos)
        fail(at + ": " + what + " is NaN (\"" + j.get<std::string>() + "\")");
      if (s.find("inf") != std::string::npos)
        fail(at + ": " + what + " is infinite (\"" + j.get<std::string>() + "\")");
      // A number too large for a double (quoted by parseJson).
      char* end = nullptr;
      const double v = std::strtod(s.c_str(), &end);
      if (!s.empty() && end == s.c_str() + s.size() && !std::isfinite(v))
        fail(at + ": " + what + " is infinite (" + j.get<std::string>() + " is too large for a double)");
      fail(at + ": " + what + " must be a number, got the text \"" + j.get<std::string>() + "\"");
    }
    fail(at + ": " + what + " must be a number, got " + (j.is_null() ? std::string("null") : j.dump()));
  }

  // Rejects points farther outside the frame than the tolerance (see KeypointImportOptions).
  void checkRange(double x, double y, int frame, int joint) const {
    const std::string at = where(frame, joint);
    if (width > 0 && height > 0) {
      const double margin = tolerance_fraction * std::max(width, height);
      if (x < -0.5 - margin || x > width - 0.5 + margin || y < -0.5 - margin || y > height - 0.5 + margin)
        fail(at + ": (" + formatNumber(x) + ", " + formatNumber(y) + ") lies outside the " +
             std::to_string(width) + " x " + std::to_string(height) +
             " frame (by more than the tolerance of " + formatNumber(margin) + " px)");
    } else if (x < -0.5 || y < -0.5) {
      fail(at + ": (" + formatNumber(x) + ", " + formatNumber(y) +
           ") has a negative coordinate (give the frame size to accept points slightly outside the frame)");
    }
  }

  void setSize(const json& doc) {
    int w = 0, h = 0;
    if (doc.is_object() && doc.contains("width")) w = sizeField(doc["width"], "\"width\"");
    if (doc.is_object() && doc.contains("height")) h = sizeField(doc["height"], "\"height\"");
    if ((w > 0) != (h > 0)) fail("gives only one of \"width\" and \"height\"");
    if (w == 0) return;
    if (width > 0 && (w != width || h != height))
      fail("is for " + std::to_string(w) + " x " + std::to_string(h) + " frames but the frames are " +
           std::to_string(width) + " x " + std::to_string(height));
    width = w;
    height = h;
  }

  int sizeField(const json& j, const char* name) const {
    if (!j.is_number_integer() || j.get<int64_t>() < 1 || j.get<int64_t>() > kMaxSide)
      fail(std::string(name) + " must be a whole number of pixels in 1.." + std::to_string(kMaxSide));
    return static_cast<int>(j.get<int64_t>());
  }

  Handedness handedness(const json& j) const {
    const std::string s = j.is_string() ? lower(j.get<std::string>()) : std::string();
    if (s == "right") return Handedness::Right;
    if (s == "left") return Handedness::Left;
    fail("\"handedness\" must be \"left\" or \"right\", got " + j.dump());
  }
};

std::string readText(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw InputError("the keypoint file '" + path + "' does not exist");
  if (!fs::is_regular_file(path, ec)) throw InputError("'" + path + "' is not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("cannot open the keypoint file '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Position of `literal` in `text` as a whole JSON number token, or npos.
size_t findNumberToken(const std::string& text, const std::string& literal) {
  auto numberChar = [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'e' || c == 'E' || c == '+' ||
           c == '-';
  };
  for (size_t pos = text.find(literal); pos != std::string::npos; pos = text.find(literal, pos + 1)) {
    const size_t end = pos + literal.size();
    if ((pos == 0 || !numberChar(text[pos - 1])) && (end >= text.size() || !numberChar(text[end])))
      return pos;
  }
  return std::string::npos;
}

json parseJson(const std::string& path) {
  std::string text = readText(path);
  if (text.find_first_not_of(" \t\r\n") == std::string::npos)
    throw InputError("the keypoint file '" + path + "' is empty");
  for (;;) {
    try {
      return json::parse(text);
    } catch (const json::parse_error& e) {
      // Line and column of the byte where parsing stopped (e.byte counts from 1).
      const size_t end = std::min(text.size(), e.byte > 0 ? static_cast<size_t>(e.byte - 1) : size_t{0});
      int line = 1, column = 1;
      for (size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
          ++line;
          column = 1;
        } else {
          ++column;
        }
      }
      std::string reason = e.what();
      const size_t colon = reason.find("error while parsing");
      if (colon != std::string::npos) reason = reason.substr(colon);
      throw InputError("'" + path + "' is not valid JSON: line " + std::to_string(line) + ", column " +
                       std::to_string(column) + ": " + reason);
    } catch (const json::out_of_range& e) {
      // The parser refuses numbers beyond the range of a double ("number overflow parsing '1e400'").
      // Quoting the literal lets the reader report it as an infinite value at its frame and joint.
      const std::string what = e.what();
      const size_t a = what.find('\''), b = what.rfind('\'');
      const std::string literal =
          a != std::string::npos && b > a ? what.substr(a + 1, b - a - 1) : std::string();
      const size_t pos = literal.empty() ? std::string::npos : findNumberToken(text, literal);
      if (pos == std::string::npos) throw InputError("'" + path + "' cannot be read: " + what);
      text.replace(pos, literal.size(), "\"" + literal + "\"");
    } catch (const json::exception& e) {
      throw InputError("'" + path + "' cannot be read: " + e.what());
    }
  }
}

void checkFrameCount(const Reader& r, int frames, int expected) {
  if (frames < 1) r.fail("lists no frames");
  if (frames > kMaxFrames)
    r.fail("lists " + std::to_string(frames) + " frames, more than " + std::to_string(kMaxFrames));
  if (expected >= 0 && frames != expected)
    r.fail("has keypoints for " + std::to_string(frames) + " frames but the video has " +
           std::to_string(expected));
}

Keypoint2D imported(double x, double y, double confidence) {
  Keypoint2D p;
  p.x = static_cast<float>(x);
  p.y = static_cast<float>(y);
  p.confidence = static_cast<float>(confidence);
  p.origin = KeypointOrigin::Imported;
  return p;
}

// ---- MediaPipe-style -------------------------------------------------------------------------------

KeypointTrack readMediaPipe(const json& doc, Reader& r, const KeypointImportOptions& options) {
  KeypointTrack track;
  const json* frames = &doc;
  bool normalized = false;
  if (doc.is_object()) {
    if (!doc.contains("frames"))
      r.fail("has no \"frames\" (MediaPipe-style keypoints are a list of frames or {\"frames\": [...]})");
    frames = &doc["frames"];
    if (doc.contains("normalized")) {
      if (!doc["normalized"].is_boolean()) r.fail("\"normalized\" must be true or false");
      normalized = doc["normalized"].get<bool>();
    }
    if (doc.contains("handedness")) {
      track.handedness = r.handedness(doc["handedness"]);
      track.handedness_known = true;
    }
    r.setSize(doc);
  }
  if (!frames->is_array()) r.fail("\"frames\" must be a list with one entry per frame");
  if (normalized && (r.width <= 0 || r.height <= 0))
    r.fail("has normalised coordinates; give the frame size (width and height) to convert them to pixels");
  checkFrameCount(r, static_cast<int>(frames->size()), options.expected_frames);
  track.frames.resize(frames->size());
  for (int f = 0; f < static_cast<int>(frames->size()); ++f) {
    const json& entry = (*frames)[static_cast<size_t>(f)];
    if (entry.is_null() || (entry.is_array() && entry.empty())) continue;  // no hand in this frame
    if (!entry.is_array()) r.fail(Reader::where(f) + ": must be a list of 21 points, or null for no hand");
    if (entry.size() != kHandKeypoints)
      r.fail(Reader::where(f) + ": has " + std::to_string(entry.size()) + " points, expected " +
             std::to_string(kHandKeypoints) + " (MediaPipe hand landmarks)");
    for (int j = 0; j < kHandKeypoints; ++j) {
      const json& p = entry[static_cast<size_t>(j)];
      const std::string at = Reader::where(f, j);
      double x = 0, y = 0;
      if (p.is_array() && (p.size() == 2 || p.size() == 3)) {
        x = r.number(p[0], at, "x");
        y = r.number(p[1], at, "y");
        if (p.size() == 3) r.number(p[2], at, "z");
      } else if (p.is_object() && p.contains("x") && p.contains("y")) {
        x = r.number(p["x"], at, "x");
        y = r.number(p["y"], at, "y");
        if (p.contains("z")) r.number(p["z"], at, "z");
      } else {
        r.fail(at + ": must be [x, y], [x, y, z] or {\"x\", \"y\"}, got " + p.dump());
      }
      if (normalized) {
        // Normalised coordinates measure the frame from its edge (0 = left edge, 1 = right edge);
        // pixel centres are at integers, so pixel = normalised * size - 0.5.
        x = x * r.width - 0.5;
        y = y * r.height - 0.5;
      }
      r.checkRange(x, y, f, j);
      track.frames[static_cast<size_t>(f)][static_cast<size_t>(j)] = imported(x, y, 1.0);
    }
  }
  return track;
}

// ---- OpenPose --------------------------------------------------------------------------------------

// One hand of one OpenPose frame file; absent when there is no person or no such hand.
FrameKeypoints readOpenPoseHand(const json& doc, const Reader& r, int f, const char* key) {
  FrameKeypoints points;
  if (!doc.is_object() || !doc.contains("people"))
    r.fail("is not an OpenPose keypoint file (it has no \"people\" list)");
  const json& people = doc["people"];
  if (!people.is_array()) r.fail("\"people\" must be a list");
  if (people.empty()) return points;
  const json& person = people[0];
  if (!person.is_object() || !person.contains(key) || person[key].is_null()) return points;
  const json& values = person[key];
  if (!values.is_array()) r.fail(Reader::where(f) + ": \"" + key + "\" must be a list of numbers");
  if (values.empty()) return points;
  if (values.size() != 3 * kHandKeypoints)
    r.fail(Reader::where(f) + ": \"" + key + "\" has " + std::to_string(values.size()) + " numbers (" +
           (values.size() % 3 == 0 ? std::to_string(values.size() / 3) + " points"
                                   : std::string("not x, y, c triples")) +
           "), expected " + std::to_string(3 * kHandKeypoints) + " (21 points x, y, c)");
  for (int j = 0; j < kHandKeypoints; ++j) {
    const std::string at = Reader::where(f, j);
    const double x = r.number(values[3 * j], at, "x");
    const double y = r.number(values[3 * j + 1], at, "y");
    const double c = r.number(values[3 * j + 2], at, "confidence");
    if (c < 0 || c > 1) r.fail(at + ": confidence " + formatNumber(c) + " is outside [0, 1]");
    if (c == 0) continue;  // not detected
    r.checkRange(x, y, f, j);
    points[static_cast<size_t>(j)] = imported(x, y, c);
  }
  return points;
}

int countPresent(const std::vector<FrameKeypoints>& frames) {
  int n = 0;
  for (const auto& frame : frames)
    for (const auto& p : frame) n += p.present() ? 1 : 0;
  return n;
}

// "a2b" < "a10b": runs of digits compare by value.
bool naturalLess(const std::string& a, const std::string& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) && std::isdigit(static_cast<unsigned char>(b[j]))) {
      size_t ie = i, je = j;
      while (ie < a.size() && std::isdigit(static_cast<unsigned char>(a[ie]))) ++ie;
      while (je < b.size() && std::isdigit(static_cast<unsigned char>(b[je]))) ++je;
      std::string da = a.substr(i, ie - i), db = b.substr(j, je - j);
      da.erase(0, std::min(da.find_first_not_of('0'), da.size()));
      db.erase(0, std::min(db.find_first_not_of('0'), db.size()));
      if (da.size() != db.size()) return da.size() < db.size();
      if (da != db) return da < db;
      i = ie;
      j = je;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i;
      ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

KeypointTrack readOpenPose(const std::vector<std::string>& files, const std::string& name, Reader r,
                           const KeypointImportOptions& options) {
  checkFrameCount(Reader{name}, static_cast<int>(files.size()), options.expected_frames);
  std::vector<FrameKeypoints> right, left;
  for (int f = 0; f < static_cast<int>(files.size()); ++f) {
    const json doc = parseJson(files[static_cast<size_t>(f)]);
    r.file = files[static_cast<size_t>(f)];
    if (!options.hand || *options.hand == Handedness::Right)
      right.push_back(readOpenPoseHand(doc, r, f, "hand_right_keypoints_2d"));
    if (!options.hand || *options.hand == Handedness::Left)
      left.push_back(readOpenPoseHand(doc, r, f, "hand_left_keypoints_2d"));
  }
  KeypointTrack track;
  if (options.hand) {
    track.handedness = *options.hand;
    track.handedness_known = true;
  } else {
    track.handedness = countPresent(left) > countPresent(right) ? Handedness::Left : Handedness::Right;
  }
  track.frames = track.handedness == Handedness::Right ? std::move(right) : std::move(left);
  return track;
}

// ---- Ours ------------------------------------------------------------------------------------------

KeypointOrigin originFromName(const json& j, const Reader& r, const std::string& at) {
  if (j.is_string()) {
    const std::string s = j.get<std::string>();
    for (size_t i = 0; i < std::size(kOriginNames); ++i)
      if (s == kOriginNames[i]) return static_cast<KeypointOrigin>(i);
  }
  r.fail(at + ": origin must be one of none, imported, tracked, user, interpolated, propagated; got " +
         j.dump());
}

KeypointTrack readPalma(const json& doc, Reader& r, const KeypointImportOptions& options) {
  if (!doc.contains("version") || !doc["version"].is_number_integer()) r.fail("has no integer \"version\"");
  if (doc["version"].get<int64_t>() != 1)
    r.fail("version " + doc["version"].dump() + " is not supported (this program reads version 1)");
  r.setSize(doc);
  KeypointTrack track;
  if (doc.contains("handedness")) {
    track.handedness = r.handedness(doc["handedness"]);
    track.handedness_known = true;
  }
  if (doc.contains("handedness_known")) {
    if (!doc["handedness_known"].is_boolean()) r.fail("\"handedness_known\" must be true or false");
    track.handedness_known = doc["handedness_known"].get<bool>();
  }
  if (!doc.contains("frames") || !doc["frames"].is_array()) r.fail("has no \"frames\" list");
  const json& frames = doc["frames"];
  checkFrameCount(r, static_cast<int>(frames.size()), options.expected_frames);
  track.frames.resize(frames.size());
  for (int f = 0; f < static_cast<int>(frames.size()); ++f) {
    const json& e = frames[static_cast<size_t>(f)];
    if (e.is_null()) continue;
    const std::string at = Reader::where(f);
    if (!e.is_object()) r.fail(at + ": must be {\"frame\", \"keypoints\"} or null");
    if (e.contains("frame") && (!e["frame"].is_number_integer() || e["frame"].get<int64_t>() != f))
      r.fail(at + " has \"frame\" " + e["frame"].dump() + " (frames must be listed in order from 0)");
    if (!e.contains("keypoints") || !e["keypoints"].is_array()) r.fail(at + ": has no \"keypoints\" list");
    const json& points = e["keypoints"];
    if (points.size() != kHandKeypoints)
      r.fail(at + ": has " + std::to_string(points.size()) + " keypoints, expected " +
             std::to_string(kHandKeypoints));
    const json* origins = nullptr;
    if (e.contains("origins")) {
      origins = &e["origins"];
      if (!origins->is_array() || origins->size() != kHandKeypoints)
        r.fail(at + ": \"origins\" must list " + std::to_string(kHandKeypoints) + " names");
    }
    for (int j = 0; j < kHandKeypoints; ++j) {
      const std::string pat = Reader::where(f, j);
      const json& p = points[static_cast<size_t>(j)];
      if (!p.is_array() || p.size() != 3) r.fail(pat + ": must be [x, y, confidence], got " + p.dump());
      Keypoint2D k;
      const double x = r.number(p[0], pat, "x"), y = r.number(p[1], pat, "y");
      const double c = r.number(p[2], pat, "confidence");
      if (c < 0 || c > 1) r.fail(pat + ": confidence " + formatNumber(c) + " is outside [0, 1]");
      k.x = static_cast<float>(x);
      k.y = static_cast<float>(y);
      k.confidence = static_cast<float>(c);
      if (k.present()) r.checkRange(x, y, f, j);
      k.origin = origins ? originFromName((*origins)[static_cast<size_t>(j)], r, pat)
                         : (k.present() ? KeypointOrigin::Imported : KeypointOrigin::None);
      track.frames[static_cast<size_t>(f)][static_cast<size_t>(j)] = k;
    }
  }
  return track;
}

KeypointFormat detectFormat(const json& doc, const Reader& r) {
  if (doc.is_object() && doc.contains("format")) {
    if (doc["format"] == "palma-keypoints") return KeypointFormat::Palma;
    r.fail("has \"format\" " + doc["format"].dump() +
           ", which is not a keypoint file (expected \"palma-keypoints\")");
  }
  if (doc.is_object() && doc.contains("people")) return KeypointFormat::OpenPose;
  if (doc.is_array() || (doc.is_object() && doc.contains("frames"))) return KeypointFormat::MediaPipe;
  r.fail(
      "is not a keypoint file this program knows: expected a MediaPipe-style list of frames, an OpenPose "
      "file with \"people\", or a \"palma-keypoints\" file");
}

}  // namespace

const char* keypointOriginName(KeypointOrigin origin) { return kOriginNames[static_cast<size_t>(origin)]; }

const char* handednessKeyword(Handedness handedness) {
  return handedness == Handedness::Right ? "right" : "left";
}

KeypointTrack loadKeypoints(const std::string& path_or_folder, const KeypointImportOptions& options) {
  if ((options.width > 0) != (options.height > 0) || options.width < 0 || options.height < 0 ||
      options.width > kMaxSide || options.height > kMaxSide)
    throw InputError("the frame size " + std::to_string(options.width) + " x " +
                     std::to_string(options.height) + " for the keypoints is invalid");
  Reader r{path_or_folder, options.width, options.height, options.outside_tolerance};
  std::error_code ec;
  if (fs::is_directory(path_or_folder, ec)) {
    if (options.format != KeypointFormat::Auto && options.format != KeypointFormat::OpenPose)
      throw InputError("'" + path_or_folder +
                       "' is a folder; only OpenPose keypoints come as a folder of files");
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(path_or_folder, ec))
      if (entry.is_regular_file() && lower(entry.path().extension().string()) == ".json")
        files.push_back(entry.path().string());
    if (ec) throw InputError("cannot list the folder '" + path_or_folder + "': " + ec.message());
    if (files.empty())
      throw InputError("the folder '" + path_or_folder +
                       "' holds no .json files (OpenPose writes one <name>_keypoints.json per frame)");
    std::sort(files.begin(), files.end(), [](const std::string& a, const std::string& b) {
      return naturalLess(fs::path(a).filename().string(), fs::path(b).filename().string());
    });
    return readOpenPose(files, path_or_folder, r, options);
  }
  const json doc = parseJson(path_or_folder);
  const KeypointFormat format =
      options.format == KeypointFormat::Auto ? detectFormat(doc, r) : options.format;
  switch (format) {
    case KeypointFormat::Palma:
      if (!doc.is_object() || doc.value("format", json()) != "palma-keypoints")
        r.fail("is not a \"palma-keypoints\" file (it has no \"format\": \"palma-keypoints\")");
      return readPalma(doc, r, options);
    case KeypointFormat::OpenPose:
      return readOpenPose({path_or_folder}, path_or_folder, r, options);
    default:
      return readMediaPipe(doc, r, options);
  }
}

void saveKeypoints(const std::string& path, const KeypointTrack& track, int width, int height) {
  json frames = json::array();
  for (int f = 0; f < track.numFrames(); ++f) {
    const FrameKeypoints& frame = track.frames[static_cast<size_t>(f)];
    const bool empty = std::all_of(frame.begin(), frame.end(), [](const Keypoint2D& p) {
      return p.x == 0.0f && p.y == 0.0f && p.confidence == 0.0f && p.origin == KeypointOrigin::None;
    });
    if (empty) {
      frames.push_back(nullptr);
      continue;
    }
    json points = json::array(), origins = json::array();
    for (const Keypoint2D& p : frame) {
      if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.confidence))
        throw Error("cannot save keypoints: frame " + std::to_string(f) + " holds a non-finite value");
      // Floats widen to doubles exactly and JSON keeps 17 significant digits: reading gives the same floats.
      points.push_back(
          {static_cast<double>(p.x), static_cast<double>(p.y), static_cast<double>(p.confidence)});
      origins.push_back(keypointOriginName(p.origin));
    }
    frames.push_back({{"frame", f}, {"keypoints", points}, {"origins", origins}});
  }
  json doc = {{"format", "palma-keypoints"},
              {"version", 1},
              {"handedness", handednessKeyword(track.handedness)},
              {"handedness_known", track.handedness_known}};
  if (width > 0 && height > 0) {
    doc["width"] = width;
    doc["height"] = height;
  }
  doc["frames"] = std::move(frames);
  writeTextFileAtomically(path, doc.dump(1) + "\n");
}

}  // namespace palma
