// The studio's Capture page on a small synthetic video (40 frames, 160 x 120, the frame number encoded in
// a grey block) with a MediaPipe-style keypoint file beside it: source information, the filmstrip,
// trimming (spin boxes and the strip's handles), every n-th / max frames and the selected count, the
// options handed to the preparation, sidecar detection, the crop preview against cropsFromKeypoints,
// image folders, every kind of bad input, drag-and-drop, the no-camera state and the settings.
// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/torch.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/studio/capture_page.h"
#include "core/capture/crops.h"
#include "widgets/capture/webcam_recorder.h"

using namespace palma;

namespace {

constexpr int kFrames = 40;
constexpr int kWidth = 160;
constexpr int kHeight = 120;

QString screenshotPath(const QString& name) {
  const QString dir = qEnvironmentVariable("PALMA_SCREENSHOT_DIR", QDir::currentPath());
  QDir().mkpath(dir);
  return QDir(dir).filePath(name);
}

// Lets pending layout requests run first, so that the picture shows what the user sees.
bool saveScreenshot(QWidget& widget, const QString& name) {
  QTest::qWait(50);
  return widget.grab().save(screenshotPath(name));
}

// The grey level that encodes frame i in the top-left block.
int blockLevel(int i) { return 20 + 5 * i; }

// The synthetic hand's 21 keypoints on frame i (pixels): a wrist and five straight fingers, moving right
// by one pixel per frame.
FrameKeypoints handPoints(int i) {
  FrameKeypoints k{};
  const float cx = 60.0f + i;
  const float cy = 62.0f;
  k[0] = {cx, cy + 24, 1.0f, KeypointOrigin::Imported};
  for (int f = 0; f < 5; ++f)
    for (int s = 0; s < 4; ++s)
      k[1 + 4 * f + s] = {cx - 18 + 9.0f * f, cy + 10 - 8.0f * (s + 1), 1.0f, KeypointOrigin::Imported};
  return k;
}

// Frame 12 of the file has no hand.
bool hasHand(int i) { return i != 12; }

void writeVideo(const QString& path) {
  cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10.0,
                         cv::Size(kWidth, kHeight));
  QVERIFY2(writer.isOpened(), "OpenCV cannot write MJPG videos here");
  for (int i = 0; i < kFrames; ++i) {
    cv::Mat frame(kHeight, kWidth, CV_8UC3, cv::Scalar(60, 50, 40));
    cv::rectangle(frame, cv::Rect(0, 0, 24, 24), cv::Scalar::all(blockLevel(i)), cv::FILLED);
    cv::rectangle(frame, cv::Rect(40 + i, 30, 40, 60), cv::Scalar(120, 170, 230), cv::FILLED);
    writer.write(frame);
  }
}

void writeKeypoints(const QString& path) {
  QString json = "{\"normalized\": false, \"handedness\": \"right\", \"frames\": [";
  for (int i = 0; i < kFrames; ++i) {
    if (i > 0) json += ",";
    if (!hasHand(i)) {
      json += "null";
      continue;
    }
    const FrameKeypoints k = handPoints(i);
    json += "[";
    for (int j = 0; j < kHandKeypoints; ++j)
      json += QString("%1[%2, %3]").arg(j ? "," : "").arg(k[j].x).arg(k[j].y);
    json += "]";
  }
  json += "]}";
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write(json.toUtf8());
}

void writeBytes(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write(bytes);
}

// The mean grey level of the frame-number block of an image of the source (any size).
double blockMean(const QImage& image) {
  const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
  const int side = std::max(1, rgb.width() * 20 / kWidth);  // inside the 24-pixel block
  double sum = 0;
  for (int y = 2; y < side; ++y)
    for (int x = 2; x < side; ++x) sum += qGray(rgb.pixel(x, y));
  return sum / ((side - 2) * (side - 2));
}

}  // namespace

class CapturePageTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    video_ = dir_.filePath("clip.avi");
    writeVideo(video_);
    sidecar_ = dir_.filePath("clip.keypoints.json");
    writeKeypoints(sidecar_);
    // An image folder of 12 frames.
    images_ = dir_.filePath("shots");
    QDir().mkpath(images_);
    for (int i = 0; i < 12; ++i) {
      cv::Mat frame(48, 64, CV_8UC3, cv::Scalar(30, 30, 30));
      cv::rectangle(frame, cv::Rect(0, 0, 24, 24), cv::Scalar::all(blockLevel(i)), cv::FILLED);
      QVERIFY(cv::imwrite(QDir(images_).filePath(QString("img%1.png").arg(i)).toStdString(), frame));
    }
  }

  void init() { QSettings().clear(); }

  void emptyPage() {
    CapturePage page;
    QVERIFY(!page.hasSource());
    QVERIFY(!page.prepareButton()->isEnabled());
    QVERIFY(!page.firstSpin()->isEnabled());
    QCOMPARE(page.countLabel()->text(), QString("No frames selected"));
    QVERIFY(!page.setKeypointsPath(sidecar_));  // keypoints belong to a source
    QVERIFY(page.message().contains("Open a video or an image folder first"));
  }

  void videoSource() {
    CapturePage page;
    QSignalSpy changed(&page, &CapturePage::sourceChanged);
    QVERIFY(page.setSource(video_));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(page.source(), QFileInfo(video_).absoluteFilePath());
    QCOMPARE(page.sourceInfo().kind, SourceKind::Video);
    QCOMPARE(page.sourceInfo().frame_count, kFrames);
    const QString info = page.infoLabel()->text();
    QVERIFY2(info.contains("clip.avi"), qPrintable(info));
    QVERIFY2(info.contains(QString("%1 × %2").arg(kWidth).arg(kHeight)), qPrintable(info));
    QVERIFY2(info.contains("10.00 fps"), qPrintable(info));
    QVERIFY2(info.contains("40 frames"), qPrintable(info));
    QVERIFY2(info.contains("4.00 s"), qPrintable(info));
    QCOMPARE(page.countLabel()->text(), QString("40 frames selected"));
    QVERIFY(page.prepareButton()->isEnabled());
    QCOMPARE(page.lastSpin()->value(), kFrames - 1);
    QCOMPARE(page.prepareOptions().selection.last, -1);  // the whole video: open to the end

    // The filmstrip fills from the worker thread; every thumbnail shows its own frame.
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(page.thumbnailsFinished(), 20000);
    qInfo("40 thumbnails decoded in %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(page.thumbnailCount(), kFrames);
    for (int i : {0, 17, 39}) {
      const QImage thumb = page.filmStrip()->thumbnailFor(i);
      QVERIFY(!thumb.isNull());
      QVERIFY2(std::abs(blockMean(thumb) - blockLevel(i)) < 4.0,
               qPrintable(QString("frame %1: %2").arg(i).arg(blockMean(thumb))));
    }
    QCOMPARE(page.frameCount(), kFrames);

    // The sidecar was found and read.
    QVERIFY(page.keypointsAutoDetected());
    QCOMPARE(page.keypointsPath(), QFileInfo(sidecar_).absoluteFilePath());
    QCOMPARE(page.prepareOptions().keypoints_path, QFileInfo(sidecar_).absoluteFilePath().toStdString());
    QVERIFY2(page.keypointsLabel()->text().contains("40 rows, 39 with a hand"),
             qPrintable(page.keypointsLabel()->text()));
    QVERIFY(page.message().contains("clip.keypoints.json"));

    // The large preview follows the current frame (slider) with the decoded frame.
    page.frameSlider()->setValue(23);
    QCOMPARE(page.currentFrame(), 23);
    QCOMPARE(page.filmStrip()->currentFrame(), 23);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(blockMean(page.preview()->image()) - blockLevel(23)) < 4.0, 10000);
  }

  void trimEveryAndMaxFrames() {
    CapturePage page;
    QVERIFY(page.setSource(video_));
    page.firstSpin()->setValue(5);
    page.lastSpin()->setValue(30);
    page.everySpin()->setValue(2);
    QCOMPARE(page.filmStrip()->first(), 5);
    QCOMPARE(page.filmStrip()->last(), 30);
    PrepareOptions o = page.prepareOptions();
    QCOMPARE(o.selection.first, 5);
    QCOMPARE(o.selection.last, 30);
    QCOMPARE(o.selection.every, 2);
    QCOMPARE(o.selection.max_frames, 0);
    QCOMPARE(o.working_size, 448);
    QCOMPARE(o.crop.margin, 0.25);
    QVERIFY(!o.hand.has_value());
    // 5, 7, ..., 29
    QCOMPARE(selectedFrameCount(o.selection, kFrames), 13);
    QCOMPARE(page.countLabel()->text(), QString("13 frames selected"));
    // Auto (0): at most 60 frames spread over the range; 40 frames need no step, 150 need every 3rd.
    page.everySpin()->setValue(0);
    QCOMPARE(page.everySpin()->text(), QString("Auto"));
    QCOMPARE(page.effectiveEvery(), 1);
    QCOMPARE(page.prepareOptions().selection.every, 1);
    QCOMPARE(CapturePage::autoEvery(60), 1);
    QCOMPARE(CapturePage::autoEvery(61), 2);
    QCOMPARE(CapturePage::autoEvery(150), 3);
    QCOMPARE(CapturePage::autoEvery(600), 10);  // 20 s at 30 fps: 60 frames
    QVERIFY(selectedFrameCount({0, 599, CapturePage::autoEvery(600)}, 600) <= CapturePage::kAutoFrames);
    page.everySpin()->setValue(2);
    const std::vector<int> expected = {5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29};
    QCOMPARE(page.selectedFrames(), expected);

    page.maxFramesSpin()->setValue(4);
    QCOMPARE(page.prepareOptions().selection.max_frames, 4);
    QCOMPARE(page.countLabel()->text(), QString("4 frames selected"));
    QCOMPARE(page.selectedFrames(), std::vector<int>({5, 7, 9, 11}));
    page.maxFramesSpin()->setValue(0);

    // First past last pushes last along; last before first pulls first back.
    page.firstSpin()->setValue(35);
    QCOMPARE(page.lastSpin()->value(), 35);
    page.lastSpin()->setValue(3);
    QCOMPARE(page.firstSpin()->value(), 3);
    QCOMPARE(page.countLabel()->text(), QString("1 frame selected"));

    page.workingSizeSpin()->setValue(512);
    page.marginSpin()->setValue(40);
    page.handCombo()->setCurrentIndex(page.handCombo()->findData(int(Handedness::Left)));
    o = page.prepareOptions();
    QCOMPARE(o.working_size, 512);
    QCOMPARE(o.crop.margin, 0.4);
    QVERIFY(o.hand.has_value());
    QCOMPARE(*o.hand, Handedness::Left);
  }

  void filmStripHandles() {
    CapturePage page;
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.setSource(video_));
    CaptureFilmStrip* strip = page.filmStrip();
    const int y = strip->height() / 2;
    // Drag the left handle to the boundary before frame 8.
    QTest::mousePress(strip, Qt::LeftButton, Qt::NoModifier, QPoint(qRound(strip->xOf(0)), y));
    QTest::mouseMove(strip, QPoint(qRound(strip->xOf(4)), y));
    QTest::mouseMove(strip, QPoint(qRound(strip->xOf(8)), y));
    QTest::mouseRelease(strip, Qt::LeftButton, Qt::NoModifier, QPoint(qRound(strip->xOf(8)), y));
    QCOMPARE(page.firstSpin()->value(), 8);
    // Drag the right handle (after frame 39) to the boundary after frame 19.
    QTest::mousePress(strip, Qt::LeftButton, Qt::NoModifier, QPoint(qRound(strip->xOf(kFrames)), y));
    QTest::mouseMove(strip, QPoint(qRound(strip->xOf(25)), y));
    QTest::mouseMove(strip, QPoint(qRound(strip->xOf(20)), y));
    QTest::mouseRelease(strip, Qt::LeftButton, Qt::NoModifier, QPoint(qRound(strip->xOf(20)), y));
    QCOMPARE(page.lastSpin()->value(), 19);
    QCOMPARE(page.countLabel()->text(), QString("12 frames selected"));
    // A click elsewhere picks the frame under the mouse.
    QTest::mouseClick(strip, Qt::LeftButton, Qt::NoModifier, QPoint(qRound(strip->xOf(14.5)), y));
    QCOMPARE(page.currentFrame(), 14);
    QCOMPARE(page.frameSlider()->value(), 14);
    // Spin boxes move the handles.
    page.firstSpin()->setValue(10);
    QCOMPARE(strip->first(), 10);
    // Keys on the strip: step, then I/O make the current frame the range's first/last.
    strip->setFocus();
    QTest::keyClick(strip, Qt::Key_Right);
    QTest::keyClick(strip, Qt::Key_Right);
    QCOMPARE(page.currentFrame(), 16);
    QTest::keyClick(strip, Qt::Key_O);
    QCOMPARE(page.lastSpin()->value(), 16);
    QTest::keyClick(strip, Qt::Key_Left);
    QTest::keyClick(strip, Qt::Key_I);
    QCOMPARE(page.firstSpin()->value(), 15);
    QCOMPARE(page.countLabel()->text(), QString("2 frames selected"));
    // The buttons do the same at the slider's frame.
    page.frameSlider()->setValue(30);
    page.setLastButton()->click();
    QCOMPARE(page.lastSpin()->value(), 30);
    page.frameSlider()->setValue(3);
    page.setFirstButton()->click();
    QCOMPARE(page.firstSpin()->value(), 3);
    QCOMPARE(page.lastSpin()->value(), 30);
    QTest::keyClick(strip, Qt::Key_End);
    QCOMPARE(page.currentFrame(), kFrames - 1);
  }

  void cropPreview() {
    CapturePage page;
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.setSource(video_));
    page.firstSpin()->setValue(5);
    page.lastSpin()->setValue(30);
    page.everySpin()->setValue(2);
    page.setCurrentFrame(11);

    // What the preparation computes for the selected frames 5, 7, ..., 29 (row i of the file is frame i).
    KeypointTrack track;
    const std::vector<int> selected = page.selectedFrames();
    for (int f : selected) track.frames.push_back(hasHand(f) ? handPoints(f) : FrameKeypoints{});
    const std::vector<CropBox> crops = cropsFromKeypoints(track, kWidth, kHeight, CropOptions{});
    const std::optional<CropBox> crop = page.currentCrop();
    QVERIFY(crop.has_value());
    const CropBox& want = crops[3];  // frame 11
    QCOMPARE(crop->x0, want.x0);
    QCOMPARE(crop->y0, want.y0);
    QCOMPARE(crop->side, want.side);
    // A margin change changes the crop the same way.
    page.marginSpin()->setValue(50);
    CropOptions wide;
    wide.margin = 0.5;
    QCOMPARE(page.currentCrop()->side, cropsFromKeypoints(track, kWidth, kHeight, wide)[3].side);
    QVERIFY(page.currentCrop()->side > want.side);
    page.marginSpin()->setValue(25);

    // Drawn as a square on the preview, at the frame's scale.
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(blockMean(page.preview()->image()) - blockLevel(11)) < 4.0, 10000);
    const QRectF shown = page.preview()->cropRectInWidget();
    QVERIFY(!shown.isEmpty());
    QVERIFY(std::abs(shown.width() - shown.height()) < 1e-6);
    const double k = shown.width() / want.side;
    QVERIFY(k > 2.0);  // the 160-pixel frame is shown enlarged
    QVERIFY(saveScreenshot(page, "capture_page_crop_1280x800.png"));

    // A frame outside the selection has no crop of its own.
    page.setCurrentFrame(12);
    QVERIFY(!page.currentCrop().has_value());
    page.setCurrentFrame(11);

    // Without keypoints the page says where they come from.
    QVERIFY(page.setKeypointsPath({}));
    QVERIFY(!page.currentCrop().has_value());
    QVERIFY(page.prepareOptions().keypoints_path.empty());
    QVERIFY(page.findChild<QLabel*>("captureCropNote")->text().contains("Prepare page"));
    QVERIFY(page.preview()->cropRectInWidget().isEmpty());
    // ... and takes a chosen file again.
    QVERIFY(page.setKeypointsPath(sidecar_));
    QVERIFY(!page.keypointsAutoDetected());
    QVERIFY(page.currentCrop().has_value());

    // The selection reaching past the file's rows is flagged before preparing.
    const QString short_file = dir_.filePath("short.json");
    writeBytes(short_file, QString("[%1]").arg(QStringList(10, QString("null")).join(",")).toUtf8());
    QVERIFY(page.setKeypointsPath(short_file));
    QVERIFY(!page.currentCrop().has_value());
    QVERIFY(page.findChild<QLabel*>("captureCropNote")->text().contains("lists 10 frames"));
  }

  void sidecarNames() {
    const QStringList names = CapturePage::sidecarCandidates(dir_.filePath("take.mp4"));
    QCOMPARE(names, QStringList({dir_.filePath("take.keypoints.json"), dir_.filePath("take.json"),
                                 dir_.filePath("take_keypoints.json"), dir_.filePath("keypoints.json")}));
    QCOMPARE(CapturePage::sidecarCandidates(images_).size(), 3);
    QCOMPARE(CapturePage::sidecarCandidates(images_).value(0), dir_.filePath("shots.keypoints.json"));

    // <stem>_keypoints.json and <stem>.json are found too; a broken sidecar is reported and skipped.
    QTemporaryDir other;
    const QString a = other.filePath("a.avi");
    const QString b = other.filePath("b.avi");
    QVERIFY(QFile::copy(video_, a));
    QVERIFY(QFile::copy(video_, b));
    QVERIFY(QFile::copy(sidecar_, other.filePath("a_keypoints.json")));
    writeBytes(other.filePath("b.keypoints.json"), "{ not json");
    QVERIFY(QFile::copy(sidecar_, other.filePath("b.json")));
    CapturePage page;
    QVERIFY(page.setSource(a));
    QVERIFY(page.keypointsAutoDetected());
    QCOMPARE(page.keypointsPath(), other.filePath("a_keypoints.json"));
    QVERIFY(page.setSource(b));
    QVERIFY(page.keypointsAutoDetected());
    QCOMPARE(page.keypointsPath(), other.filePath("b.json"));
    // A source without a sidecar has no keypoints, even after one that had them.
    const QString c = other.filePath("c.avi");
    QVERIFY(QFile::copy(video_, c));
    QVERIFY(page.setSource(c));
    QVERIFY(page.keypointsPath().isEmpty());
    QVERIFY(!page.keypointsAutoDetected());
    QVERIFY(page.keypointsLabel()->text().contains("c.keypoints.json"));
  }

  void imageFolder() {
    CapturePage page;
    QVERIFY(page.setSource(images_));
    QCOMPARE(page.sourceInfo().kind, SourceKind::ImageFolder);
    QCOMPARE(page.frameCount(), 12);
    const QString info = page.infoLabel()->text();
    QVERIFY2(info.contains("Image folder, 64 × 48"), qPrintable(info));
    QVERIFY2(info.contains("12 images"), qPrintable(info));
    QCOMPARE(page.countLabel()->text(), QString("12 frames selected"));
    QTRY_VERIFY_WITH_TIMEOUT(page.thumbnailsFinished(), 20000);
    QCOMPARE(page.thumbnailCount(), 12);
    QVERIFY(std::abs(blockMean(page.filmStrip()->thumbnailFor(7)) - blockLevel(7)) < 2.0);
    page.setCurrentFrame(9);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(blockMean(page.preview()->image()) - blockLevel(9)) < 2.0, 10000);
    QVERIFY(page.keypointsPath().isEmpty());
  }

  void badInputs() {
    CapturePage page;
    page.resize(1080, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.setSource(video_));
    QTRY_VERIFY_WITH_TIMEOUT(page.thumbnailsFinished(), 20000);
    const QString good = page.source();
    auto rejects = [&](const QString& path, const QString& why) {
      if (page.setSource(path)) return QString("accepted %1").arg(path);
      if (page.source() != good) return QString("source changed by %1").arg(path);
      if (!page.message().contains(why, Qt::CaseInsensitive))
        return QString("message for %1: %2").arg(path, page.message());
      if (!page.message().contains("previous source")) return QString("no word of the previous source");
      return QString();
    };
    QString r;
    r = rejects(dir_.filePath("missing.mp4"), "does not exist");
    QVERIFY2(r.isEmpty(), qPrintable(r));
    writeBytes(dir_.filePath("empty.mp4"), {});
    r = rejects(dir_.filePath("empty.mp4"), "empty");
    QVERIFY2(r.isEmpty(), qPrintable(r));
    writeBytes(dir_.filePath("notes.mp4"), "These are notes, not a video.\n");
    r = rejects(dir_.filePath("notes.mp4"), "notes.mp4");
    QVERIFY2(r.isEmpty(), qPrintable(r));
    QVERIFY(saveScreenshot(page, "capture_page_bad_input.png"));
    writeBytes(dir_.filePath("notes.txt"), "text");
    r = rejects(dir_.filePath("notes.txt"), "not a supported video");
    QVERIFY2(r.isEmpty(), qPrintable(r));
    QFile full(video_);
    QVERIFY(full.open(QIODevice::ReadOnly));
    writeBytes(dir_.filePath("cut.avi"), full.read(300));
    r = rejects(dir_.filePath("cut.avi"), "cut.avi");
    QVERIFY2(r.isEmpty(), qPrintable(r));
    const QString no_images = dir_.filePath("no_images");
    QDir().mkpath(no_images);
    writeBytes(QDir(no_images).filePath("readme.txt"), "no frames here");
    r = rejects(no_images, "contains no images");
    QVERIFY2(r.isEmpty(), qPrintable(r));
    const QString empty_folder = dir_.filePath("empty_folder");
    QDir().mkpath(empty_folder);
    r = rejects(empty_folder, "empty");
    QVERIFY2(r.isEmpty(), qPrintable(r));
    QVERIFY(!page.setSource(""));
    QCOMPARE(page.source(), good);

    // Bad keypoint and mask inputs leave the previous ones in place.
    const QString keypoints = page.keypointsPath();
    writeBytes(dir_.filePath("broken.json"), "{\"frames\": [[1, 2], ");
    QVERIFY(!page.setKeypointsPath(dir_.filePath("broken.json")));
    QCOMPARE(page.keypointsPath(), keypoints);
    QVERIFY(page.message().contains("broken.json"));
    QVERIFY(!page.setKeypointsPath(dir_.filePath("nope.json")));
    QCOMPARE(page.keypointsPath(), keypoints);
    QVERIFY(!page.setMasksPath(empty_folder));
    QVERIFY(page.masksPath().isEmpty());
    QVERIFY(page.message().contains("no PNG masks"));
    QVERIFY(!page.setMasksPath(dir_.filePath("nowhere")));
    QVERIFY(page.message().contains("does not exist"));
    QVERIFY(page.setMasksPath(images_));
    QCOMPARE(page.prepareOptions().masks_path, QFileInfo(images_).absoluteFilePath().toStdString());
    // 12 masks for 40 selected frames: flagged until the selection has 12 frames.
    QLabel* masks = page.findChild<QLabel*>("captureMasks");
    QVERIFY2(masks->text().contains("12 PNG masks (the selection has 40 frames"), qPrintable(masks->text()));
    page.setRange(0, 11);
    QVERIFY2(!masks->text().contains("must match"), qPrintable(masks->text()));
  }

  void truncatedVideo() {
    // The first 60% of the file: the container still opens, the decoding ends early.
    QFile full(video_);
    QVERIFY(full.open(QIODevice::ReadOnly));
    const QByteArray bytes = full.readAll();
    const QString cut = dir_.filePath("truncated.avi");
    writeBytes(cut, bytes.left(bytes.size() * 6 / 10));
    CapturePage page;
    QVERIFY(page.setSource(cut));
    page.lastSpin()->setValue(35);
    QTRY_VERIFY_WITH_TIMEOUT(page.thumbnailsFinished(), 20000);
    QVERIFY2(page.frameCount() < kFrames && page.frameCount() > 10,
             qPrintable(QString::number(page.frameCount())));
    QCOMPARE(page.thumbnailCount(), page.frameCount());
    QVERIFY2(page.message().contains("truncated"), qPrintable(page.message()));
    QCOMPARE(page.lastSpin()->maximum(), page.frameCount() - 1);
    QCOMPARE(page.lastSpin()->value(), page.frameCount() - 1);
  }

  void dragAndDrop() {
    CapturePage page;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(video_)});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&page, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(page.source(), QFileInfo(video_).absoluteFilePath());

    // A folder of images.
    QMimeData folder;
    folder.setUrls({QUrl::fromLocalFile(images_)});
    QDragEnterEvent enter_folder(QPoint(100, 100), Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&page, &enter_folder);
    QVERIFY(enter_folder.isAccepted());
    QDropEvent drop_folder(QPointF(100, 100), Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&page, &drop_folder);
    QCOMPARE(page.source(), QFileInfo(images_).absoluteFilePath());

    // A keypoint file dropped onto an open source becomes its keypoints.
    QMimeData json;
    json.setUrls({QUrl::fromLocalFile(dir_.filePath("clip.keypoints.json"))});
    QDragEnterEvent enter_json(QPoint(100, 100), Qt::CopyAction, &json, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&page, &enter_json);
    QVERIFY(enter_json.isAccepted());
    QDropEvent drop_json(QPointF(100, 100), Qt::CopyAction, &json, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&page, &drop_json);
    QCOMPARE(page.source(), QFileInfo(images_).absoluteFilePath());
    // (The file lists 40 frames of 160 x 120 points; the 64 x 48 images are too small for them.)
    QVERIFY(page.keypointsPath().isEmpty());
    QVERIFY(page.message().contains("clip.keypoints.json"));

    // Other files are not taken.
    QMimeData text;
    writeBytes(dir_.filePath("drop.txt"), "x");
    text.setUrls({QUrl::fromLocalFile(dir_.filePath("drop.txt"))});
    QDragEnterEvent enter_text(QPoint(100, 100), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    enter_text.ignore();
    QApplication::sendEvent(&page, &enter_text);
    QVERIFY(!enter_text.isAccepted());
  }

  void noCamera() {
    if (!listCameras().isEmpty()) QSKIP("this machine has a camera");
    CapturePage page;
    QCOMPARE(page.cameraCombo()->currentText(), QString("No camera found"));
    QVERIFY(!page.cameraCombo()->isEnabled());
    QVERIFY(!page.cameraButton()->isEnabled());
    QVERIFY(!page.recordButton()->isEnabled());
    QVERIFY(page.cameraStatusLabel()->text().contains("No camera found"));
    // Still so after a refresh, and with a source open.
    page.refreshCameras();
    QVERIFY(page.setSource(video_));
    QVERIFY(!page.cameraButton()->isEnabled());
    QVERIFY(!page.recordButton()->isEnabled());
    QCOMPARE(page.recordingFolderEdit()->text(), CapturePage::defaultRecordingFolder());
  }

  void prepareSignalAndSettings() {
    {
      CapturePage page;
      QSignalSpy prepare(&page, &CapturePage::prepareRequested);
      QTest::mouseClick(page.prepareButton(), Qt::LeftButton);
      QCOMPARE(prepare.count(), 0);  // disabled without a source
      QVERIFY(page.setSource(video_));
      page.everySpin()->setValue(3);
      page.maxFramesSpin()->setValue(7);
      page.workingSizeSpin()->setValue(320);
      page.marginSpin()->setValue(30);
      QTest::mouseClick(page.prepareButton(), Qt::LeftButton);
      QCOMPARE(prepare.count(), 1);
    }
    CapturePage again;
    QCOMPARE(again.everySpin()->value(), 3);
    QCOMPARE(again.maxFramesSpin()->value(), 7);
    QCOMPARE(again.workingSizeSpin()->value(), 320);
    QCOMPARE(again.marginSpin()->value(), 30);
    QCOMPARE(QSettings().value("capture/lastFolder").toString(), QFileInfo(video_).absolutePath());
  }

  void screenshots() {
    CapturePage page;
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(saveScreenshot(page, "capture_page_empty.png"));
    QVERIFY(page.setSource(video_));
    page.firstSpin()->setValue(5);
    page.lastSpin()->setValue(30);
    page.everySpin()->setValue(2);
    page.setCurrentFrame(17);
    QTRY_VERIFY_WITH_TIMEOUT(page.thumbnailsFinished(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(blockMean(page.preview()->image()) - blockLevel(17)) < 4.0, 10000);
    QVERIFY(saveScreenshot(page, "capture_page_video_1280x800.png"));
    // The size the page gets inside the studio window at 1280 x 800 (page list and status bar beside).
    page.resize(1080, 700);
    QTest::qWait(50);
    QVERIFY(saveScreenshot(page, "capture_page_video_1080x700.png"));
  }

 private:
  QTemporaryDir dir_;
  QString video_, sidecar_, images_;
};

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("Palma");
  QApplication::setApplicationName("Palma Studio Capture Test");
  CapturePageTest test;
  return QTest::qExec(&test, argc, argv);
}

#include "capture_page_test.moc"
