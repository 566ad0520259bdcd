// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/torch.h>

#include "app/studio/capture_page.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <iostream>

#include "core/capture/crops.h"
#include "core/capture/keypoint_io.h"
#include "core/common/error.h"
#include "widgets/capture/webcam_recorder.h"
#include "widgets/flow_layout.h"
#include "widgets/side_panel_scroll.h"
#include "widgets/tensor_image.h"

namespace palma {
namespace {

// Thumbnails: at most this many per source (evenly spaced), each at most this many pixels on its longer
// side. The large preview decodes the current frame at most kPreviewSide pixels wide or high.
constexpr int kMaxThumbnails = 300;
constexpr int kThumbnailSide = 160;
constexpr int kPreviewSide = 1280;
// The inset is computed at the working size, but never larger than this.
constexpr int kMaxInsetSide = 512;

const char* const kLastFolderKey = "capture/lastFolder";
const char* const kEveryKey = "capture/every";
const char* const kMaxFramesKey = "capture/maxFrames";
const char* const kWorkingSizeKey = "capture/workingSize";
const char* const kMarginKey = "capture/marginPercent";
const char* const kRecordingFolderKey = "capture/recordingFolder";

const QStringList& videoExtensions() {
  static const QStringList extensions = {"mp4", "mov", "m4v", "avi", "mkv", "webm"};
  return extensions;
}

QString formatDuration(double seconds) {
  if (!(seconds >= 0)) return QStringLiteral("–");
  if (seconds < 60) return QCoreApplication::translate("palma::CapturePage", "%1 s").arg(seconds, 0, 'f', 2);
  const int total = static_cast<int>(std::lround(seconds));
  return QString("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QChar('0'));
}

int presentPoints(const FrameKeypoints& k) {
  return static_cast<int>(std::count_if(k.begin(), k.end(), [](const Keypoint2D& p) { return p.present(); }));
}

// Rows of the keypoint file that belong to the selected frames, as the preparation maps them: row i is
// source frame i, unless the file has exactly one row per selected frame.
bool rowsBySelection(int rows, const std::vector<int>& selected) {
  return !selected.empty() && rows == static_cast<int>(selected.size()) && !(rows > selected.back());
}

}  // namespace

// ---------------------------------------------------------------------------------------------------
// CaptureFilmStrip

CaptureFilmStrip::CaptureFilmStrip(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setFocusPolicy(Qt::StrongFocus);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  setToolTip(
      tr("Drag the yellow handles to trim the frame range; click a frame to show it.\n"
         "Left/Right: step, I/O: start/end the range at the current frame"));
}

QSize CaptureFilmStrip::sizeHint() const { return {640, 86}; }
QSize CaptureFilmStrip::minimumSizeHint() const { return {200, 86}; }

void CaptureFilmStrip::reset(int frame_count, double aspect) {
  frame_count_ = std::max(0, frame_count);
  aspect_ = aspect > 0 ? aspect : 4.0 / 3.0;
  thumbnails_.clear();
  selected_.clear();
  first_ = 0;
  last_ = std::max(0, frame_count_ - 1);
  current_ = 0;
  update();
}

void CaptureFilmStrip::setFrameCount(int frame_count) {
  frame_count_ = std::max(0, frame_count);
  while (!thumbnails_.isEmpty() && thumbnails_.lastKey() >= frame_count_)
    thumbnails_.remove(thumbnails_.lastKey());
  last_ = std::min(last_, std::max(0, frame_count_ - 1));
  first_ = std::min(first_, last_);
  current_ = std::min(current_, std::max(0, frame_count_ - 1));
  update();
}

void CaptureFilmStrip::setThumbnail(int frame, const QImage& image) {
  thumbnails_.insert(frame, image);
  update();
}

QImage CaptureFilmStrip::thumbnailFor(int frame) const {
  if (thumbnails_.isEmpty()) return {};
  auto it = thumbnails_.upperBound(frame);
  if (it == thumbnails_.begin()) return {};
  return (--it).value();
}

void CaptureFilmStrip::setRange(int first, int last) {
  first_ = first;
  last_ = last;
  update();
}

void CaptureFilmStrip::setSelectedFrames(const std::vector<int>& frames) {
  selected_ = frames;
  update();
}

void CaptureFilmStrip::setCurrentFrame(int frame) {
  current_ = frame;
  update();
}

QRectF CaptureFilmStrip::stripRect() const { return QRectF(8, 4, std::max(1, width() - 16), height() - 22); }

int CaptureFilmStrip::frameAt(double x) const {
  if (frame_count_ <= 0) return 0;
  const QRectF r = stripRect();
  const int f = static_cast<int>(std::floor((x - r.left()) / r.width() * frame_count_));
  return std::clamp(f, 0, frame_count_ - 1);
}

double CaptureFilmStrip::xOf(double frame) const {
  const QRectF r = stripRect();
  if (frame_count_ <= 0) return r.left();
  return r.left() + frame / frame_count_ * r.width();
}

void CaptureFilmStrip::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), QColor(24, 24, 26));
  const QRectF r = stripRect();
  if (frame_count_ <= 0) {
    p.setPen(QColor(140, 140, 140));
    p.drawText(rect(), Qt::AlignCenter, tr("The source's frames appear here"));
    return;
  }
  // Thumbnails tiled across the strip, each showing the frame under its centre.
  p.save();
  p.setClipRect(r);
  p.setRenderHint(QPainter::SmoothPixmapTransform);
  const double tile_w = std::max(8.0, r.height() * aspect_);
  for (double x = r.left(); x < r.right(); x += tile_w) {
    const QRectF tile(x, r.top(), tile_w, r.height());
    const QImage image = thumbnailFor(frameAt(std::min(x + tile_w / 2, r.right() - 1)));
    if (image.isNull()) {
      p.fillRect(tile.adjusted(1, 1, -1, -1), QColor(48, 48, 52));
    } else {
      p.drawImage(tile, image);
    }
  }
  p.restore();

  // Outside the range: greyed.
  const double x_first = xOf(first_);
  const double x_last = xOf(last_ + 1);
  const QColor grey(16, 16, 18, 185);
  p.fillRect(QRectF(r.left(), r.top(), x_first - r.left(), r.height()), grey);
  p.fillRect(QRectF(x_last, r.top(), r.right() - x_last, r.height()), grey);

  // The frames the selection uses: ticks under the strip (a bar when they are too dense to tell apart).
  const QColor tick(90, 170, 255);
  const double tick_top = r.bottom() + 4;
  if (!selected_.empty()) {
    const double spacing = selected_.size() > 1 ? (xOf(selected_.back()) - xOf(selected_.front())) /
                                                      static_cast<double>(selected_.size() - 1)
                                                : 10.0;
    if (spacing < 3.0) {
      p.fillRect(
          QRectF(xOf(selected_.front()), tick_top + 2, xOf(selected_.back() + 1) - xOf(selected_.front()), 6),
          tick);
    } else {
      p.setPen(QPen(tick, 2));
      for (int f : selected_) {
        const double x = xOf(f + 0.5);
        p.drawLine(QPointF(x, tick_top), QPointF(x, tick_top + 10));
      }
    }
  }

  // The range with its handles.
  const QColor yellow(255, 200, 40);
  p.setPen(QPen(yellow, 2));
  p.setBrush(Qt::NoBrush);
  p.drawRect(QRectF(x_first, r.top() - 1, x_last - x_first, r.height() + 2));
  p.setRenderHint(QPainter::Antialiasing);
  for (double x : {x_first, x_last}) {
    const QRectF handle(x - 4, r.top() - 3, 8, r.height() + 6);
    p.setPen(Qt::NoPen);
    p.setBrush(yellow);
    p.drawRoundedRect(handle, 2, 2);
    p.setPen(QPen(QColor(90, 60, 0), 1));
    for (int i = -1; i <= 1; ++i)
      p.drawLine(QPointF(x - 2, r.center().y() + 4 * i), QPointF(x + 2, r.center().y() + 4 * i));
  }

  // The current frame.
  const double xc = xOf(current_ + 0.5);
  p.setPen(QPen(Qt::white, 2));
  p.drawLine(QPointF(xc, r.top()), QPointF(xc, r.bottom()));
  QPainterPath triangle;
  triangle.moveTo(xc - 5, 0);
  triangle.lineTo(xc + 5, 0);
  triangle.lineTo(xc, 6);
  triangle.closeSubpath();
  p.fillPath(triangle, Qt::white);
}

void CaptureFilmStrip::mousePressEvent(QMouseEvent* event) {
  if (frame_count_ <= 0 || event->button() != Qt::LeftButton) return;
  const double x = event->position().x();
  const double d_first = std::abs(x - xOf(first_));
  const double d_last = std::abs(x - xOf(last_ + 1));
  if (std::min(d_first, d_last) <= 6) {
    // Both handles under the mouse (a one-frame range): move the one on the side the mouse is.
    drag_ = d_first < d_last || (d_first == d_last && x < xOf(first_)) ? Drag::First : Drag::Last;
  } else {
    drag_ = Drag::Current;
    const int f = frameAt(x);
    if (f != current_) {
      current_ = f;
      update();
      Q_EMIT currentFrameEdited(f);
    }
  }
}

void CaptureFilmStrip::mouseMoveEvent(QMouseEvent* event) {
  const double x = event->position().x();
  if (drag_ == Drag::None) {
    const bool near_handle =
        frame_count_ > 0 && (std::abs(x - xOf(first_)) <= 6 || std::abs(x - xOf(last_ + 1)) <= 6);
    setCursor(near_handle ? Qt::SizeHorCursor : Qt::ArrowCursor);
    return;
  }
  const QRectF r = stripRect();
  const int boundary = static_cast<int>(std::lround((x - r.left()) / r.width() * frame_count_));
  if (drag_ == Drag::First) {
    const int f = std::clamp(boundary, 0, last_);
    if (f != first_) {
      first_ = f;
      update();
      Q_EMIT rangeEdited(first_, last_);
    }
  } else if (drag_ == Drag::Last) {
    const int l = std::clamp(boundary - 1, first_, frame_count_ - 1);
    if (l != last_) {
      last_ = l;
      update();
      Q_EMIT rangeEdited(first_, last_);
    }
  } else {
    const int f = frameAt(x);
    if (f != current_) {
      current_ = f;
      update();
      Q_EMIT currentFrameEdited(f);
    }
  }
}

void CaptureFilmStrip::mouseReleaseEvent(QMouseEvent*) { drag_ = Drag::None; }

void CaptureFilmStrip::keyPressEvent(QKeyEvent* event) {
  if (frame_count_ <= 0) return QWidget::keyPressEvent(event);
  int frame = current_;
  switch (event->key()) {
    case Qt::Key_Left:
      frame = std::max(0, current_ - 1);
      break;
    case Qt::Key_Right:
      frame = std::min(frame_count_ - 1, current_ + 1);
      break;
    case Qt::Key_Home:
      frame = 0;
      break;
    case Qt::Key_End:
      frame = frame_count_ - 1;
      break;
    case Qt::Key_I:
      Q_EMIT rangeEdited(current_, std::max(current_, last_));
      return;
    case Qt::Key_O:
      Q_EMIT rangeEdited(std::min(first_, current_), current_);
      return;
    default:
      return QWidget::keyPressEvent(event);
  }
  if (frame != current_) {
    current_ = frame;
    update();
    Q_EMIT currentFrameEdited(frame);
  }
}

// ---------------------------------------------------------------------------------------------------
// CapturePreview

CapturePreview::CapturePreview(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CapturePreview::setFrame(const QImage& image, QSize frame_size) {
  image_ = image;
  frame_size_ = frame_size.isValid() ? frame_size : image.size();
  update();
}

void CapturePreview::setOverlay(const std::optional<CropBox>& crop,
                                const std::optional<FrameKeypoints>& keypoints) {
  crop_ = crop;
  keypoints_ = keypoints;
  update();
}

void CapturePreview::setInset(const QImage& inset) {
  inset_ = inset;
  update();
}

void CapturePreview::setPlaceholder(const QString& text) {
  placeholder_ = text;
  update();
}

void CapturePreview::setLive(bool live) {
  live_ = live;
  if (live) {
    crop_.reset();
    keypoints_.reset();
    inset_ = QImage();
  }
  update();
}

QRectF CapturePreview::imageRect() const {
  if (image_.isNull() || frame_size_.isEmpty()) return {};
  const QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6);
  const double aspect = double(frame_size_.width()) / frame_size_.height();
  double w = area.width();
  double h = w / aspect;
  if (h > area.height()) {
    h = area.height();
    w = h * aspect;
  }
  return QRectF(area.center().x() - w / 2, area.center().y() - h / 2, w, h);
}

QRectF CapturePreview::cropRectInWidget() const {
  const QRectF r = imageRect();
  if (!crop_ || r.isEmpty()) return {};
  // Edge coordinates (x + 0.5) scale with the frame; see core/capture/crops.h.
  const double k = r.width() / frame_size_.width();
  return QRectF(r.left() + (crop_->x0 + 0.5) * k, r.top() + (crop_->y0 + 0.5) * k, crop_->side * k,
                crop_->side * k);
}

void CapturePreview::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), QColor(18, 18, 20));
  const QRectF r = imageRect();
  if (r.isEmpty()) {
    p.setPen(QColor(150, 150, 150));
    p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
    return;
  }
  p.setRenderHint(QPainter::SmoothPixmapTransform);
  p.drawImage(r, image_);
  p.setRenderHint(QPainter::Antialiasing);
  const double k = r.width() / frame_size_.width();
  auto toWidget = [&](double x, double y) {
    return QPointF(r.left() + (x + 0.5) * k, r.top() + (y + 0.5) * k);
  };

  if (crop_) {
    const QRectF c = cropRectInWidget();
    QPainterPath outside;
    outside.addRect(r);
    QPainterPath inside;
    inside.addRect(c);
    p.save();
    p.setClipRect(r);
    p.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 110));
    p.restore();
    p.setPen(QPen(QColor(120, 230, 90), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(c);
  }
  if (keypoints_) {
    static const QColor finger_colours[5] = {QColor(255, 120, 90), QColor(255, 210, 70),
                                             QColor(120, 220, 110), QColor(90, 190, 255),
                                             QColor(200, 130, 255)};
    const FrameKeypoints& k2 = *keypoints_;
    for (int f = 0; f < 5; ++f) {
      p.setPen(QPen(finger_colours[f], 2));
      int previous = 0;
      for (int j = 1 + 4 * f; j <= 4 + 4 * f; ++j) {
        if (k2[previous].present() && k2[j].present())
          p.drawLine(toWidget(k2[previous].x, k2[previous].y), toWidget(k2[j].x, k2[j].y));
        previous = j;
      }
    }
    p.setPen(QPen(Qt::black, 1));
    p.setBrush(Qt::white);
    for (const Keypoint2D& point : k2)
      if (point.present()) p.drawEllipse(toWidget(point.x, point.y), 3, 3);
  }
  if (!inset_.isNull()) {
    const double side = std::min(200.0, std::max(80.0, height() * 0.3));
    const QRectF box(width() - side - 14, height() - side - 30, side, side);
    p.fillRect(box.adjusted(-3, -3, 3, 25), QColor(0, 0, 0, 200));
    p.drawImage(box, inset_);
    p.setPen(QPen(QColor(120, 230, 90), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    const int working =
        inset_.text("working_size").toInt() > 0 ? inset_.text("working_size").toInt() : inset_.width();
    p.setPen(QColor(230, 230, 230));
    p.drawText(QRectF(box.left(), box.bottom() + 2, box.width(), 20), Qt::AlignCenter,
               tr("%1 × %1 px").arg(working));
  }
  if (live_) {
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(220, 40, 40));
    p.drawEllipse(QPointF(r.left() + 18, r.top() + 18), 6, 6);
    p.setPen(Qt::white);
    p.drawText(QPointF(r.left() + 30, r.top() + 23), tr("LIVE"));
  }
}

// ---------------------------------------------------------------------------------------------------
// CapturePage

CapturePage::CapturePage(QWidget* parent) : QWidget(parent) {
  setAcceptDrops(true);
  QSettings settings;

  auto* root = new QVBoxLayout(this);
  auto* header = new QHBoxLayout();
  auto* title = new QLabel(tr("<h2>Capture</h2>"), this);
  header->addWidget(title);
  auto* hint = new QLabel(
      tr("Open a video or an image folder, drop one onto this page, or record with the webcam."), this);
  hint->setObjectName("captureHint");
  hint->setStyleSheet("color: #8a8a8a;");
  hint->setWordWrap(true);  // wraps rather than widening the window (longer in some languages)
  header->addSpacing(12);
  header->addWidget(hint, 1);
  open_video_ = new QPushButton(tr("Open Video…"), this);
  open_video_->setObjectName("captureOpenVideo");
  open_folder_ = new QPushButton(tr("Open Image Folder…"), this);
  open_folder_->setObjectName("captureOpenFolder");
  header->addWidget(open_video_);
  header->addWidget(open_folder_);
  root->addLayout(header);

  message_ = new QLabel(this);
  message_->setObjectName("captureMessage");
  message_->setWordWrap(true);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  message_->setVisible(false);
  root->addWidget(message_);

  auto* body = new QHBoxLayout();
  root->addLayout(body, 1);

  // Left: preview, frame slider, filmstrip and the selection.
  auto* left = new QVBoxLayout();
  body->addLayout(left, 1);
  preview_ = new CapturePreview(this);
  preview_->setObjectName("capturePreview");
  preview_->setPlaceholder(
      tr("No source yet.\n\nOpen a video (mp4, mov, m4v, avi, mkv, webm) or a folder of images, "
         "or drop one here."));
  left->addWidget(preview_, 1);

  auto* slider_row = new QHBoxLayout();
  frame_slider_ = new QSlider(Qt::Horizontal, this);
  frame_slider_->setObjectName("captureFrameSlider");
  frame_slider_->setRange(0, 0);
  frame_label_ = new QLabel(this);
  frame_label_->setMinimumWidth(170);
  frame_label_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  set_first_ = new QPushButton(tr("Set First"), this);
  set_first_->setObjectName("captureSetFirst");
  set_first_->setToolTip(tr("Start the range at the current frame (I on the filmstrip)"));
  set_last_ = new QPushButton(tr("Set Last"), this);
  set_last_->setObjectName("captureSetLast");
  set_last_->setToolTip(tr("End the range at the current frame (O on the filmstrip)"));
  slider_row->addWidget(frame_slider_, 1);
  slider_row->addWidget(frame_label_);
  slider_row->addWidget(set_first_);
  slider_row->addWidget(set_last_);
  left->addLayout(slider_row);

  strip_ = new CaptureFilmStrip(this);
  strip_->setObjectName("captureFilmStrip");
  left->addWidget(strip_);

  // The selection: label and spin box pairs that wrap onto a second row when the window is narrow.
  auto* selection_row = new FlowLayout(nullptr, 12, 4);
  auto addSpin = [&](const QString& label, QSpinBox*& spin, const char* name, const QString& tip) {
    QHBoxLayout* pair_layout = selection_row->addGroup(this, 6);
    auto* l = new QLabel(label, this);
    spin = new QSpinBox(this);
    spin->setObjectName(name);
    spin->setToolTip(tip);
    l->setBuddy(spin);
    pair_layout->addWidget(l);
    pair_layout->addWidget(spin);
  };
  addSpin(tr("&First:"), first_spin_, "captureFirst",
          tr("The first frame used (source frame number, from 0)"));
  addSpin(tr("&Last:"), last_spin_, "captureLast", tr("The last frame used (inclusive)"));
  addSpin(tr("&Every:"), every_spin_, "captureEvery",
          tr("Use every n-th frame of the range, counted from the first"));
  addSpin(tr("&Max frames:"), max_frames_spin_, "captureMaxFrames",
          tr("Stop after this many frames (0: no limit)"));
  every_spin_->setRange(0, 1000);
  every_spin_->setSpecialValueText(tr("Auto"));
  every_spin_->setToolTip(tr("Use every n-th frame. Auto spreads at most %1 frames over the range (a few "
                             "dozen frames cover a hand turning; more only make the fit slower).")
                              .arg(kAutoFrames));
  every_spin_->setValue(std::clamp(settings.value(kEveryKey, 0).toInt(), 0, 1000));
  max_frames_spin_->setRange(0, 100000);
  max_frames_spin_->setSpecialValueText(tr("No limit"));
  max_frames_spin_->setValue(std::clamp(settings.value(kMaxFramesKey, 0).toInt(), 0, 100000));
  first_spin_->setRange(0, 0);
  last_spin_->setRange(0, 0);
  count_label_ = new QLabel(this);
  count_label_->setObjectName("captureCount");
  count_label_->setStyleSheet("font-weight: bold;");
  selection_row->addWidget(count_label_);
  left->addLayout(selection_row);
  strip_status_ = new QLabel(this);
  strip_status_->setObjectName("captureStripStatus");
  strip_status_->setWordWrap(true);
  strip_status_->setStyleSheet("color: #8a8a8a;");
  left->addWidget(strip_status_);

  // Right: source information, webcam, keypoints and masks, crop, Prepare.
  auto* panel = new QWidget();
  auto* column = new QVBoxLayout(panel);
  column->setContentsMargins(0, 0, 6, 0);

  auto* source_box = new QGroupBox(tr("Source"), panel);
  auto* source_layout = new QVBoxLayout(source_box);
  info_label_ = new QLabel(tr("No source."), source_box);
  info_label_->setObjectName("captureInfo");
  info_label_->setWordWrap(true);
  info_label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  source_layout->addWidget(info_label_);
  column->addWidget(source_box);

  auto* webcam_box = new QGroupBox(tr("Webcam"), panel);
  auto* webcam_layout = new QVBoxLayout(webcam_box);
  auto* camera_row = new QHBoxLayout();
  camera_combo_ = new QComboBox(webcam_box);
  camera_combo_->setObjectName("captureCamera");
  camera_combo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  camera_combo_->setMinimumContentsLength(12);
  refresh_cameras_ = new QPushButton(tr("Refresh"), webcam_box);
  refresh_cameras_->setToolTip(tr("Look for cameras again"));
  camera_row->addWidget(camera_combo_, 1);
  camera_row->addWidget(refresh_cameras_);
  webcam_layout->addLayout(camera_row);
  auto* camera_buttons = new QHBoxLayout();
  camera_button_ = new QPushButton(tr("Start Camera"), webcam_box);
  camera_button_->setObjectName("captureCameraButton");
  record_button_ = new QPushButton(tr("Record"), webcam_box);
  record_button_->setObjectName("captureRecord");
  camera_buttons->addWidget(camera_button_);
  camera_buttons->addWidget(record_button_);
  webcam_layout->addLayout(camera_buttons);
  auto* folder_row = new QHBoxLayout();
  folder_row->addWidget(new QLabel(tr("Save to:"), webcam_box));
  recording_folder_ = new QLineEdit(webcam_box);
  recording_folder_->setObjectName("captureRecordingFolder");
  recording_folder_->setText(settings.value(kRecordingFolderKey, defaultRecordingFolder()).toString());
  recording_folder_->setToolTip(tr("The folder recordings are written to"));
  recording_folder_button_ = new QPushButton(tr("…"), webcam_box);
  recording_folder_button_->setToolTip(tr("Choose the folder for recordings"));
  recording_folder_button_->setMaximumWidth(32);
  folder_row->addWidget(recording_folder_, 1);
  folder_row->addWidget(recording_folder_button_);
  webcam_layout->addLayout(folder_row);
  camera_status_ = new QLabel(webcam_box);
  camera_status_->setObjectName("captureCameraStatus");
  camera_status_->setWordWrap(true);
  webcam_layout->addWidget(camera_status_);
  column->addWidget(webcam_box);

  auto* inputs_box = new QGroupBox(tr("Keypoints and masks (optional)"), panel);
  auto* inputs_layout = new QVBoxLayout(inputs_box);
  auto* keypoints_row = new QHBoxLayout();
  keypoints_button_ = new QPushButton(tr("Keypoints File…"), inputs_box);
  keypoints_button_->setObjectName("captureKeypointsButton");
  keypoints_button_->setToolTip(
      tr("2D hand keypoints: MediaPipe-style JSON, OpenPose JSON (file or folder) or palma-keypoints"));
  keypoints_clear_ = new QPushButton(tr("Clear"), inputs_box);
  keypoints_row->addWidget(keypoints_button_, 1);
  keypoints_row->addWidget(keypoints_clear_);
  inputs_layout->addLayout(keypoints_row);
  keypoints_label_ = new QLabel(inputs_box);
  keypoints_label_->setObjectName("captureKeypoints");
  keypoints_label_->setWordWrap(true);
  inputs_layout->addWidget(keypoints_label_);
  auto* masks_row = new QHBoxLayout();
  masks_button_ = new QPushButton(tr("Masks Folder…"), inputs_box);
  masks_button_->setObjectName("captureMasksButton");
  masks_button_->setToolTip(
      tr("A folder of PNG masks, one per selected frame (white = hand); without it the "
         "built-in segmentation makes them"));
  masks_clear_ = new QPushButton(tr("Clear"), inputs_box);
  masks_row->addWidget(masks_button_, 1);
  masks_row->addWidget(masks_clear_);
  inputs_layout->addLayout(masks_row);
  masks_label_ = new QLabel(inputs_box);
  masks_label_->setObjectName("captureMasks");
  masks_label_->setWordWrap(true);
  inputs_layout->addWidget(masks_label_);
  auto* hand_form = new QFormLayout();
  hand_combo_ = new QComboBox(inputs_box);
  hand_combo_->setObjectName("captureHand");
  hand_combo_->addItem(tr("Automatic"), -1);
  hand_combo_->addItem(tr("Right hand"), int(Handedness::Right));
  hand_combo_->addItem(tr("Left hand"), int(Handedness::Left));
  hand_combo_->setToolTip(tr("Automatic: from the keypoint file, or guessed from the keypoints"));
  hand_form->addRow(tr("Hand:"), hand_combo_);
  inputs_layout->addLayout(hand_form);
  column->addWidget(inputs_box);

  auto* crop_box = new QGroupBox(tr("Crop"), panel);
  auto* crop_layout = new QVBoxLayout(crop_box);
  auto* crop_form = new QFormLayout();
  working_size_spin_ = new QSpinBox(crop_box);
  working_size_spin_->setObjectName("captureWorkingSize");
  working_size_spin_->setRange(64, 2048);
  working_size_spin_->setSingleStep(32);
  working_size_spin_->setSuffix(tr(" px"));
  working_size_spin_->setValue(std::clamp(settings.value(kWorkingSizeKey, 448).toInt(), 64, 2048));
  working_size_spin_->setToolTip(
      tr("Side of the square images the reconstruction sees (448 is the default)"));
  crop_form->addRow(tr("Working size:"), working_size_spin_);
  margin_spin_ = new QSpinBox(crop_box);
  margin_spin_->setObjectName("captureMargin");
  margin_spin_->setRange(0, 100);
  margin_spin_->setSuffix(tr(" %"));
  margin_spin_->setValue(std::clamp(settings.value(kMarginKey, 25).toInt(), 0, 100));
  margin_spin_->setToolTip(tr("Space added around the hand on each side, as a share of the hand's size"));
  crop_form->addRow(tr("Margin:"), margin_spin_);
  crop_layout->addLayout(crop_form);
  crop_label_ = new QLabel(crop_box);
  crop_label_->setObjectName("captureCropNote");
  crop_label_->setWordWrap(true);
  crop_layout->addWidget(crop_label_);
  column->addWidget(crop_box);
  column->addStretch(1);

  // The side panel scrolls when the window is too low for it.
  auto* scroll = new SidePanelScrollArea(panel, this);
  scroll->setObjectName("captureSidePanel");
  scroll->setPreferredWidth(350);  // wider only when its controls need it
  scroll->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
  auto* right = new QVBoxLayout();
  right->addWidget(scroll, 1);
  prepare_button_ = new QPushButton(tr("Prepare Project"), this);
  prepare_button_->setObjectName("capturePrepare");
  prepare_button_->setDefault(true);
  prepare_button_->setMinimumHeight(36);
  prepare_button_->setStyleSheet("QPushButton { font-weight: bold; }");
  prepare_button_->setToolTip(
      tr("Decode the selected frames, crop them around the hand and make the project"));
  right->addWidget(prepare_button_);
  body->addLayout(right);

  preview_timer_ = new QTimer(this);
  preview_timer_->setSingleShot(true);
  preview_timer_->setInterval(60);

  connect(open_video_, &QPushButton::clicked, this, &CapturePage::openVideo);
  connect(open_folder_, &QPushButton::clicked, this, &CapturePage::openImageFolder);
  connect(keypoints_button_, &QPushButton::clicked, this, &CapturePage::chooseKeypoints);
  connect(keypoints_clear_, &QPushButton::clicked, this, [this] { setKeypointsPath({}); });
  connect(masks_button_, &QPushButton::clicked, this, &CapturePage::chooseMasks);
  connect(masks_clear_, &QPushButton::clicked, this, [this] { setMasksPath({}); });
  connect(refresh_cameras_, &QPushButton::clicked, this, &CapturePage::refreshCameras);
  connect(camera_button_, &QPushButton::clicked, this, &CapturePage::toggleCamera);
  connect(record_button_, &QPushButton::clicked, this, &CapturePage::toggleRecording);
  connect(recording_folder_button_, &QPushButton::clicked, this, &CapturePage::chooseRecordingFolder);
  connect(recording_folder_, &QLineEdit::editingFinished, this, [this] { saveSettings(); });
  connect(prepare_button_, &QPushButton::clicked, this, [this] {
    if (!hasSource()) return;
    saveSettings();
    Q_EMIT prepareRequested();
  });
  // The range changes the automatic step.
  connect(first_spin_, qOverload<int>(&QSpinBox::valueChanged), this, [this](int v) {
    if (updating_) return;
    setRange(v, std::max(v, last_spin_->value()));
  });
  connect(last_spin_, qOverload<int>(&QSpinBox::valueChanged), this, [this](int v) {
    if (updating_) return;
    setRange(std::min(v, first_spin_->value()), v);
  });
  connect(every_spin_, qOverload<int>(&QSpinBox::valueChanged), this, [this] {
    updateSelection();
    saveSettings();
  });
  connect(max_frames_spin_, qOverload<int>(&QSpinBox::valueChanged), this, [this] {
    updateSelection();
    saveSettings();
  });
  connect(working_size_spin_, qOverload<int>(&QSpinBox::valueChanged), this, [this] {
    updatePreview();
    saveSettings();
  });
  connect(margin_spin_, qOverload<int>(&QSpinBox::valueChanged), this, [this] {
    updateCrops();
    updatePreview();
    saveSettings();
  });
  connect(strip_, &CaptureFilmStrip::rangeEdited, this,
          [this](int first, int last) { setRange(first, last); });
  connect(strip_, &CaptureFilmStrip::currentFrameEdited, this, [this](int frame) { setCurrentFrame(frame); });
  connect(frame_slider_, &QSlider::valueChanged, this, [this](int frame) {
    if (!updating_) setCurrentFrame(frame);
  });
  connect(set_first_, &QPushButton::clicked, this,
          [this] { setRange(currentFrame(), std::max(currentFrame(), last_spin_->value())); });
  connect(set_last_, &QPushButton::clicked, this,
          [this] { setRange(std::min(first_spin_->value(), currentFrame()), currentFrame()); });
  connect(preview_timer_, &QTimer::timeout, this, &CapturePage::requestPreviewFrame);

  refreshCameras();
  setKeypointsPath({});
  setMasksPath({});
  updateSelection();
  updateEnabled();
}

CapturePage::~CapturePage() {
  stopCamera();
  cancelWorkers();
  for (QThread* thread : threads_) {
    thread->wait();
    delete thread;
  }
}

QString CapturePage::defaultRecordingFolder() {
  QString folder = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
  if (folder.isEmpty()) folder = QDir::homePath();
  return folder;
}

QStringList CapturePage::sidecarCandidates(const QString& source) {
  const QFileInfo info(source);
  QString stem;
  QDir dir;
  if (info.isDir()) {
    stem = QDir(info.absoluteFilePath()).dirName();
    dir = QFileInfo(info.absoluteFilePath()).dir();
  } else {
    stem = info.completeBaseName();
    dir = info.absoluteDir();
  }
  if (stem.isEmpty()) return {};
  QStringList names = {dir.filePath(stem + ".keypoints.json"), dir.filePath(stem + ".json"),
                       dir.filePath(stem + "_keypoints.json")};
  // A video inside a capture folder (what `palma synth` writes): its keypoints.json.
  if (!info.isDir()) names << dir.filePath("keypoints.json");
  return names;
}

void CapturePage::showMessage(const QString& text, bool error) {
  message_->setText(text);
  message_->setVisible(!text.isEmpty());
  message_->setStyleSheet(
      error ? "QLabel { color: #ffffff; background: #a83232; padding: 6px; border-radius: 3px; }"
            : "QLabel { background: rgba(90, 170, 255, 40); padding: 6px; border-radius: 3px; }");
  if (error) std::cerr << "palma-studio: " << text.toStdString() << std::endl;
}

QString CapturePage::message() const { return message_->text(); }

int CapturePage::thumbnailCount() const { return strip_->thumbnailCount(); }

void CapturePage::openVideo() {
  const QString folder = QSettings().value(kLastFolderKey, QDir::homePath()).toString();
  QStringList patterns;
  for (const QString& ext : videoExtensions()) patterns << "*." + ext;
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Video"), folder,
                                                    tr("Videos (%1);;All files (*)").arg(patterns.join(' ')));
  if (!path.isEmpty()) setSource(path);
}

void CapturePage::openImageFolder() {
  const QString folder = QSettings().value(kLastFolderKey, QDir::homePath()).toString();
  const QString path = QFileDialog::getExistingDirectory(this, tr("Open Image Folder"), folder);
  if (!path.isEmpty()) setSource(path);
}

void CapturePage::chooseKeypoints() {
  if (!hasSource()) {
    showMessage(tr("Open a video or an image folder first; the keypoints belong to its frames."), true);
    return;
  }
  const QString folder = QFileInfo(source_).absolutePath();
  const QString path = QFileDialog::getOpenFileName(this, tr("Keypoints File"), folder,
                                                    tr("Keypoints (*.json);;All files (*)"));
  if (!path.isEmpty()) setKeypointsPath(path);
}

void CapturePage::chooseMasks() {
  if (!hasSource()) {
    showMessage(tr("Open a video or an image folder first; the masks belong to its frames."), true);
    return;
  }
  const QString path =
      QFileDialog::getExistingDirectory(this, tr("Masks Folder"), QFileInfo(source_).absolutePath());
  if (!path.isEmpty()) setMasksPath(path);
}

bool CapturePage::setSource(const QString& path) {
  if (path.trimmed().isEmpty()) {
    showMessage(tr("No video file or image folder was given."), true);
    return false;
  }
  const QString absolute = QFileInfo(path).absoluteFilePath();
  SourceInfo info;
  try {
    info = probeSource(absolute.toStdString());
  } catch (const std::exception& e) {
    QString text =
        tr("Could not open %1: %2").arg(QFileInfo(absolute).fileName(), QString::fromUtf8(e.what()));
    if (hasSource())
      text += " " + tr("The previous source (%1) is still open.").arg(QFileInfo(source_).fileName());
    showMessage(text, true);
    return false;
  }

  stopCamera();
  cancelWorkers();
  ++generation_;
  source_ = absolute;
  info_ = info;
  frame_count_ = std::max(1, info.frame_count);
  thumbnails_finished_ = false;
  decode_warnings_.clear();
  preview_frame_ = -1;
  preview_image_ = QImage();
  preview_rgb_ = torch::Tensor();
  pending_preview_ = -1;
  preview_running_ = false;

  strip_->reset(frame_count_, info.height > 0 ? double(info.width) / info.height : 4.0 / 3.0);
  preview_->setPlaceholder(tr("Decoding…"));
  updating_ = true;
  first_spin_->setRange(0, frame_count_ - 1);
  last_spin_->setRange(0, frame_count_ - 1);
  first_spin_->setValue(0);
  last_spin_->setValue(frame_count_ - 1);
  frame_slider_->setRange(0, frame_count_ - 1);
  frame_slider_->setValue(0);
  updating_ = false;
  strip_->setRange(0, frame_count_ - 1);

  // Keypoints and masks chosen for the previous source do not belong to this one.
  keypoints_.reset();
  keypoints_path_.clear();
  keypoints_auto_ = false;
  masks_path_.clear();
  setMasksPath({});
  QString sidecar_note;
  for (const QString& candidate : sidecarCandidates(absolute)) {
    if (!QFileInfo(candidate).isFile()) continue;
    if (setKeypointsPath(candidate)) {
      keypoints_auto_ = true;
      sidecar_note = tr("Keypoints found next to it: %1.").arg(QFileInfo(candidate).fileName());
      break;
    }
    sidecar_note = tr("%1 lies next to it but could not be used as keypoints (see Keypoints).")
                       .arg(QFileInfo(candidate).fileName());
  }
  if (!keypoints_) {
    if (sidecar_note.isEmpty()) setKeypointsPath({});
  } else {
    updateEnabled();
  }

  // The folder that holds the video or the image folder.
  QSettings().setValue(kLastFolderKey, QFileInfo(absolute).absolutePath());
  updateInfo();
  updateSelection();
  updatePreview();
  startThumbnails();
  preview_timer_->start();
  QString text = tr("Opened %1.").arg(QFileInfo(absolute).fileName());
  if (!sidecar_note.isEmpty()) text += " " + sidecar_note;
  showMessage(text, false);
  updateEnabled();
  Q_EMIT sourceChanged(source_);
  return true;
}

void CapturePage::updateInfo() {
  if (!hasSource()) {
    info_label_->setText(tr("No source."));
    return;
  }
  const SourceInfo& i = info_;
  QStringList lines;
  lines << QString("<b>%1</b>").arg(QFileInfo(source_).fileName().toHtmlEscaped());
  if (i.kind == SourceKind::Video) {
    lines << tr("Video, %1 × %2 pixels").arg(i.stored_width).arg(i.stored_height);
    if (i.rotation_deg != 0)
      lines << tr("Rotated %1° clockwise (from the file's rotation tag)").arg(i.rotation_deg);
    lines << tr("%1 fps, %2 frames, %3")
                 .arg(i.fps, 0, 'f', 2)
                 .arg(frame_count_)
                 .arg(formatDuration(i.fps > 0 ? frame_count_ / i.fps : -1));
    if (!thumbnails_finished_ && i.frame_count <= 0) lines << tr("Frame count unknown until decoded");
  } else {
    lines << tr("Image folder, %1 × %2 pixels").arg(i.stored_width).arg(i.stored_height);
    lines << (frame_count_ == 1 ? tr("1 image") : tr("%1 images").arg(frame_count_)) + ", " +
                 tr("timed at %1 fps").arg(i.fps, 0, 'f', 0);
  }
  if (i.scale < 1.0)
    lines << tr("Prepared at %1 × %2 (downscaled to at most 1920 pixels)").arg(i.width).arg(i.height);
  info_label_->setText(lines.join("<br>"));
}

void CapturePage::setRange(int first, int last) {
  if (!hasSource()) return;
  first = std::clamp(first, 0, frame_count_ - 1);
  last = std::clamp(last, first, frame_count_ - 1);
  updating_ = true;
  first_spin_->setValue(first);
  last_spin_->setValue(last);
  updating_ = false;
  strip_->setRange(first, last);
  updateSelection();
}

void CapturePage::setEvery(int every) { every_spin_->setValue(every); }

int CapturePage::effectiveEvery() const {
  if (every_spin_->value() > 0) return every_spin_->value();
  if (!hasSource()) return 1;
  const int first = first_spin_->value();
  const int last = std::max(first, last_spin_->value());
  return autoEvery(last - first + 1);
}

int CapturePage::autoEvery(int frames) { return std::max(1, (frames + kAutoFrames - 1) / kAutoFrames); }

void CapturePage::setMaxFrames(int max_frames) { max_frames_spin_->setValue(max_frames); }

void CapturePage::setCurrentFrame(int frame) {
  if (!hasSource()) return;
  frame = std::clamp(frame, 0, frame_count_ - 1);
  updating_ = true;
  frame_slider_->setValue(frame);
  updating_ = false;
  strip_->setCurrentFrame(frame);
  updatePreview();
  preview_timer_->start();
}

int CapturePage::currentFrame() const { return frame_slider_->value(); }

std::vector<int> CapturePage::selectedFrames() const {
  std::vector<int> frames;
  if (!hasSource()) return frames;
  const FrameSelection s = prepareOptions().selection;
  const int n = selectedFrameCount(s, frame_count_);
  frames.reserve(static_cast<size_t>(n));
  for (int k = 0; k < n; ++k) frames.push_back(s.first + k * s.every);
  return frames;
}

int CapturePage::selectedCount() const {
  return hasSource() ? selectedFrameCount(prepareOptions().selection, frame_count_) : 0;
}

PrepareOptions CapturePage::prepareOptions() const {
  PrepareOptions options;
  options.selection.first = first_spin_->value();
  // A range that reaches the last frame stays open, so frames the container did not count are kept.
  options.selection.last = last_spin_->value() >= frame_count_ - 1 ? -1 : last_spin_->value();
  options.selection.every = effectiveEvery();
  options.selection.max_frames = max_frames_spin_->value();
  options.working_size = working_size_spin_->value();
  options.crop.margin = margin_spin_->value() / 100.0;
  options.keypoints_path = keypoints_path_.toStdString();
  options.masks_path = masks_path_.toStdString();
  const int hand = hand_combo_->currentData().toInt();
  if (hand >= 0) options.hand = static_cast<Handedness>(hand);
  return options;
}

void CapturePage::updateSelection() {
  const std::vector<int> frames = selectedFrames();
  strip_->setSelectedFrames(frames);
  const int n = static_cast<int>(frames.size());
  if (!hasSource()) {
    count_label_->setText(tr("No frames selected"));
  } else if (n == 1) {
    count_label_->setText(tr("1 frame selected"));
  } else if (every_spin_->value() == 0 && effectiveEvery() > 1) {
    count_label_->setText(tr("%1 frames selected (one in %2)").arg(n).arg(effectiveEvery()));
  } else {
    count_label_->setText(tr("%1 frames selected").arg(n));
  }
  if (hasSource() && n > 0 && info_.fps > 0)
    count_label_->setToolTip(tr("Frames %1 to %2, %3 of video")
                                 .arg(frames.front())
                                 .arg(frames.back())
                                 .arg(formatDuration((frames.back() - frames.front() + 1) / info_.fps)));
  if (!masks_path_.isEmpty()) setMasksPath(masks_path_);  // the mask count is checked against the selection
  updateCrops();
  updatePreview();
  updateEnabled();
}

void CapturePage::updateEnabled() {
  const bool recording = webcam_ && webcam_->isRecording();
  const bool has = hasSource();
  for (QWidget* w :
       std::initializer_list<QWidget*>{first_spin_, last_spin_, every_spin_, max_frames_spin_, frame_slider_,
                                       strip_, keypoints_button_, masks_button_, set_first_, set_last_})
    w->setEnabled(has && !recording);
  keypoints_clear_->setEnabled(has && !keypoints_path_.isEmpty());
  masks_clear_->setEnabled(has && !masks_path_.isEmpty());
  open_video_->setEnabled(!recording);
  open_folder_->setEnabled(!recording);
  prepare_button_->setEnabled(has && !recording && selectedCount() > 0);
  const bool cameras = camera_combo_->count() > 0 && camera_combo_->itemData(0).isValid();
  camera_combo_->setEnabled(cameras && !(webcam_ && webcam_->isActive()));
  camera_button_->setEnabled(cameras && !recording);
  camera_button_->setText(webcam_ && webcam_->isActive() ? tr("Stop Camera") : tr("Start Camera"));
  record_button_->setEnabled(cameras && webcam_ && webcam_->isActive());
  record_button_->setText(recording ? tr("Stop Recording") : tr("Record"));
  recording_folder_->setEnabled(cameras && !recording);
  recording_folder_button_->setEnabled(cameras && !recording);
}

bool CapturePage::setKeypointsPath(const QString& path) {
  if (path.isEmpty()) {
    keypoints_.reset();
    keypoints_path_.clear();
    keypoints_auto_ = false;
    keypoints_label_->setText(
        hasSource() ? tr("None: place keypoints on the Prepare page, or put %1 next to the source.")
                          .arg(QFileInfo(sidecarCandidates(source_).value(0)).fileName())
                    : tr("None."));
    keypoints_label_->setStyleSheet("");
    updateCrops();
    updatePreview();
    updateEnabled();
    return true;
  }
  if (!hasSource()) {
    showMessage(tr("Open a video or an image folder first; the keypoints belong to its frames."), true);
    return false;
  }
  KeypointTrack track;
  try {
    KeypointImportOptions import;
    import.width = info_.stored_width;
    import.height = info_.stored_height;
    track = loadKeypoints(QFileInfo(path).absoluteFilePath().toStdString(), import);
  } catch (const std::exception& e) {
    const QString text = tr("Keypoints not used: %1").arg(QString::fromUtf8(e.what()));
    keypoints_label_->setText(text);
    keypoints_label_->setStyleSheet("color: #e05555;");
    showMessage(text, true);
    return false;
  }
  keypoints_ = std::move(track);
  keypoints_path_ = QFileInfo(path).absoluteFilePath();
  keypoints_auto_ = false;
  int with_points = 0;
  for (const FrameKeypoints& k : keypoints_->frames) with_points += presentPoints(k) > 0 ? 1 : 0;
  QString text = tr("%1: %2 rows, %3 with a hand")
                     .arg(QFileInfo(keypoints_path_).fileName())
                     .arg(keypoints_->numFrames())
                     .arg(with_points);
  if (keypoints_->handedness_known)
    text += ", " + (keypoints_->handedness == Handedness::Left ? tr("left hand") : tr("right hand"));
  keypoints_label_->setText(text + ".");
  keypoints_label_->setStyleSheet("");
  updateCrops();
  updatePreview();
  updateEnabled();
  return true;
}

bool CapturePage::setMasksPath(const QString& path) {
  if (path.isEmpty()) {
    masks_path_.clear();
    masks_label_->setText(tr("No masks: the built-in segmentation makes them."));
    masks_label_->setStyleSheet("");
    updateEnabled();
    return true;
  }
  const QFileInfo info(path);
  QString problem;
  int count = 0;
  if (!info.exists()) {
    problem = tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
  } else if (info.isDir()) {
    count = static_cast<int>(QDir(path).entryList({"*.png", "*.PNG"}, QDir::Files).size());
    if (count == 0) problem = tr("The folder %1 contains no PNG masks.").arg(QDir::toNativeSeparators(path));
  } else if (info.suffix().toLower() != "png") {
    problem = tr("%1 is not a PNG mask or a folder of them.").arg(info.fileName());
  } else {
    count = static_cast<int>(info.dir().entryList({"*.png", "*.PNG"}, QDir::Files).size());
  }
  if (!problem.isEmpty()) {
    masks_label_->setText(tr("Masks not used: %1").arg(problem));
    masks_label_->setStyleSheet("color: #e05555;");
    showMessage(tr("Masks not used: %1").arg(problem), true);
    return false;
  }
  masks_path_ = info.absoluteFilePath();
  QString text = tr("%1: %2 PNG masks").arg(info.fileName()).arg(count);
  if (hasSource() && count != selectedCount())
    text += " " + tr("(the selection has %1 frames; they must match)").arg(selectedCount());
  masks_label_->setText(text);
  masks_label_->setStyleSheet(count != selectedCount() ? "color: #d8a030;" : "");
  updateEnabled();
  return true;
}

void CapturePage::updateCrops() {
  crops_.clear();
  crop_frames_.clear();
  if (!hasSource()) {
    crop_label_->setText(
        tr("The square crop around the hand is shown on the preview once a source is open."));
    return;
  }
  if (!keypoints_) {
    crop_label_->setText(
        tr("No keypoints yet: the crop will follow the hand once keypoints are placed on the "
           "Prepare page. The crops are %1 × %1 pixels.")
            .arg(working_size_spin_->value()));
    return;
  }
  const std::vector<int> selected = selectedFrames();
  if (selected.empty()) return;
  const int rows = keypoints_->numFrames();
  const bool by_row = rowsBySelection(rows, selected);
  KeypointTrack track;
  track.handedness = keypoints_->handedness;
  track.handedness_known = keypoints_->handedness_known;
  track.frames.resize(selected.size());
  for (size_t i = 0; i < selected.size(); ++i) {
    const int row = by_row ? static_cast<int>(i) : selected[i];
    if (row >= rows) {
      crop_label_->setText(
          tr("The keypoint file lists %1 frames, but the selection reaches frame %2: shorten "
             "the range, or preparing stops with an error.")
              .arg(rows)
              .arg(selected.back()));
      crop_label_->setStyleSheet("color: #e05555;");
      return;
    }
    track.frames[i] = keypoints_->frames[static_cast<size_t>(row)];
    for (Keypoint2D& k : track.frames[i]) {
      if (!k.present()) continue;
      k.x = static_cast<float>((k.x + 0.5) * info_.scale - 0.5);
      k.y = static_cast<float>((k.y + 0.5) * info_.scale - 0.5);
    }
  }
  CropOptions crop;
  crop.margin = margin_spin_->value() / 100.0;
  try {
    crops_ = cropsFromKeypoints(track, info_.width, info_.height, crop);
  } catch (const std::exception& e) {
    crop_label_->setText(tr("No crop: %1").arg(QString::fromUtf8(e.what())));
    crop_label_->setStyleSheet("color: #d8a030;");
    return;
  }
  crop_frames_ = selected;
  crop_label_->setStyleSheet("");
  crop_label_->setText(
      tr("The green square is the crop for this frame; the inset is the image the "
         "reconstruction sees."));
  crop_label_->setToolTip(
      tr("Frames without keypoints in the file get tracked keypoints when preparing, so "
         "their crop may still move a little."));
}

std::optional<CropBox> CapturePage::currentCrop() const {
  const auto it = std::lower_bound(crop_frames_.begin(), crop_frames_.end(), currentFrame());
  if (it == crop_frames_.end() || *it != currentFrame()) return std::nullopt;
  return crops_[static_cast<size_t>(it - crop_frames_.begin())];
}

void CapturePage::updatePreview() {
  if (webcam_ && webcam_->isActive()) return;  // the live camera picture has the view
  const int frame = currentFrame();
  if (hasSource()) {
    frame_label_->setText(
        tr("Frame %1 of %2").arg(frame).arg(frame_count_ - 1) +
        (info_.fps > 0 ? QString(" · %1").arg(formatDuration(frame / info_.fps)) : QString()));
  } else {
    frame_label_->clear();
  }
  const QSize frame_size(info_.width, info_.height);
  const bool full = preview_frame_ == frame && !preview_image_.isNull();
  QImage image = full ? preview_image_ : strip_->thumbnailFor(frame);
  if (!hasSource()) image = QImage();
  preview_->setFrame(image, frame_size);

  const std::optional<CropBox> crop = currentCrop();
  std::optional<FrameKeypoints> points;
  if (keypoints_) {
    const std::vector<int> selected = selectedFrames();
    const int rows = keypoints_->numFrames();
    int row = frame;
    if (rowsBySelection(rows, selected)) {
      const auto it = std::lower_bound(selected.begin(), selected.end(), frame);
      row = it != selected.end() && *it == frame ? static_cast<int>(it - selected.begin()) : -1;
    }
    if (row >= 0 && row < rows && presentPoints(keypoints_->frames[static_cast<size_t>(row)]) > 0) {
      FrameKeypoints k = keypoints_->frames[static_cast<size_t>(row)];
      for (Keypoint2D& p : k) {
        p.x = static_cast<float>((p.x + 0.5) * info_.scale - 0.5);
        p.y = static_cast<float>((p.y + 0.5) * info_.scale - 0.5);
      }
      points = k;
    }
  }
  preview_->setOverlay(crop, points);

  // The inset: the crop resampled exactly as the preparation does, from the best image at hand.
  QImage inset;
  if (crop && !image.isNull() && info_.width > 0) {
    const torch::Tensor rgb = full && preview_rgb_.defined() ? preview_rgb_ : rgbTensor(image);
    const double r = double(rgb.size(1)) / info_.width;
    const CropBox box{(crop->x0 + 0.5) * r - 0.5, (crop->y0 + 0.5) * r - 0.5, crop->side * r};
    const int size = std::min(working_size_spin_->value(), kMaxInsetSide);
    inset = rgbImage(cropImage(rgb, box, size));
    inset.setText("working_size", QString::number(working_size_spin_->value()));
  }
  preview_->setInset(inset);
}

void CapturePage::runWorker(std::function<void(const CancelToken&)> work,
                            std::shared_ptr<CancelToken> token) {
  QThread* thread = QThread::create([work = std::move(work), token] {
    try {
      work(*token);
    } catch (const std::exception& e) {
      std::cerr << "palma-studio: capture worker: " << e.what() << std::endl;
    }
  });
  threads_.append(thread);
  connect(thread, &QThread::finished, this, [this, thread] {
    threads_.removeOne(thread);
    thread->deleteLater();
  });
  thread->start(QThread::LowPriority);
}

void CapturePage::cancelWorkers() {
  if (thumbnail_cancel_) thumbnail_cancel_->cancel();
  if (preview_cancel_) preview_cancel_->cancel();
  preview_timer_->stop();
}

void CapturePage::startThumbnails() {
  thumbnail_cancel_ = std::make_shared<CancelToken>();
  const quint64 generation = generation_;
  const std::string path = source_.toStdString();
  const int known = info_.frame_count;
  const int stride = known > kMaxThumbnails ? (known + kMaxThumbnails - 1) / kMaxThumbnails : 1;
  strip_status_->setText(tr("Decoding thumbnails…"));
  runWorker(
      [this, generation, path, stride](const CancelToken& cancel) {
        int last_index = -1;
        QString error;
        QStringList warnings;
        try {
          FrameSelection selection;
          selection.every = stride;
          selection.max_side = kThumbnailSide;
          std::unique_ptr<FrameSource> source = openFrameSource(path, selection);
          Frame frame;
          while (!cancel.isCancelled() && source->next(frame)) {
            last_index = frame.index;
            const QImage image = rgbImage(frame.rgb);
            const int index = frame.index;
            QMetaObject::invokeMethod(
                this, [this, generation, index, image] { onThumbnail(generation, index, image); },
                Qt::QueuedConnection);
          }
          for (const std::string& w : source->warnings()) warnings << QString::fromStdString(w);
        } catch (const std::exception& e) {
          error = QString::fromUtf8(e.what());
        }
        if (cancel.isCancelled()) return;
        QMetaObject::invokeMethod(
            this,
            [this, generation, last_index, error, warnings] {
              onThumbnailsFinished(generation, last_index, error, warnings);
            },
            Qt::QueuedConnection);
      },
      thumbnail_cancel_);
}

void CapturePage::onThumbnail(quint64 generation, int frame, const QImage& image) {
  if (generation != generation_) return;
  if (frame >= frame_count_) {
    // The container announced fewer frames than it has (or none): the range grows with the decoding.
    const bool to_end = last_spin_->value() >= frame_count_ - 1;
    frame_count_ = frame + 1;
    updating_ = true;
    first_spin_->setRange(0, frame_count_ - 1);
    last_spin_->setRange(0, frame_count_ - 1);
    frame_slider_->setRange(0, frame_count_ - 1);
    if (to_end) last_spin_->setValue(frame_count_ - 1);
    updating_ = false;
    strip_->setFrameCount(frame_count_);
    strip_->setRange(first_spin_->value(), last_spin_->value());
    updateInfo();
    updateSelection();
  }
  strip_->setThumbnail(frame, image);
  // Thumbnails arrive in order: the newest one at or before the current frame is the best stand-in.
  if (preview_frame_ != currentFrame() && frame <= currentFrame()) updatePreview();
  strip_status_->setText(tr("Decoding thumbnails… frame %1 of %2").arg(frame).arg(frame_count_ - 1));
}

void CapturePage::onThumbnailsFinished(quint64 generation, int last_index, const QString& error,
                                       const QStringList& warnings) {
  if (generation != generation_) return;
  thumbnails_finished_ = true;
  decode_warnings_ = warnings;
  QStringList notes;
  const int stride =
      info_.frame_count > kMaxThumbnails ? (info_.frame_count + kMaxThumbnails - 1) / kMaxThumbnails : 1;
  if (last_index >= 0 && last_index + stride < frame_count_) {
    // Fewer frames than announced: a truncated or damaged file. Only the frames that exist can be used.
    const int announced = frame_count_;
    frame_count_ = last_index + 1;
    const int first = std::min(first_spin_->value(), frame_count_ - 1);
    const int last = std::min(last_spin_->value(), frame_count_ - 1);
    updating_ = true;
    first_spin_->setRange(0, frame_count_ - 1);
    last_spin_->setRange(0, frame_count_ - 1);
    frame_slider_->setRange(0, frame_count_ - 1);
    updating_ = false;
    const int current = std::min(currentFrame(), frame_count_ - 1);
    strip_->setFrameCount(frame_count_);
    setRange(first, last);
    setCurrentFrame(current);
    const QString text =
        tr("The video ends after %1 frames although it announces %2; the file may be truncated "
           "or damaged. Only the frames that exist can be used.")
            .arg(frame_count_)
            .arg(announced);
    notes << text;
    showMessage(text, true);
    updateInfo();
  }
  if (!error.isEmpty()) {
    const QString text = tr("Decoding stopped: %1").arg(error);
    notes << text;
    showMessage(text, true);
  }
  for (const QString& w : warnings) notes << w;
  if (notes.isEmpty())
    notes << (stride > 1 ? tr("Thumbnails of one frame in %1.").arg(stride)
                         : tr("All %1 frames decoded.").arg(frame_count_));
  strip_status_->setText(notes.join("\n"));
  updateEnabled();
}

void CapturePage::requestPreviewFrame() {
  if (!hasSource()) return;
  const int frame = currentFrame();
  if (frame == preview_frame_) return;
  if (preview_running_) {
    pending_preview_ = frame;
    return;
  }
  startPreviewJob(frame);
}

void CapturePage::startPreviewJob(int frame) {
  preview_running_ = true;
  pending_preview_ = -1;
  preview_cancel_ = std::make_shared<CancelToken>();
  const quint64 generation = generation_;
  const std::string path = source_.toStdString();
  runWorker(
      [this, generation, path, frame](const CancelToken& cancel) {
        QImage image;
        torch::Tensor rgb;
        try {
          FrameSelection selection;
          selection.first = frame;
          selection.last = frame;
          selection.max_side = kPreviewSide;
          std::unique_ptr<FrameSource> source = openFrameSource(path, selection);
          Frame f;
          if (!cancel.isCancelled() && source->next(f)) {
            rgb = f.rgb;
            image = rgbImage(f.rgb);
          }
        } catch (const std::exception&) {
          // A frame past the real end of the file: the thumbnail stays, the decoding reports the end.
        }
        if (cancel.isCancelled()) return;
        QMetaObject::invokeMethod(
            this, [this, generation, frame, image, rgb] { onPreviewFrame(generation, frame, image, rgb); },
            Qt::QueuedConnection);
      },
      preview_cancel_);
}

void CapturePage::onPreviewFrame(quint64 generation, int frame, const QImage& image,
                                 const torch::Tensor& rgb) {
  if (generation != generation_) return;
  preview_running_ = false;
  if (!image.isNull()) {
    preview_frame_ = frame;
    preview_image_ = image;
    preview_rgb_ = rgb;
    if (frame == currentFrame()) updatePreview();
  }
  if (pending_preview_ >= 0 && pending_preview_ != preview_frame_) {
    startPreviewJob(pending_preview_);
  } else if (currentFrame() != preview_frame_ && !image.isNull()) {
    startPreviewJob(currentFrame());
  }
}

// --- Webcam ----------------------------------------------------------------------------------------

void CapturePage::refreshCameras() {
  if (webcam_ && webcam_->isActive()) return;
  camera_combo_->clear();
  const QList<CameraInfo> cameras = listCameras();
  for (const CameraInfo& camera : cameras) {
    camera_combo_->addItem(camera.description, camera.id);
    if (camera.is_default) camera_combo_->setCurrentIndex(camera_combo_->count() - 1);
  }
  if (cameras.isEmpty()) {
    camera_combo_->addItem(tr("No camera found"));
    camera_status_->setText(tr("No camera found."));
    camera_status_->setToolTip(tr("Connect a webcam and press Refresh."));
  } else {
    camera_status_->setText(
        tr("Start the camera to see its picture, then Record. The recording becomes the "
           "source when you stop."));
  }
  updateEnabled();
}

void CapturePage::toggleCamera() {
  if (webcam_ && webcam_->isActive()) {
    stopCamera();
    return;
  }
  if (!webcam_) {
    webcam_ = new WebcamRecorder(this);
    connect(webcam_, &WebcamRecorder::frameReady, this, [this](const Frame&, const QImage& image) {
      if (!webcam_->isActive()) return;
      preview_->setFrame(image, image.size());
      if (webcam_->isRecording())
        camera_status_->setText(tr("Recording… %1 frames").arg(webcam_->receiver()->frameCount()));
    });
    connect(webcam_, &WebcamRecorder::errorOccurred, this, [this](const QString& message) {
      showMessage(message, true);
      camera_status_->setText(message);
      if (webcam_ && !webcam_->isActive()) stopCamera();
      updateEnabled();
    });
    connect(webcam_, &WebcamRecorder::recordingFinished, this, &CapturePage::onRecordingFinished);
  }
  if (!webcam_->start(camera_combo_->currentData().toString())) {
    showMessage(webcam_->errorString(), true);
    updateEnabled();
    return;
  }
  preview_->setLive(true);
  preview_->setFrame({}, {});
  preview_->setPlaceholder(tr("Starting %1…").arg(webcam_->cameraName()));
  camera_status_->setText(tr("%1 is running.").arg(webcam_->cameraName()));
  updateEnabled();
}

void CapturePage::stopCamera() {
  if (!webcam_ || !webcam_->isActive()) return;
  webcam_->stop();
  preview_->setLive(false);
  preview_->setPlaceholder(
      tr("No source yet.\n\nOpen a video (mp4, mov, m4v, avi, mkv, webm) or a folder of "
         "images, or drop one here."));
  camera_status_->setText(tr("Camera stopped."));
  updatePreview();
  updateEnabled();
}

void CapturePage::toggleRecording() {
  if (!webcam_ || !webcam_->isActive()) return;
  if (webcam_->isRecording()) {
    webcam_->stopRecording();
    record_button_->setEnabled(false);
    camera_status_->setText(tr("Finishing the recording…"));
    return;
  }
  const QString folder = recording_folder_->text().trimmed().isEmpty() ? defaultRecordingFolder()
                                                                       : recording_folder_->text().trimmed();
  if (!QDir().mkpath(folder)) {
    showMessage(tr("Cannot create the folder %1 for the recording.").arg(QDir::toNativeSeparators(folder)),
                true);
    return;
  }
  const QString extension = WebcamRecorder::preferredRecordingExtension();
  if (extension.isEmpty()) {
    showMessage(tr("No video encoder is available to record with (install the GStreamer plug-ins)."), true);
    return;
  }
  const QString path =
      QDir(folder).filePath("webcam-" + QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss") + extension);
  const QString problem = WebcamRecorder::checkRecordingPath(path);
  if (!problem.isEmpty()) {
    showMessage(problem, true);
    return;
  }
  if (!webcam_->record(path)) {
    showMessage(webcam_->errorString(), true);
    return;
  }
  saveSettings();
  camera_status_->setText(tr("Recording to %1…").arg(QFileInfo(path).fileName()));
  updateEnabled();
}

void CapturePage::chooseRecordingFolder() {
  const QString folder =
      QFileDialog::getExistingDirectory(this, tr("Folder for Recordings"), recording_folder_->text());
  if (folder.isEmpty()) return;
  recording_folder_->setText(folder);
  saveSettings();
}

void CapturePage::onRecordingFinished(const QString& path) {
  stopCamera();
  if (setSource(path))
    showMessage(tr("Recorded %1; it is now the source.").arg(QFileInfo(path).fileName()), false);
  updateEnabled();
}

// --- Drag and drop, settings ------------------------------------------------------------------------

void CapturePage::dragEnterEvent(QDragEnterEvent* event) {
  if (!event->mimeData()->hasUrls()) return;
  for (const QUrl& url : event->mimeData()->urls()) {
    if (!url.isLocalFile()) continue;
    const QFileInfo info(url.toLocalFile());
    if (info.isDir() || videoExtensions().contains(info.suffix().toLower()) ||
        (info.suffix().toLower() == "json" && hasSource())) {
      event->acceptProposedAction();
      return;
    }
  }
}

void CapturePage::dropEvent(QDropEvent* event) {
  if (!event->mimeData()->hasUrls()) return;
  for (const QUrl& url : event->mimeData()->urls()) {
    if (!url.isLocalFile()) continue;
    const QString path = url.toLocalFile();
    event->acceptProposedAction();
    // A JSON file onto an open source is its keypoints; anything else is a new source.
    if (hasSource() && QFileInfo(path).isFile() && QFileInfo(path).suffix().toLower() == "json")
      setKeypointsPath(path);
    else
      setSource(path);
    return;
  }
}

void CapturePage::saveSettings() const {
  QSettings settings;
  settings.setValue(kEveryKey, every_spin_->value());
  settings.setValue(kMaxFramesKey, max_frames_spin_->value());
  settings.setValue(kWorkingSizeKey, working_size_spin_->value());
  settings.setValue(kMarginKey, margin_spin_->value());
  settings.setValue(kRecordingFolderKey, recording_folder_->text());
}

}  // namespace palma
