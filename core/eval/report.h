// The evaluation's files: evaluating an avatar against a synthetic capture folder, and the report folder
// (`palma eval`, `palma demo`, `palma bench fit`).
//
// A report folder holds:
//   metrics.json      every number of the EvaluationReport ({"format":"palma-eval-report","version":1,...})
//   report.png        a grid: one row per split (training, held-out, novel poses, novel views) of
//                     input | reconstruction | |difference| x 4 triples, labelled
//   report.html       the metrics table with the quality bars passed/failed, the grid and the avatar's
//                     albedo and normal map beside the ground truth's (self-contained apart from the PNGs)
//   albedo.png, gt_albedo.png, normal_map.png, gt_normal_map.png, observed_texels.png
#pragma once

#include <string>

#include "core/avatar/avatar.h"
#include "core/common/progress.h"
#include "core/eval/evaluate.h"

namespace palma::eval {

// Reads the capture folder (input frames, ground truth, clean frames, novel sets and the ground-truth
// avatar), loads both templates and runs evaluateAvatar. Throws palma::InputError when the folder has
// no ground truth (a real capture) or its files are malformed, and whatever evaluateAvatar throws.
EvaluationReport evaluateCaptureFolder(const std::string& capture_folder, const Avatar& avatar,
                                       const EvaluationOptions& options = {},
                                       const ProgressCallback& progress = {},
                                       const CancelToken* cancel = nullptr);

// metrics.json's text.
std::string evaluationReportJson(const EvaluationReport& report);

// The metrics as a plain-text table for the terminal: one line per split, geometry, albedo and the bars.
std::string formatEvaluationTable(const EvaluationReport& report);

// Writes the report folder described above (created when missing; each file replaced atomically).
// Throws palma::Error when the folder or a file cannot be written.
void writeEvaluationReport(const EvaluationReport& report, const std::string& folder);

}  // namespace palma::eval
