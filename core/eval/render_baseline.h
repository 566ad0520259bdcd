// The straightforward LibTorch-op version of the Renderer's shading, kept as the baseline the render
// benchmark compares against: the same rasteriser and antialiasing, then per-pixel gathers over the
// whole B x H x W image, torch::grid_sampler for the albedo and normal maps and elementwise shading,
// all differentiated by autograd. It produces the same image as Renderer::render.
#pragma once

#include "core/render/renderer.h"

namespace palma::eval {

render::RenderOutput renderWithTorchOps(const render::RenderMesh& mesh, const render::Material& material,
                                        const render::Lighting& lighting, const render::CameraBatch& cameras,
                                        const render::RenderSettings& settings = {});

}  // namespace palma::eval
