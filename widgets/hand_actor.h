// HandActor: a posed hand mesh as a smooth-shaded, skin-coloured VTK actor (per-vertex normals computed
// from the mesh), updated in place when the pose changes, with an optional skeleton overlay (bones as
// lines, joints as points).
#pragma once

#include <vtkSmartPointer.h>
#include <array>

#include "core/model/hand_model.h"

class vtkActor;
class vtkPolyData;
class vtkRenderer;

namespace palma {

class HandActor {
 public:
  HandActor();

  // Sets the topology and positions. verts: [N,3] metres, faces: [F,3] counter-clockwise outside.
  void setMesh(const MatrixX3f& vertices, const MatrixX3i& faces);
  // New positions for the same topology (a pose or shape change); recomputes the normals.
  void updateVertices(const MatrixX3f& vertices);

  // Skeleton overlay: bones from each joint to its parent (and tips to their last joint when given).
  // joints: [16,3], tips: [5,3] or empty.
  void setSkeleton(const MatrixX3f& joints, const std::array<int, kNumJoints>& parents,
                   const MatrixX3f& tips = {});
  void setSkeletonVisible(bool visible);
  bool skeletonVisible() const;

  // Adds the skin to `scene` and the skeleton to `overlay` (drawn on top, e.g.
  // VtkViewport::overlayRenderer()), or to `scene` as well when no overlay is given.
  void addTo(vtkRenderer* scene, vtkRenderer* overlay = nullptr) const;

  vtkActor* actor() const { return skin_actor_; }
  vtkActor* skeletonActor() const { return skeleton_actor_; }
  int numVertices() const;
  int numFaces() const;

 private:
  vtkSmartPointer<vtkPolyData> skin_;
  vtkSmartPointer<vtkActor> skin_actor_;
  vtkSmartPointer<vtkPolyData> skeleton_;
  vtkSmartPointer<vtkActor> skeleton_actor_;
  MatrixX3i faces_;
};

}  // namespace palma
