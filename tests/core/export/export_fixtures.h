// Inputs shared by the export tests: a textured avatar with a short captured motion on any template, a
// MANO-layout model written by the test itself (MANO cannot ship), and helpers for re-imported scenes.
#pragma once

#include <assimp/scene.h>

#include <Eigen/Core>
#include <Eigen/Geometry>
#include <map>
#include <string>

#include "core/avatar/avatar.h"
#include "core/model/hand_model.h"

namespace palma::test {

// An avatar on `tmpl` (already subdivided as levels/scheme say): shape coefficients, a small
// displacement, a colourful albedo and a bumpy normal map of `texture_size` texels, and 3 captured
// frames with frame indices 0, 2, 5.
Avatar makeExportAvatar(const HandModel& tmpl, const std::string& spec, int texture_size = 32);

// Writes an npz with MANO's field layout (778 vertices, MANO's joint order) built from a smooth
// synthetic hand and returns its path under a fresh temporary folder.
std::string writeManoLayoutNpz();

// Global transform of a node (product of its ancestors' transforms).
aiMatrix4x4 globalTransform(const aiNode* node);
// The nearest ancestor whose name is in `names` ("" when none).
std::string namedParent(const aiNode* node, const std::map<std::string, int>& names);

// An 8-bit RGB image of a [H,W,3] tensor quantised as the exporter does, and the largest per-channel
// difference between two such images (255 when the sizes differ).
std::vector<unsigned char> quantised(const torch::Tensor& image);
int maxDifference(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b);
// Decodes PNG bytes to RGB (empty on failure).
std::vector<unsigned char> decodePng(const std::string& bytes, int* width = nullptr, int* height = nullptr);

}  // namespace palma::test
