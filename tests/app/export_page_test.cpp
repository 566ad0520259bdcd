// The studio's Export page: exports through its controls on a worker thread (glTF re-imported with
// Assimp: joint names, skin, embedded texture, animation; OBJ with its side files), cancel, errors, and
// the controls that follow the format.
// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/torch.h>

#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <assimp/Importer.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <set>

#include "app/studio/export_page.h"
#include "core/model/model_spec.h"
#include "tests/app/studio_test_avatar.h"
#include "widgets/avatar_document.h"

using namespace palma;

namespace {

QString screenshotPath(const QString& name) {
  const QString dir = qEnvironmentVariable("PALMA_SCREENSHOT_DIR", QDir::currentPath());
  QDir().mkpath(dir);
  return QDir(dir).filePath(name);
}

void collectNames(const aiNode* node, std::set<std::string>& names) {
  names.insert(node->mName.C_Str());
  for (unsigned i = 0; i < node->mNumChildren; ++i) collectNames(node->mChildren[i], names);
}

}  // namespace

class ExportPageTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const HandModel tmpl = loadHandModel("builtin:right");
    document_.setAvatar(test::makeStudioTestAvatar(tmpl), tmpl, dir_.filePath("hand.palma-avatar"));
  }

  void noAvatarNoExport() {
    AvatarDocument empty;
    ExportPage page(&empty);
    QVERIFY(!page.exportButton()->isEnabled());
    QVERIFY(!page.startExport());
    QVERIFY(page.lastMessage().contains("Open an avatar first"));
  }

  void controlsFollowTheFormat() {
    ExportPage page(&document_);
    QCOMPARE(page.outputPath(), dir_.filePath("hand.glb"));  // beside the avatar, named after it
    page.animationCombo()->setCurrentIndex(page.animationCombo()->findData("captured"));
    page.setFormat(ExportFormat::Obj);
    QCOMPARE(page.outputPath(), dir_.filePath("hand.obj"));
    QVERIFY(page.separateButton()->isChecked());
    QVERIFY(!page.embedButton()->isEnabled());
    QVERIFY(!page.animationCombo()->isEnabled());
    QCOMPARE(page.options().animation, ExportAnimation::None);
    QVERIFY(!page.options().embed_textures);
    page.setOutputPath(dir_.filePath("x.fbx"));
    QCOMPARE(page.format(), ExportFormat::Fbx);
    QVERIFY(page.animationCombo()->isEnabled());
    page.namingCombo()->setCurrentIndex(1);
    page.sideCombo()->setCurrentIndex(page.sideCombo()->findData(int(Handedness::Left)));
    page.textureSizeCombo()->setCurrentIndex(page.textureSizeCombo()->findData(256));
    page.subdivisionSpin()->setValue(1);
    const ExportOptions o = page.options();
    QCOMPARE(o.naming, JointNaming::Mixamo);
    QVERIFY(o.side && *o.side == Handedness::Left);
    QCOMPARE(o.texture_size, 256);
    QCOMPARE(o.subdivision, 1);
    QCOMPARE(*o.format, ExportFormat::Fbx);
  }

  void exportsGlbWithSkeletonTextureAndAnimation() {
    ExportPage page(&document_);
    page.resize(760, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString path = dir_.filePath("out/hand.glb");
    QDir().mkpath(dir_.filePath("out"));
    page.setOutputPath(path);
    page.namingCombo()->setCurrentIndex(page.namingCombo()->findData(int(JointNaming::Mixamo)));
    page.animationCombo()->setCurrentIndex(page.animationCombo()->findData("captured"));
    QSignalSpy finished(&page, &ExportPage::exportFinished);
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(page.exportButton(), Qt::LeftButton);
    QCOMPARE(page.state(), ExportPage::State::Running);  // the click returned before the export ended
    QVERIFY(!page.exportButton()->isEnabled());
    QVERIFY(page.cancelButton()->isEnabled());
    QVERIFY(finished.wait(20000));
    qInfo("glb export through the page: %lld ms", timer.elapsed());
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(page.state(), ExportPage::State::Succeeded);
    QCOMPARE(page.progressBar()->value(), 100);
    QVERIFY2(page.lastMessage().startsWith("Wrote hand.glb (glb)"), qPrintable(page.lastMessage()));
    QVERIFY(page.showInFolderButton()->isVisible());
    QCOMPARE(page.folderUrl(), QUrl::fromLocalFile(dir_.filePath("out")));
    page.grab().save(screenshotPath("studio-export-done.png"));

    Assimp::Importer importer;
    const aiScene* scene = importer.ReadFile(path.toStdString(), aiProcess_ValidateDataStructure);
    QVERIFY2(scene != nullptr, importer.GetErrorString());
    std::set<std::string> names;
    collectNames(scene->mRootNode, names);
    const auto joints = exportJointNames(JointNaming::Mixamo, Handedness::Right);
    QCOMPARE(int(joints.size()), 22);
    for (const std::string& joint : joints) QVERIFY2(names.count(joint) == 1, joint.c_str());
    QCOMPARE(page.lastResult().joints, 22);
    QVERIFY(scene->mNumMeshes >= 1);
    QVERIFY(scene->mMeshes[0]->mNumBones >= 16);
    QVERIFY(scene->mNumTextures >= 1);  // embedded albedo (and normal map)
    aiString texture;
    QCOMPARE(
        scene->mMaterials[scene->mMeshes[0]->mMaterialIndex]->GetTexture(aiTextureType_DIFFUSE, 0, &texture),
        aiReturn_SUCCESS);
    QVERIFY(texture.C_Str()[0] == '*');  // an embedded image
    QCOMPARE(scene->mNumAnimations, 1u);
    QCOMPARE(page.lastResult().animation_keys, 3);
  }

  void exportsObjWithItsSideFiles() {
    ExportPage page(&document_);
    page.setFormat(ExportFormat::Obj);
    page.setOutputPath(dir_.filePath("hand_static.obj"));
    QSignalSpy finished(&page, &ExportPage::exportFinished);
    QVERIFY(page.startExport());
    QVERIFY(finished.wait(20000));
    QCOMPARE(page.state(), ExportPage::State::Succeeded);
    for (const char* name : {"hand_static.obj", "hand_static.mtl", "hand_static_albedo.png"})
      QVERIFY2(QFileInfo::exists(dir_.filePath(name)), name);
    Assimp::Importer importer;
    const aiScene* scene = importer.ReadFile(dir_.filePath("hand_static.obj").toStdString(), 0);
    QVERIFY2(scene != nullptr, importer.GetErrorString());
    unsigned vertices = 0;
    for (unsigned i = 0; i < scene->mNumMeshes; ++i) vertices += scene->mMeshes[i]->mNumVertices;
    QCOMPARE(int(vertices) > 0, true);
    QCOMPARE(page.lastResult().joints, 0);
    QVERIFY(page.lastMessage().contains("more file"));
  }

  void cancelLeavesNoFile() {
    ExportPage page(&document_);
    page.subdivisionSpin()->setValue(2);  // slower, so the cancel lands while it runs
    const QString path = dir_.filePath("cancelled.glb");
    page.setOutputPath(path);
    QSignalSpy finished(&page, &ExportPage::exportFinished);
    QVERIFY(page.startExport());
    QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(page.state(), ExportPage::State::Cancelled);
    QVERIFY(page.lastMessage().contains("cancelled"));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!page.showInFolderButton()->isVisible());
    QVERIFY(page.exportButton()->isEnabled());
    const QStringList strays = QDir(dir_.path()).entryList({"cancelled*"}, QDir::Files);
    QVERIFY2(strays.isEmpty(), qPrintable(strays.join(", ")));
  }

  void failureIsReported() {
    ExportPage page(&document_);
    // The destination is a folder: the export cannot write it.
    const QString path = dir_.filePath("taken.glb");
    QDir().mkpath(path);
    page.setOutputPath(path);
    QSignalSpy finished(&page, &ExportPage::exportFinished);
    QVERIFY(page.startExport());
    QVERIFY(finished.wait(20000));
    QCOMPARE(page.state(), ExportPage::State::Failed);
    QVERIFY2(page.lastMessage().startsWith("Export failed: "), qPrintable(page.lastMessage()));
    QVERIFY(page.folderUrl().isEmpty());
    // A folder that does not exist is refused before anything starts.
    page.setOutputPath(dir_.filePath("no/such/folder/hand.glb"));
    QVERIFY(!page.startExport());
    QVERIFY(page.lastMessage().contains("does not exist"));
  }

  void destroyingThePageCancelsTheExport() {
    auto page = std::make_unique<ExportPage>(&document_);
    page->subdivisionSpin()->setValue(2);
    page->setOutputPath(dir_.filePath("abandoned.glb"));
    QVERIFY(page->startExport());
    page.reset();  // waits for the worker
    QVERIFY(!QFileInfo::exists(dir_.filePath("abandoned.glb")));
  }

 private:
  QTemporaryDir dir_;
  AvatarDocument document_;
};

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  ExportPageTest test;
  return QTest::qExec(&test, argc, argv);
}

#include "export_page_test.moc"
