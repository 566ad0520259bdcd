#include "widgets/hand_actor.h"

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkFloatArray.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

#include "core/common/error.h"
#include "core/model/mesh_ops.h"

namespace palma {
namespace {

// A light skin tone (sRGB 226, 180, 156): reads as a hand under the viewport's default lights.
constexpr double kSkin[3] = {226 / 255.0, 180 / 255.0, 156 / 255.0};

void copyRows(const MatrixX3f& rows, vtkFloatArray* array) {
  array->SetNumberOfComponents(3);
  array->SetNumberOfTuples(rows.rows());
  std::copy(rows.data(), rows.data() + rows.size(), array->GetPointer(0));
  array->Modified();
}

}  // namespace

HandActor::HandActor()
    : skin_(vtkSmartPointer<vtkPolyData>::New()),
      skin_actor_(vtkSmartPointer<vtkActor>::New()),
      skeleton_(vtkSmartPointer<vtkPolyData>::New()),
      skeleton_actor_(vtkSmartPointer<vtkActor>::New()) {
  auto skin_mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
  skin_mapper->SetInputData(skin_);
  skin_mapper->ScalarVisibilityOff();
  skin_actor_->SetMapper(skin_mapper);
  vtkProperty* p = skin_actor_->GetProperty();
  p->SetColor(kSkin[0], kSkin[1], kSkin[2]);
  p->SetInterpolationToPhong();
  p->SetAmbient(0.12);
  p->SetDiffuse(0.85);
  p->SetSpecular(0.12);
  p->SetSpecularPower(18.0);

  auto skeleton_mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
  skeleton_mapper->SetInputData(skeleton_);
  skeleton_mapper->ScalarVisibilityOff();
  skeleton_actor_->SetMapper(skeleton_mapper);
  vtkProperty* s = skeleton_actor_->GetProperty();
  s->SetColor(0.2, 0.55, 1.0);
  s->SetLineWidth(3.0);
  s->SetPointSize(7.0);
  s->SetRenderLinesAsTubes(true);
  s->SetRenderPointsAsSpheres(true);
  s->LightingOff();
  skeleton_actor_->VisibilityOff();
}

void HandActor::setMesh(const MatrixX3f& vertices, const MatrixX3i& faces) {
  if (faces.size() > 0 && (faces.minCoeff() < 0 || faces.maxCoeff() >= vertices.rows()))
    throw Error("cannot show the hand mesh: a face index is out of range");
  faces_ = faces;
  auto polys = vtkSmartPointer<vtkCellArray>::New();
  polys->AllocateExact(faces.rows(), faces.size());
  for (Eigen::Index f = 0; f < faces.rows(); ++f) {
    const vtkIdType ids[3] = {faces(f, 0), faces(f, 1), faces(f, 2)};
    polys->InsertNextCell(3, ids);
  }
  skin_->SetPolys(polys);
  auto points = vtkSmartPointer<vtkPoints>::New();
  points->SetDataTypeToFloat();
  skin_->SetPoints(points);
  auto normals = vtkSmartPointer<vtkFloatArray>::New();
  normals->SetName("Normals");
  normals->SetNumberOfComponents(3);  // SetNormals() rejects arrays of any other width
  skin_->GetPointData()->SetNormals(normals);
  updateVertices(vertices);
}

void HandActor::updateVertices(const MatrixX3f& vertices) {
  if (faces_.size() > 0 && vertices.rows() <= faces_.maxCoeff())
    throw Error("cannot show the hand mesh: " + std::to_string(vertices.rows()) +
                " vertices do not match its triangles");
  copyRows(vertices, vtkFloatArray::SafeDownCast(skin_->GetPoints()->GetData()));
  skin_->GetPoints()->Modified();
  copyRows(vertexNormalsEigen(vertices, faces_),
           vtkFloatArray::SafeDownCast(skin_->GetPointData()->GetNormals()));
  skin_->Modified();
}

void HandActor::setSkeleton(const MatrixX3f& joints, const std::array<int, kNumJoints>& parents,
                            const MatrixX3f& tips) {
  MatrixX3f all(joints.rows() + tips.rows(), 3);
  all << joints, tips;
  auto points = vtkSmartPointer<vtkPoints>::New();
  points->SetDataTypeToFloat();
  copyRows(all, vtkFloatArray::SafeDownCast(points->GetData()));
  auto lines = vtkSmartPointer<vtkCellArray>::New();
  auto verts = vtkSmartPointer<vtkCellArray>::New();
  for (vtkIdType j = 0; j < all.rows(); ++j) verts->InsertNextCell(1, &j);
  for (int j = 0; j < kNumJoints && j < joints.rows(); ++j) {
    if (parents[j] < 0) continue;
    const vtkIdType ids[2] = {parents[j], j};
    lines->InsertNextCell(2, ids);
  }
  for (int f = 0; f < tips.rows(); ++f) {
    const vtkIdType ids[2] = {jointIndex(f, 2), kNumJoints + f};
    lines->InsertNextCell(2, ids);
  }
  skeleton_->SetPoints(points);
  skeleton_->SetLines(lines);
  skeleton_->SetVerts(verts);
  skeleton_->Modified();
}

void HandActor::setSkeletonVisible(bool visible) { skeleton_actor_->SetVisibility(visible); }
bool HandActor::skeletonVisible() const { return skeleton_actor_->GetVisibility(); }

void HandActor::addTo(vtkRenderer* scene, vtkRenderer* overlay) const {
  scene->AddActor(skin_actor_);
  (overlay ? overlay : scene)->AddActor(skeleton_actor_);
}

int HandActor::numVertices() const { return static_cast<int>(skin_->GetNumberOfPoints()); }
int HandActor::numFaces() const { return static_cast<int>(skin_->GetNumberOfPolys()); }

}  // namespace palma
