// palma-studio: the Qt GUI. Parses the command line (help and version work without a display), sets
// up the platform and OpenGL format VTK needs, then opens the main window, and the project or avatar
// folder given on the command line.
// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <cstdio>

#include "app/studio/main_window.h"
#include "app/studio/project_controller.h"
#include "core/capture/project.h"
#include "core/common/memory.h"
#include "core/common/threads.h"
#include "palma/config.h"
#include "widgets/vtk_viewport.h"

int main(int argc, char** argv) {
  palma::boundThreadSpinning(argv);
  palma::reuseLargeAllocations();
  QCoreApplication::setOrganizationName("Palma");
  QCoreApplication::setApplicationName("Palma Studio");
  QCoreApplication::setApplicationVersion(PALMA_VERSION_STRING);

  QStringList arguments;
  for (int i = 0; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Palma Studio: personalised, rigged, relightable hand avatars from video.");
  const QCommandLineOption help_option = parser.addHelpOption();
  const QCommandLineOption version_option = parser.addVersionOption();
  parser.addPositionalArgument(
      "FOLDER", "A project folder (NAME.palma) or an avatar folder (NAME.palma-avatar) to open.", "[FOLDER]");
  if (!parser.parse(arguments)) {
    QString error = parser.errorText();
    if (error.endsWith('.')) error.chop(1);
    std::fprintf(stderr, "palma-studio: error: %s (see 'palma-studio --help')\n", qPrintable(error));
    return 2;
  }
  if (parser.positionalArguments().size() > 1) {
    std::fprintf(
        stderr,
        "palma-studio: error: give at most one project or avatar folder (see 'palma-studio --help')\n");
    return 2;
  }
  // Handled before the QApplication exists, so that they work without a display.
  if (parser.isSet(help_option) || parser.isSet("help-all")) {
    std::printf("%s", qPrintable(parser.helpText().replace("<executable_name>", "palma-studio")));
    return 0;
  }
  if (parser.isSet(version_option)) {
    std::printf("palma-studio %s\n", PALMA_VERSION_STRING);
    return 0;
  }
  if (qEnvironmentVariableIsEmpty("DISPLAY")) {
    std::fprintf(stderr,
                 "palma-studio: error: no X display (DISPLAY is not set); start it in a desktop session, "
                 "or headless under xvfb-run\n");
    return 1;
  }

  // Both must happen before the QApplication exists (ARCHITECTURE.md, platform notes).
  palma::VtkViewport::configurePlatform();
  palma::VtkViewport::setDefaultSurfaceFormat();
  QApplication app(argc, argv);
  palma::MainWindow::installConfiguredTranslator();

  palma::MainWindow window;
  QApplication::setWindowIcon(window.windowIcon());
  window.show();
  // A folder that cannot be opened is reported (dialog and stderr); the window stays open.
  if (!parser.positionalArguments().isEmpty()) {
    const QString folder = parser.positionalArguments().first();
    if (palma::isProjectFolder(folder.toStdString()))
      window.projects()->openProject(folder);
    else
      window.openAvatar(folder);
  }
  return app.exec();
}
