// palma-render-views: renders a hand model from the palm, back and side in several pose presets into
// one contact sheet (PNG) with VTK, offscreen. Used for docs/images and for eyeballing model changes:
//   xvfb-run -a build/bin/palma-render-views --model builtin --out docs/images/builtin-hand.png
#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkFloatArray.h>
#include <vtkImageAppend.h>
#include <vtkLight.h>
#include <vtkNew.h>
#include <vtkPNGWriter.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkPolyDataNormals.h>
#include <vtkProperty.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkWindowToImageFilter.h>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/model/model_spec.h"
#include "core/model/pose_presets.h"
#include "core/model/skinning.h"
#include "core/model/subdivision.h"

using namespace palma;

namespace {

MatrixX3f posedVertices(const HandModel& m, const PoseMatrix& pose) {
  const Rig rig = makeRig(m);
  SkinningParams p;
  p.pose = torch::from_blob(const_cast<float*>(pose.data()), {1, kNumJoints, 3}, torch::kFloat32).clone();
  const auto v = skin(rig, p).vertices[0].contiguous();
  MatrixX3f out(m.numVertices(), 3);
  std::memcpy(out.data(), v.data_ptr<float>(), sizeof(float) * out.size());
  return out;
}

vtkSmartPointer<vtkImageData> renderTile(const MatrixX3f& v, const MatrixX3i& f,
                                         const Eigen::Vector3f& eye_dir, const Eigen::Vector3f& up, int size,
                                         bool wireframe) {
  vtkNew<vtkPoints> pts;
  for (int i = 0; i < v.rows(); ++i) pts->InsertNextPoint(v(i, 0), v(i, 1), v(i, 2));
  vtkNew<vtkCellArray> tris;
  for (int i = 0; i < f.rows(); ++i) {
    const vtkIdType ids[3] = {f(i, 0), f(i, 1), f(i, 2)};
    tris->InsertNextCell(3, ids);
  }
  vtkNew<vtkPolyData> poly;
  poly->SetPoints(pts);
  poly->SetPolys(tris);
  vtkNew<vtkPolyDataNormals> normals;
  normals->SetInputData(poly);
  normals->SplittingOff();
  normals->ConsistencyOff();
  vtkNew<vtkPolyDataMapper> mapper;
  mapper->SetInputConnection(normals->GetOutputPort());
  vtkNew<vtkActor> actor;
  actor->SetMapper(mapper);
  actor->GetProperty()->SetColor(0.91, 0.75, 0.67);
  actor->GetProperty()->SetSpecular(0.15);
  actor->GetProperty()->SetSpecularPower(20);
  if (wireframe) {
    actor->GetProperty()->EdgeVisibilityOn();
    actor->GetProperty()->SetEdgeColor(0.45, 0.3, 0.25);
  }
  vtkNew<vtkRenderer> ren;
  ren->AddActor(actor);
  ren->SetBackground(0.16, 0.17, 0.2);
  vtkNew<vtkRenderWindow> win;
  win->SetOffScreenRendering(1);
  win->AddRenderer(ren);
  win->SetSize(size, size);
  Eigen::Vector3f c = 0.5f * (v.colwise().minCoeff() + v.colwise().maxCoeff()).transpose();
  vtkCamera* cam = ren->GetActiveCamera();
  cam->SetFocalPoint(c.x(), c.y(), c.z());
  const Eigen::Vector3f eye = c + 0.6f * eye_dir.normalized();
  cam->SetPosition(eye.x(), eye.y(), eye.z());
  cam->SetViewUp(up.x(), up.y(), up.z());
  cam->SetViewAngle(30);
  ren->ResetCameraClippingRange();
  win->Render();
  vtkNew<vtkWindowToImageFilter> grab;
  grab->SetInput(win);
  grab->Update();
  vtkSmartPointer<vtkImageData> img = vtkSmartPointer<vtkImageData>::New();
  img->DeepCopy(grab->GetOutput());
  return img;
}

}  // namespace

int main(int argc, char** argv) {
  std::string spec = "builtin", out = "hand-views.png";
  std::vector<std::string> poses = {"rest", "fist", "pinch", "point"};
  int size = 360, levels = 0;
  bool wireframe = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw InputError("option " + a + " needs a value");
      return argv[++i];
    };
    if (a == "--model")
      spec = value();
    else if (a == "--out")
      out = value();
    else if (a == "--size")
      size = std::stoi(value());
    else if (a == "--subdivide")
      levels = std::stoi(value());
    else if (a == "--wireframe")
      wireframe = true;
    else if (a == "--poses") {
      poses.clear();
      std::string list = value(), item;
      for (char ch : list + ",") {
        if (ch == ',') {
          if (!item.empty()) poses.push_back(item);
          item.clear();
        } else
          item += ch;
      }
    } else if (a == "--help" || a == "-h") {
      std::puts(
          "usage: palma-render-views [--model SPEC] [--poses rest,fist,...] [--size PX] [--subdivide N]\n"
          "                          [--wireframe] [--out FILE.png]\n"
          "Renders palm, back and side views of each pose into one PNG (rows = poses).");
      return 0;
    } else {
      std::fprintf(stderr, "palma-render-views: error: unknown option '%s'\n", a.c_str());
      return 2;
    }
  }
  try {
    HandModel m = loadHandModel(spec);
    if (levels > 0) m = subdivide(m, SubdivisionScheme::Loop, levels);
    const float side = m.handedness == Handedness::Right ? -1.0f : 1.0f;
    const std::vector<std::pair<Eigen::Vector3f, Eigen::Vector3f>> views = {
        {Eigen::Vector3f(0, 0, -1), Eigen::Vector3f(0, 1, 0)},     // palm
        {Eigen::Vector3f(0, 0, 1), Eigen::Vector3f(0, 1, 0)},      // back
        {Eigen::Vector3f(side, 0, 0), Eigen::Vector3f(0, 1, 0)}};  // thumb side
    vtkNew<vtkImageAppend> rows;
    rows->SetAppendAxis(1);
    for (auto it = poses.rbegin(); it != poses.rend(); ++it) {
      const MatrixX3f v = posedVertices(m, posePreset(m, *it));
      vtkNew<vtkImageAppend> row;
      row->SetAppendAxis(0);
      for (const auto& [dir, up] : views) row->AddInputData(renderTile(v, m.faces, dir, up, size, wireframe));
      row->Update();
      vtkSmartPointer<vtkImageData> r = vtkSmartPointer<vtkImageData>::New();
      r->DeepCopy(row->GetOutput());
      rows->AddInputData(r);
    }
    rows->Update();
    vtkNew<vtkPNGWriter> writer;
    writer->SetFileName(out.c_str());
    writer->SetInputData(rows->GetOutput());
    writer->Write();
    std::printf("wrote %s\n", out.c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "palma-render-views: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
