#include "app/cli/progress_bar.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

namespace palma::cli {

ProgressBar::ProgressBar() : tty_(::isatty(STDERR_FILENO) != 0) {}

ProgressBar::~ProgressBar() { finish(); }

std::string formatDuration(double seconds) {
  const long s = std::lround(std::max(0.0, seconds));
  char text[32];
  if (s >= 3600)
    std::snprintf(text, sizeof text, "%ldh%02ldm", s / 3600, (s % 3600) / 60);
  else if (s >= 60)
    std::snprintf(text, sizeof text, "%ldm%02lds", s / 60, s % 60);
  else
    std::snprintf(text, sizeof text, "%lds", s);
  return text;
}

void ProgressBar::update(double fraction, const std::string& stage, const std::string& detail, double eta_s) {
  fraction = std::clamp(fraction, 0.0, 1.0);
  const int percent = static_cast<int>(std::floor(100 * fraction));
  std::string eta = eta_s > 0 ? "  ETA " + formatDuration(eta_s) : "";
  if (tty_) {
    const auto now = std::chrono::steady_clock::now();
    if (open_ && stage == last_stage_ && fraction < 1.0 && now - last_draw_ < std::chrono::milliseconds(150))
      return;
    last_draw_ = now;
    const int width = 24;
    const int filled = static_cast<int>(std::lround(width * fraction));
    std::string bar = "[" + std::string(filled, '#') + std::string(width - filled, '.') + "]";
    std::string line = bar + " " + std::to_string(percent) + "% " + stage + " " + detail + eta;
    if (line.size() > 118) line.resize(118);
    std::cerr << "\r\033[K" << line << std::flush;
    open_ = true;
  } else {
    const int decile = percent / 10;
    if (stage == last_stage_ && decile == last_decile_) return;
    last_decile_ = decile;
    std::cerr << "[" << percent << "%] " << stage << " " << detail << eta << std::endl;
  }
  last_stage_ = stage;
}

void ProgressBar::note(const std::string& line) {
  if (tty_ && open_) std::cerr << "\r\033[K";
  std::cerr << line << std::endl;
  open_ = false;
}

void ProgressBar::finish() {
  if (tty_ && open_) std::cerr << std::endl;
  open_ = false;
}

}  // namespace palma::cli
