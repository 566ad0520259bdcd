// ReconstructionConfig: every knob of the staged optimisation (METHOD.md §5), with HARP's defaults.
// The JSON form (core/fit/fit_config_io.h) is versioned; a config names only what it changes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace palma::fit {

// Loss weights. Units are chosen so that a weight of 1 means "about as important as the photometric
// L1 on [0,1] colours" (see docs/reconstruction.md for each term's definition and units).
struct LossWeights {
  double silhouette = 7.0;          // L1 between the soft rendered mask and the capture mask
  double keypoint = 10.0;           // 3D joints anchored to the initialisation, ((d) / 0.1 m)^2
  double keypoint_2d = 0.0;         // reprojected keypoints vs the 2D keypoints, (d / 10 px)^2, robust
  double photometric = 0.8;         // L1 inside the eroded capture mask
  double ssim = 0.2;                // 1 - SSIM inside the eroded mask
  double displacement = 2.0;        // mean (displacement / 1 cm)^2
  double laplacian = 4.0;           // uniform Laplacian of the displacement-induced change, per cm^2
  double laplacian_quantile = 0.0;  // extra weight on vertices above the quantile (XHand, part-aware)
  double normal_consistency = 0.1;  // 1 - cos between neighbouring face normals (canonical mesh)
  double edge_length = 0.2;         // relative edge length change against the shaped template
  double albedo_smoothness = 0.5;   // L1 to a random neighbour texel (sigma 1 texel) inside the UV mask
  double normal_map = 0.1;          // squared deviation of the normal map from flat (0.5, 0.5, 1)
  double shape_prior = 0.01;        // squared shape coefficients
};

// Which parameters a stage optimises.
struct ParameterGroups {
  bool pose = false;          // per-frame finger pose and global rotation
  bool translation = false;   // per-frame translation
  bool shape = false;         // shared shape coefficients
  bool displacement = false;  // per-vertex displacement
  bool albedo = false;        // albedo map
  bool normal_map = false;    // normal map
  bool lighting = false;      // light position, ambient ratio, light colour, SH coefficients
};

struct StageConfig {
  std::string name;
  int epochs = 100;     // one epoch visits every training frame once (in batches)
  int batch_size = 18;  // frames per iteration (HARP: 18 random frames)
  ParameterGroups optimise;
  double learning_rate = 1e-3;             // Adam, geometry parameters
  double appearance_learning_rate = 1e-2;  // Adam, albedo / normal map / lighting
  bool reduce_on_plateau = true;  // halve the learning rates when the loss stalls for `patience` epochs
  int patience = 10;
  LossWeights weights;
};

struct ReconstructionConfig {
  static constexpr int kVersion = 1;

  std::string name = "harp";  // preset name shown in reports
  std::vector<StageConfig> stages;
  int texture_size = 512;            // albedo and normal map size (texels per side)
  int subdivision_levels = 1;        // of the template before fitting (HARP: 1, midpoint)
  bool loop_subdivision = false;     // Loop (XHand) instead of midpoint (HARP)
  int render_size = 0;               // fit at this square size (frames are resized); 0 = the capture's size
  bool shadows = true;               // soft shadow map on the direct light
  bool spherical_harmonics = false;  // 9 SH coefficients x RGB (XHand) instead of HARP's ambient ratio
  int mask_erosion = 2;              // 3x3 erosions of the mask for the photometric loss (HARP: 2)
  int holdout_every = 0;             // every k-th frame is held out of the fit (for evaluation); 0 = none
  uint64_t seed = 1;                 // frame sampling and any randomness
  int checkpoint_every = 100;        // iterations between checkpoints (0 = none)
  double preview_interval_s = 1.0;   // minimum seconds between preview renders in the progress callback
  double divergence_factor = 10.0;   // a loss above this multiple of the recent median counts as diverged
  int max_rollbacks = 5;             // give up (throw) after this many rollbacks in one stage

  // HARP's schedule (METHOD.md §5): geometry 100, joint 100, appearance 100 epochs, batch 18.
  static ReconstructionConfig harp();
  // Settings for `palma demo` on a 2-core CPU: small renders, fewer epochs, the same stages.
  static ReconstructionConfig demo();
  // A few iterations on tiny images, for tests and a first look.
  static ReconstructionConfig quick();
  // A preset by name: "harp", "demo", "quick". Throws palma::InputError listing the names.
  static ReconstructionConfig preset(const std::string& name);

  // Throws palma::InputError naming the first bad field (no stages, epochs < 0, batch < 1, ...).
  void validate() const;
};

}  // namespace palma::fit
