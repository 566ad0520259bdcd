// A terminal progress line for long CLI jobs: on a terminal one line redrawn in place (bar, percent,
// stage, message, ETA); in a log (not a TTY) a plain line whenever the stage changes or another 10 %
// is done, so CI logs stay short.
#pragma once

#include <chrono>
#include <string>

namespace palma::cli {

class ProgressBar {
 public:
  ProgressBar();
  ~ProgressBar();
  // fraction in [0,1]; eta_s <= 0 prints no ETA.
  void update(double fraction, const std::string& stage, const std::string& detail, double eta_s = 0);
  // A line of its own (events), above the bar.
  void note(const std::string& line);
  // Ends the bar's line.
  void finish();

 private:
  bool tty_ = false;
  bool open_ = false;
  std::string last_stage_;
  int last_decile_ = -1;
  std::chrono::steady_clock::time_point last_draw_{};
};

// "1h02m", "3m05s", "12s".
std::string formatDuration(double seconds);

}  // namespace palma::cli
