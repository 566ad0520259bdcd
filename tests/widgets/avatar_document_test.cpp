// AvatarDocument: loading an avatar folder, scrubbing its captured motion, editing the lighting, and
// the signals the views rely on.
// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/torch.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/avatar/avatar_io.h"
#include "core/model/model_spec.h"
#include "core/model/subdivision.h"
#include "widgets/avatar_document.h"

using namespace palma;

class AvatarDocumentTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void loadsScrubsAndRelights() {
    const HandModel tmpl = loadHandModel("builtin:right");
    Avatar avatar = makeDefaultAvatar(tmpl, "builtin:right", 0, SubdivisionScheme::Loop, 32);
    avatar.motion.pose = torch::zeros({3, 16, 3});
    avatar.motion.pose[2][3][0] = 0.8f;  // index finger flexed in the last frame
    avatar.motion.translation = torch::tensor({0.0f, 0.0f, 0.4f}).repeat({3, 1});
    avatar.motion.intrinsics = torch::tensor({200.0f, 200.0f, 63.5f, 63.5f}).repeat({3, 1});
    avatar.motion.frame_indices = {0, 1, 2};
    avatar.motion.width = 128;
    avatar.motion.height = 128;
    QTemporaryDir dir;
    const QString folder = dir.filePath("hand.palma-avatar");
    saveAvatar(avatar, folder.toStdString());

    AvatarDocument doc;
    QSignalSpy avatar_spy(&doc, &AvatarDocument::avatarChanged);
    QSignalSpy pose_spy(&doc, &AvatarDocument::poseChanged);
    QSignalSpy light_spy(&doc, &AvatarDocument::lightingChanged);
    QString error;
    QVERIFY(!doc.load(dir.filePath("missing"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!doc.hasAvatar() && avatar_spy.count() == 0);
    QVERIFY2(doc.load(folder, &error), qPrintable(error));
    QCOMPARE(avatar_spy.count(), 1);
    QCOMPARE(doc.capturedFrame(), 0);

    const auto rest = doc.posedMesh().vertices.clone();
    QCOMPARE(rest.dim(), 2);
    QCOMPARE(rest.size(0), static_cast<int64_t>(tmpl.numVertices()));
    doc.setCapturedFrame(2);
    QCOMPARE(doc.capturedFrame(), 2);
    QVERIFY(pose_spy.count() >= 2);
    const double moved = (doc.posedMesh().vertices - rest).abs().max().item<double>();
    QVERIFY2(moved > 0.005, qPrintable(QString::number(moved)));
    doc.setCapturedFrame(7);  // out of range: ignored
    QCOMPARE(doc.capturedFrame(), 2);
    doc.setPose(torch::zeros({16, 3}));
    QCOMPARE(doc.capturedFrame(), -1);

    AvatarLighting l = doc.lighting();
    l.ambient = 0.9f;
    doc.setLighting(l);
    QCOMPARE(doc.lighting().ambient, 0.9f);
    doc.resetLighting();
    QCOMPARE(doc.lighting().ambient, avatar.lighting.ambient);
    QVERIFY(light_spy.count() >= 3);
  }
};

QTEST_MAIN(AvatarDocumentTest)
#include "avatar_document_test.moc"
