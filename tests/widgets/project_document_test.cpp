// ProjectDocument: a prepared synthetic clip opened, its frames decoded in the background, keypoint and
// mask edits undone and redone, dirty state, Save, Save As, autosave and recovery, and bad folders.
#include <torch/torch.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "core/capture/prepare.h"
#include "core/eval/synthetic_capture_io.h"
#include "tests/core/eval/small_capture.h"
#include "tests/support/small_project.h"
#include "widgets/project_document.h"

using namespace palma;

class ProjectDocumentTest : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString clip_;  // the synthetic capture folder (video + keypoints)
  QString video_;
  QString source_project_;

  // A fresh copy of the prepared project (each test edits its own).
  QString freshProject(const QString& name) {
    const QString target = dir_.filePath(name);
    ProjectDocument doc;
    QString error;
    if (!doc.open(source_project_, &error)) qFatal("%s", qPrintable(error));
    if (!doc.saveAs(target, &error)) qFatal("%s", qPrintable(error));
    return target;
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    clip_ = dir_.filePath("clip");
    const test::WrittenClip clip =
        test::writeClip(eval::makeSyntheticCapture(test::smallClipSettings(5)), clip_.toStdString());
    video_ = QString::fromStdString(clip.video);
    source_project_ = dir_.filePath("clip.palma");
    const PrepareReport report =
        prepareCapture(clip.video, source_project_.toStdString(), test::clipPrepareOptions(clip));
    QCOMPARE(report.frames, 6);
  }

  void opensAndDecodesFrames() {
    ProjectDocument doc;
    QSignalSpy changed(&doc, &ProjectDocument::projectChanged);
    QVERIFY(doc.open(source_project_));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(doc.frameCount(), 6);
    QCOMPARE(doc.name(), QString("clip"));
    QVERIFY(!doc.isDirty());
    QVERIFY(doc.waitForFrames());
    for (int r = 0; r < 6; ++r) {
      QCOMPARE(doc.frameImage(r).size(), QSize(128, 96));
      QCOMPARE(doc.frameRgb(r).sizes(), (torch::IntArrayRef{96, 128, 3}));
      QVERIFY(doc.mask(r).defined());
    }
    // The decoded frames differ from row to row (the hand moves), and the image equals the tensor.
    QVERIFY(!doc.frameRgb(0).equal(doc.frameRgb(5)));
    const QImage image = doc.frameImage(3);
    const torch::Tensor rgb = doc.frameRgb(3);
    QCOMPARE(qRed(image.pixel(40, 50)), int(rgb[50][40][0].item<uint8_t>()));
    QCOMPARE(qBlue(image.pixel(100, 10)), int(rgb[10][100][2].item<uint8_t>()));
  }

  void keypointEditsUndoAndMakeDirty() {
    ProjectDocument doc;
    QVERIFY(doc.open(freshProject("edit.palma")));
    QSignalSpy dirty(&doc, &ProjectDocument::dirtyChanged);
    QSignalSpy points(&doc, &ProjectDocument::keypointsChanged);
    const Keypoint2D before = doc.keypoints().point(2, 8);
    doc.push(std::make_unique<MovePointCommand>(doc.keypoints(), 2, 8, 10.0f, 20.0f, 7));
    doc.push(std::make_unique<MovePointCommand>(doc.keypoints(), 2, 8, 30.0f, 40.0f, 7));
    QCOMPARE(doc.undoStack()->count(), 1);  // one gesture, one undo step
    QCOMPARE(doc.keypoints().point(2, 8).x, 30.0f);
    QVERIFY(doc.isDirty());
    QCOMPARE(dirty.count(), 1);
    QVERIFY(points.count() >= 2);
    QCOMPARE(points.last().at(0).toInt(), 2);
    doc.undoStack()->undo();
    QCOMPARE(doc.keypoints().point(2, 8).x, before.x);
    QCOMPARE(doc.keypoints().point(2, 8).origin, before.origin);
    QVERIFY(!doc.isDirty());
    doc.undoStack()->redo();
    QCOMPARE(doc.keypoints().point(2, 8).y, 40.0f);
    QVERIFY(doc.isDirty());
  }

  void maskEditsUndo() {
    ProjectDocument doc;
    QVERIFY(doc.open(freshProject("mask.palma")));
    QCOMPARE(doc.maskOrigin(), MaskOrigin::Computed);
    const torch::Tensor old = doc.mask(1).clone();
    torch::Tensor edited = old.clone();
    edited.slice(0, 0, 10).fill_(255);
    QSignalSpy masks(&doc, &ProjectDocument::maskChanged);
    doc.setMask(1, edited, "Paint hand");
    QCOMPARE(masks.count(), 1);
    QVERIFY(doc.mask(1).equal(edited));
    QCOMPARE(doc.maskOrigin(), MaskOrigin::Edited);
    QCOMPARE(doc.undoStack()->undoText(), QString("Paint hand"));
    doc.undoStack()->undo();
    QVERIFY(doc.mask(1).equal(old));
    QCOMPARE(doc.maskOrigin(), MaskOrigin::Computed);
    // A mask of the wrong size is refused with the size it must have.
    try {
      doc.setMask(1, torch::zeros({10, 10}, torch::kUInt8), "x");
      QFAIL("expected an error");
    } catch (const InputError& e) {
      QVERIFY(QString(e.what()).contains("128 x 96"));
    }
    QVERIFY_THROWS_EXCEPTION(InputError, doc.setMask(6, edited, "x"));
  }

  void saveWritesEditsAndReopens() {
    const QString folder = freshProject("save.palma");
    {
      ProjectDocument doc;
      QVERIFY(doc.open(folder));
      doc.push(std::make_unique<SetPointCommand>(doc.keypoints(), 4, 3, 55.0f, 44.0f));
      torch::Tensor edited = doc.mask(0).clone();
      edited.slice(1, 0, 5).fill_(255);
      doc.setMask(0, edited, "Paint hand");
      QSignalSpy saved(&doc, &ProjectDocument::saved);
      QVERIFY(doc.save());
      QCOMPARE(saved.count(), 1);
      QVERIFY(!doc.isDirty());
    }
    ProjectDocument reopened;
    QVERIFY(reopened.open(folder));
    QCOMPARE(reopened.keypoints().point(4, 3).x, 55.0f);
    QCOMPARE(reopened.keypoints().point(4, 3).origin, KeypointOrigin::User);
    QCOMPARE(reopened.maskOrigin(), MaskOrigin::Edited);
    QCOMPARE(reopened.mask(0).slice(1, 0, 5).min().item<int>(), 255);
    // The prepared capture is out of date after the edit and is prepared again on demand.
    const CaptureProject p = loadProject(folder.toStdString());
    QVERIFY(p.stamp() != p.prepared_stamp);
  }

  void saveAsCopiesAndContinuesThere() {
    const QString folder = freshProject("original.palma");
    ProjectDocument doc;
    QVERIFY(doc.open(folder));
    doc.push(std::make_unique<DeletePointCommand>(doc.keypoints(), 0, 20));
    const QString copy = dir_.filePath("copy.palma");
    QVERIFY(doc.saveAs(copy));
    QCOMPARE(doc.folder(), QDir::cleanPath(copy));
    QVERIFY(!doc.isDirty());
    QVERIFY(QFileInfo(QDir(copy).filePath("prepared/capture.json")).isFile());
    // The original was not changed; the copy has the edit.
    QVERIFY(loadProject(folder.toStdString()).keypoints.frames[0][20].present());
    QVERIFY(!loadProject(copy.toStdString()).keypoints.frames[0][20].present());
    // Refused targets: a non-empty folder, a folder inside the project, a file.
    QString error;
    QVERIFY(!doc.saveAs(folder, &error));
    QVERIFY(error.contains("not empty"));
    QVERIFY(!doc.saveAs(QDir(copy).filePath("inner"), &error));
    QVERIFY(error.contains("inside the project"));
    QFile file(dir_.filePath("a-file"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(!doc.saveAs(dir_.filePath("a-file"), &error));
    QVERIFY(error.contains("is a file"));
  }

  void autosaveAndRecovery() {
    const QString folder = freshProject("auto.palma");
    {
      ProjectDocument doc;
      QVERIFY(doc.open(folder));
      doc.setAutosaveInterval(50);
      QSignalSpy autosaved(&doc, &ProjectDocument::autosaved);
      doc.push(std::make_unique<SetPointCommand>(doc.keypoints(), 5, 0, 12.0f, 13.0f));
      QVERIFY(autosaved.wait(2000));
      QVERIFY(ProjectDocument::hasRecovery(folder));
      // The saved files are untouched by the autosave.
      QVERIFY(loadProject(folder.toStdString()).keypoints.frames[5][0].x != 12.0f);
      // The document goes away without saving (as in a crash).
    }
    ProjectDocument doc;
    QVERIFY(doc.open(folder));
    QVERIFY(ProjectDocument::hasRecovery(folder));
    QVERIFY(doc.keypoints().point(5, 0).x != 12.0f);
    QVERIFY(doc.recover());
    QCOMPARE(doc.keypoints().point(5, 0).x, 12.0f);
    QVERIFY(doc.isDirty());
    QVERIFY(doc.save());
    QVERIFY(!ProjectDocument::hasRecovery(folder));
    QCOMPARE(loadProject(folder.toStdString()).keypoints.frames[5][0].x, 12.0f);
  }

  void participantsAreSavedAndLoaded() {
    const QString folder = freshProject("extra.palma");
    ProjectDocument doc;
    QString loaded_from;
    doc.addParticipant(
        {[](const std::string& f) {
           QFile(QDir(QString::fromStdString(f)).filePath("extra.txt")).open(QIODevice::WriteOnly);
         },
         [&](const std::string& f) { loaded_from = QString::fromStdString(f); }});
    QVERIFY(doc.open(folder));
    QCOMPARE(loaded_from, QDir::cleanPath(folder));
    doc.markDirty();
    QVERIFY(doc.autosave());
    QVERIFY(QFileInfo(QDir(ProjectDocument::autosaveFolder(folder)).filePath("extra.txt")).isFile());
    QVERIFY(doc.recover());
    QCOMPARE(loaded_from, ProjectDocument::autosaveFolder(folder));
    QVERIFY(doc.save());
    QVERIFY(QFileInfo(QDir(folder).filePath("extra.txt")).isFile());
  }

  void badFoldersKeepTheOpenProject() {
    ProjectDocument doc;
    QVERIFY(doc.open(source_project_));
    QString error;
    QVERIFY(!doc.open(dir_.filePath("missing.palma"), &error));
    QVERIFY(error.contains("does not exist"));
    const QString broken = dir_.filePath("broken.palma");
    QDir().mkpath(broken);
    QFile json(QDir(broken).filePath("project.json"));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write("{\"format\":\"palma-project\",\"version\":1,");
    json.close();
    QVERIFY(!doc.open(broken, &error));
    QVERIFY(error.contains("project.json"));
    QCOMPARE(doc.folder(), QDir::cleanPath(source_project_));
    QCOMPARE(doc.frameCount(), 6);
  }

  void missingSourceIsReported() {
    const QString folder = freshProject("moved.palma");
    CaptureProject p = loadProject(folder.toStdString());
    p.source_path = dir_.filePath("gone.mp4").toStdString();
    saveProject(folder.toStdString(), p);
    ProjectDocument doc;
    QSignalSpy failed(&doc, &ProjectDocument::frameLoadFailed);
    QVERIFY(doc.open(folder));  // the edits can still be opened and saved
    QVERIFY(!doc.waitForFrames(5000));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(0).toString().contains("missing"));
  }
};

QTEST_MAIN(ProjectDocumentTest)
#include "project_document_test.moc"
