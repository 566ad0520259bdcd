// A studio that crashes on purpose, for project_window_test: opens the project given on the command
// line in a MainWindow, moves one keypoint (frame 1, joint 8, to 21.5, 31.5) with a 100 ms autosave,
// prints "autosaved" when the autosave is on disk and then waits to be killed (kill -9 by the test).
#include <torch/types.h>

#include <QApplication>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

#include "app/studio/main_window.h"
#include "app/studio/project_controller.h"
#include "core/capture/keypoint_edit.h"
#include "widgets/project_document.h"
#include "widgets/vtk_viewport.h"

int main(int argc, char** argv) {
  palma::VtkViewport::configurePlatform();
  palma::VtkViewport::setDefaultSurfaceFormat();
  QApplication app(argc, argv);
  QApplication::setOrganizationName("Palma");
  QApplication::setApplicationName("Palma Studio Crash Test");
  QStandardPaths::setTestModeEnabled(true);
  if (argc != 2) return 2;
  palma::MainWindow window;
  window.show();
  palma::ProjectDocument* project = window.project();
  if (!window.projects()->openProject(QString::fromLocal8Bit(argv[1]),
                                      palma::ProjectController::Recovery::Discard))
    return 1;
  project->setAutosaveInterval(100);
  QObject::connect(project, &palma::ProjectDocument::autosaved, [] {
    std::printf("autosaved\n");
    std::fflush(stdout);
  });
  QTimer::singleShot(0, [project] {
    project->push(std::make_unique<palma::MovePointCommand>(project->keypoints(), 1, 8, 21.5f, 31.5f, 1));
  });
  return app.exec();
}
