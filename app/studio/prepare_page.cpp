// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/torch.h>

#include "app/studio/prepare_page.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/capture/keypoint_edit.h"
#include "core/capture/keypoint_tracking.h"
#include "core/capture/segmentation.h"
#include "core/common/error.h"
#include "widgets/frame_filmstrip.h"
#include "widgets/keypoint_frame_view.h"
#include "widgets/project_document.h"
#include "widgets/side_panel_scroll.h"

namespace palma {

namespace {

enum ToolIndex { kEditTool = 0, kPlaceTool = 1, kHandBrushTool = 2, kBackgroundBrushTool = 3 };

// An open right hand, palm toward the camera, fingers up: x to the image right, y down, the wrist at
// the origin and the middle fingertip one unit above it.
constexpr float kOpenHand[kHandKeypoints][2] = {
    {0.00f, 0.00f},                                                          // wrist
    {0.10f, -0.12f},  {0.21f, -0.24f},  {0.29f, -0.34f},  {0.36f, -0.43f},   // thumb
    {0.11f, -0.50f},  {0.13f, -0.68f},  {0.14f, -0.79f},  {0.15f, -0.89f},   // index
    {0.00f, -0.53f},  {0.00f, -0.74f},  {0.00f, -0.87f},  {0.00f, -1.00f},   // middle
    {-0.10f, -0.50f}, {-0.11f, -0.68f}, {-0.12f, -0.80f}, {-0.13f, -0.91f},  // ring
    {-0.19f, -0.45f}, {-0.22f, -0.59f}, {-0.24f, -0.68f}, {-0.26f, -0.77f},  // little
};

int presentCount(const FrameKeypoints& points) {
  return static_cast<int>(
      std::count_if(points.begin(), points.end(), [](const Keypoint2D& p) { return p.present(); }));
}

bool hasUserKeyframe(const FrameKeypoints& points) {
  return std::any_of(points.begin(), points.end(),
                     [](const Keypoint2D& p) { return p.present() && p.origin == KeypointOrigin::User; });
}

}  // namespace

PreparePage::PreparePage(ProjectDocument* project, QWidget* parent) : QWidget(parent), project_(project) {
  buildUi();
  connect(project_, &ProjectDocument::projectChanged, this, &PreparePage::onProjectChanged);
  connect(project_, &ProjectDocument::frameLoaded, this, &PreparePage::onFrameLoaded);
  connect(project_, &ProjectDocument::frameLoadFailed, this, [this](const QString& message) {
    load_error_ = message;
    refreshMessage();
    showBanner(message, true);
  });
  connect(project_, &ProjectDocument::keypointsChanged, this, &PreparePage::onKeypointsChanged);
  connect(project_, &ProjectDocument::maskChanged, this, &PreparePage::onMaskChanged);
  onProjectChanged();
}

PreparePage::~PreparePage() {
  if (track_cancel_) track_cancel_->cancel();
  joinWorkers();
}

void PreparePage::joinWorkers() {
  if (segment_thread_.joinable()) segment_thread_.join();
  if (track_thread_.joinable()) track_thread_.join();
}

// ---- Layout ------------------------------------------------------------------------------------

void PreparePage::buildUi() {
  setFocusPolicy(Qt::StrongFocus);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);

  banner_ = new QLabel(this);
  banner_->setWordWrap(true);
  banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  banner_->hide();
  layout->addWidget(banner_);

  stack_ = new QStackedWidget(this);
  layout->addWidget(stack_, 1);
  message_ = new QLabel(stack_);
  message_->setAlignment(Qt::AlignCenter);
  message_->setWordWrap(true);
  QFont big = message_->font();
  big.setPointSizeF(big.pointSizeF() * 1.3);
  message_->setFont(big);
  stack_->addWidget(message_);

  auto* splitter = new QSplitter(Qt::Horizontal, stack_);
  stack_->addWidget(splitter);

  // Left: tools, frame, filmstrip.
  auto* left = new QWidget(splitter);
  auto* left_layout = new QVBoxLayout(left);
  left_layout->setContentsMargins(0, 0, 0, 0);
  auto* tools = new QHBoxLayout;
  auto* tool_group = new QButtonGroup(this);
  const QString tool_names[4] = {tr("Edit"), tr("Place point"), tr("Hand brush"), tr("Background brush")};
  const QString tool_tips[4] = {
      tr("Drag keypoints; right-click a point to delete it or mark it occluded (Esc)"),
      tr("Click to place the joint chosen in the list"),
      tr("Paint over the hand where the mask misses it; the frame is segmented again when you release"),
      tr("Paint over background the mask wrongly includes; the frame is segmented again when you release")};
  for (int t = 0; t < 4; ++t) {
    tool_buttons_[t] = new QToolButton(left);
    tool_buttons_[t]->setText(tool_names[t]);
    tool_buttons_[t]->setToolTip(tool_tips[t]);
    tool_buttons_[t]->setCheckable(true);
    tool_group->addButton(tool_buttons_[t], t);
    tools->addWidget(tool_buttons_[t]);
  }
  tool_buttons_[kEditTool]->setChecked(true);
  connect(tool_group, &QButtonGroup::idClicked, this, &PreparePage::setTool);
  tools->addStretch(1);
  auto* fit = new QToolButton(left);
  fit->setText(tr("Fit"));
  fit->setToolTip(tr("Show the whole frame (F); the wheel zooms, the middle button or Space + drag pans"));
  tools->addWidget(fit);
  left_layout->addLayout(tools);

  main_views_ = new QStackedWidget(left);
  view_ = new KeypointFrameView(main_views_);
  main_views_->addWidget(view_);
  left_layout->addWidget(main_views_, 1);
  connect(fit, &QToolButton::clicked, view_, &KeypointFrameView::fitToView);
  connect(view_, &KeypointFrameView::pointMoved, this, &PreparePage::onPointMoved);
  connect(view_, &KeypointFrameView::pointPlaced, this, &PreparePage::onPointPlaced);
  connect(view_, &KeypointFrameView::deleteRequested, this, [this](int joint) {
    view_->setSelectedJoint(joint);
    deleteSelectedPoint();
  });
  connect(view_, &KeypointFrameView::occludedRequested, this, &PreparePage::setPointOccluded);
  connect(view_, &KeypointFrameView::strokeFinished, this, &PreparePage::addStroke);
  connect(view_, &KeypointFrameView::selectedJointChanged, this, [this](int joint) {
    if (joint >= 0 && view_->tool() == KeypointFrameView::Tool::Edit) {
      const QSignalBlocker blocker(joint_combo_);
      joint_combo_->setCurrentIndex(joint);
    }
    refreshControls();
  });

  auto* strip_row = new QHBoxLayout;
  frame_label_ = new QLabel(left);
  frame_label_->setMinimumWidth(110);
  strip_row->addWidget(frame_label_);
  next_problem_ = new QPushButton(tr("Next problem frame"), left);
  next_problem_->setToolTip(tr("Go to the next frame flagged in the filmstrip"));
  connect(next_problem_, &QPushButton::clicked, this, [this] {
    const int next = filmstrip_->nextProblemRow(row_);
    if (next >= 0)
      setCurrentRow(next);
    else
      showBanner(tr("No frame is flagged."), false);
  });
  strip_row->addStretch(1);
  strip_row->addWidget(next_problem_);
  left_layout->addLayout(strip_row);
  filmstrip_ = new FrameFilmstrip(left);
  left_layout->addWidget(filmstrip_);
  connect(filmstrip_, &QListWidget::currentRowChanged, this, [this](int row) {
    if (row >= 0) setCurrentRow(row);
  });

  // Right: the side panel.
  tabs_ = new QTabWidget(splitter);
  auto* scroll = new SidePanelScrollArea(nullptr, tabs_);
  scroll->setObjectName("prepareSidePanel");
  auto* panel = new QWidget(scroll);
  auto* panel_layout = new QVBoxLayout(panel);
  scroll->setWidget(panel);
  tabs_->addTab(scroll, tr("Frame"));

  auto* points_box = new QGroupBox(tr("Keypoints"), panel);
  auto* points_layout = new QVBoxLayout(points_box);
  auto* joint_row = new QHBoxLayout;
  joint_row->addWidget(new QLabel(tr("Joint"), points_box));
  joint_combo_ = new QComboBox(points_box);
  joint_combo_->addItems(KeypointFrameView::jointNames());
  joint_combo_->setToolTip(tr("The joint to select, or to place with the Place tool"));
  joint_row->addWidget(joint_combo_, 1);
  points_layout->addLayout(joint_row);
  connect(joint_combo_, qOverload<int>(&QComboBox::activated), this, [this](int joint) {
    view_->setPlacementJoint(joint);
    if (view_->tool() == KeypointFrameView::Tool::Edit) view_->setSelectedJoint(joint);
  });
  auto* place_next = new QPushButton(tr("Place next missing joint"), points_box);
  place_next->setToolTip(tr("Click in the frame to place each missing joint in turn"));
  connect(place_next, &QPushButton::clicked, this, &PreparePage::placeNextMissing);
  points_layout->addWidget(place_next);
  auto_next_ = new QCheckBox(tr("After placing, go to the next missing joint"), points_box);
  auto_next_->setChecked(true);
  points_layout->addWidget(auto_next_);
  place_hand_ = new QPushButton(tr("Place hand"), points_box);
  place_hand_->setToolTip(
      tr("Drop an open hand on a frame without keypoints, then drag the points that are off"));
  connect(place_hand_, &QPushButton::clicked, this, &PreparePage::placeHand);
  points_layout->addWidget(place_hand_);
  delete_point_ = new QPushButton(tr("Delete point"), points_box);
  delete_point_->setToolTip(tr("Remove the selected point (Del); tracking leaves it out"));
  connect(delete_point_, &QPushButton::clicked, this, &PreparePage::deleteSelectedPoint);
  points_layout->addWidget(delete_point_);
  occluded_check_ = new QCheckBox(tr("Occluded"), points_box);
  occluded_check_->setToolTip(
      tr("The selected point is hidden and its position guessed: it counts half in the fit"));
  connect(occluded_check_, &QCheckBox::clicked, this,
          [this](bool on) { setPointOccluded(view_->selectedJoint(), on); });
  points_layout->addWidget(occluded_check_);
  point_info_ = new QLabel(points_box);
  point_info_->setWordWrap(true);
  // Room for two lines: a wrapped label inside a scroll area does not always get its height.
  point_info_->setMinimumHeight(2 * point_info_->fontMetrics().lineSpacing() + 2);
  point_info_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  points_layout->addWidget(point_info_);
  auto* hand_row = new QHBoxLayout;
  hand_row->addWidget(new QLabel(tr("Hand"), points_box));
  hand_combo_ = new QComboBox(points_box);
  hand_combo_->addItem(tr("Right"), static_cast<int>(Handedness::Right));
  hand_combo_->addItem(tr("Left"), static_cast<int>(Handedness::Left));
  hand_row->addWidget(hand_combo_, 1);
  points_layout->addLayout(hand_row);
  hand_note_ = new QLabel(points_box);
  hand_note_->setWordWrap(true);
  points_layout->addWidget(hand_note_);
  connect(hand_combo_, qOverload<int>(&QComboBox::activated), this, [this](int index) {
    if (!project_->isOpen()) return;
    const auto hand = static_cast<Handedness>(hand_combo_->itemData(index).toInt());
    if (hand == project_->keypoints().handedness() && project_->keypoints().handednessKnown()) return;
    project_->push(std::make_unique<SetHandednessCommand>(project_->keypoints(), hand, true));
  });
  panel_layout->addWidget(points_box);

  auto* mask_box = new QGroupBox(tr("Mask"), panel);
  auto* mask_layout = new QFormLayout(mask_box);
  mask_check_ = new QCheckBox(tr("Show mask"), mask_box);
  mask_check_->setChecked(true);
  connect(mask_check_, &QCheckBox::toggled, view_, &KeypointFrameView::setMaskVisible);
  mask_layout->addRow(mask_check_);
  opacity_slider_ = new QSlider(Qt::Horizontal, mask_box);
  opacity_slider_->setRange(0, 100);
  opacity_slider_->setValue(static_cast<int>(std::lround(view_->maskOpacity() * 100)));
  connect(opacity_slider_, &QSlider::valueChanged, this, [this](int v) { view_->setMaskOpacity(v / 100.0); });
  mask_layout->addRow(tr("Opacity"), opacity_slider_);
  mask_style_ = new QComboBox(mask_box);
  mask_style_->addItem(tr("Filled and outline"),
                       static_cast<int>(KeypointFrameView::MaskStyle::FilledAndOutline));
  mask_style_->addItem(tr("Filled"), static_cast<int>(KeypointFrameView::MaskStyle::Filled));
  mask_style_->addItem(tr("Outline"), static_cast<int>(KeypointFrameView::MaskStyle::Outline));
  connect(mask_style_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
    view_->setMaskStyle(static_cast<KeypointFrameView::MaskStyle>(mask_style_->itemData(index).toInt()));
  });
  mask_layout->addRow(tr("Style"), mask_style_);
  brush_spin_ = new QSpinBox(mask_box);
  brush_spin_->setRange(1, 100);
  brush_spin_->setValue(4);
  brush_spin_->setSuffix(tr(" px"));
  brush_spin_->setToolTip(tr("Brush radius in frame pixels"));
  connect(brush_spin_, qOverload<int>(&QSpinBox::valueChanged), view_, &KeypointFrameView::setBrushRadius);
  view_->setBrushRadius(brush_spin_->value());
  mask_layout->addRow(tr("Brush"), brush_spin_);
  clear_scribbles_ = new QPushButton(tr("Clear scribbles"), mask_box);
  clear_scribbles_->setToolTip(tr("Forget this frame's brush strokes (the mask stays as it is)"));
  connect(clear_scribbles_, &QPushButton::clicked, this, &PreparePage::clearScribbles);
  mask_layout->addRow(clear_scribbles_);
  segment_status_ = new QLabel(mask_box);
  segment_status_->setWordWrap(true);
  mask_layout->addRow(segment_status_);
  panel_layout->addWidget(mask_box);

  auto* track_box = new QGroupBox(tr("Tracking"), panel);
  auto* track_layout = new QVBoxLayout(track_box);
  track_button_ = new QPushButton(tr("Track from here"), track_box);
  track_button_->setToolTip(
      tr("Follow this frame's points forward to the next frame you edited, or to the end"));
  connect(track_button_, &QPushButton::clicked, this, &PreparePage::trackFromHere);
  track_layout->addWidget(track_button_);
  auto* progress_row = new QHBoxLayout;
  track_progress_ = new QProgressBar(track_box);
  track_progress_->setRange(0, 100);
  track_progress_->setValue(0);
  track_progress_->setTextVisible(false);  // shown once a run starts
  progress_row->addWidget(track_progress_, 1);
  cancel_track_ = new QPushButton(tr("Cancel"), track_box);
  cancel_track_->setEnabled(false);
  connect(cancel_track_, &QPushButton::clicked, this, &PreparePage::cancelTracking);
  progress_row->addWidget(cancel_track_);
  track_layout->addLayout(progress_row);
  auto* propagate_row = new QHBoxLayout;
  propagate_button_ = new QPushButton(tr("Propagate to next"), track_box);
  propagate_button_->setToolTip(
      tr("Copy this frame's points into the next frames (your own points there stay)"));
  propagate_spin_ = new QSpinBox(track_box);
  propagate_spin_->setRange(1, 1000);
  propagate_spin_->setValue(5);
  propagate_spin_->setSuffix(tr(" frames"));
  connect(propagate_button_, &QPushButton::clicked, this, [this] { propagate(propagate_spin_->value()); });
  propagate_row->addWidget(propagate_button_);
  propagate_row->addWidget(propagate_spin_);
  track_layout->addLayout(propagate_row);
  interpolate_button_ = new QPushButton(tr("Interpolate keyframes"), track_box);
  interpolate_button_->setToolTip(
      tr("Fill every joint between two frames where you placed it by linear interpolation"));
  connect(interpolate_button_, &QPushButton::clicked, this, &PreparePage::interpolateKeyframes);
  track_layout->addWidget(interpolate_button_);
  panel_layout->addWidget(track_box);

  auto* legend = new QLabel(
      tr("<b>Points</b>: filled dot = yours, square = imported, ring = tracked or interpolated, half "
         "dot = occluded, red dashed ring = low confidence."),
      panel);
  legend->setWordWrap(true);
  panel_layout->addWidget(legend);
  panel_layout->addStretch(1);

  splitter->addWidget(left);
  splitter->addWidget(tabs_);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 0);
  // No fixed minimum width: the side panel's scroll area asks for what its controls need, so that
  // nothing is clipped at the default window size or in a longer translation.
  splitter->setSizes({900, 300});
}

int PreparePage::addPanel(QWidget* panel, const QString& title, QWidget* main_view) {
  const int index = tabs_->addTab(panel, title);
  if (main_view) {
    main_views_->addWidget(main_view);
    panel_views_[panel] = main_view;
  }
  if (!tabs_connected_) {
    tabs_connected_ = true;
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int i) {
      const auto it = panel_views_.find(tabs_->widget(i));
      main_views_->setCurrentWidget(it != panel_views_.end() ? it->second : static_cast<QWidget*>(view_));
    });
  }
  return index;
}

QWidget* PreparePage::currentMainView() const { return main_views_->currentWidget(); }

// ---- State -------------------------------------------------------------------------------------

void PreparePage::onProjectChanged() {
  if (track_cancel_) track_cancel_->cancel();
  pending_segmentation_.clear();
  scribbles_.clear();
  scribble_revision_.clear();
  load_error_.clear();
  banner_->hide();
  decoded_ = 0;
  ++generation_;
  const int n = project_->frameCount();
  frame_numbers_.clear();
  if (project_->isOpen())
    for (const ProjectFrame& frame : project_->project().frames) frame_numbers_.push_back(frame.index);
  QStringList labels;
  for (int r = 0; r < n; ++r) {
    labels << QString::number(frame_numbers_.at(static_cast<size_t>(r)));
    if (!project_->frameImage(r).isNull()) ++decoded_;
  }
  filmstrip_->setFrameCount(n, labels);
  for (int r = 0; r < n; ++r) {
    filmstrip_->setThumbnail(r, project_->frameImage(r));
    refreshProblems(r);
  }
  row_ = -1;
  // Preparing guesses the hand from the keypoints when there are some and it was not told; without
  // any, the hand is only the default (placing points later does not guess it).
  hand_guessed_ = false;
  for (const FrameKeypoints& frame : project_->keypoints().track().frames)
    for (const Keypoint2D& point : frame) hand_guessed_ = hand_guessed_ || point.present();
  refreshHandedness();
  if (n > 0)
    setCurrentRow(0);
  else {
    refreshMessage();
    refreshControls();
    Q_EMIT currentRowChanged(-1);
  }
}

void PreparePage::onFrameLoaded(int row) {
  ++decoded_;
  filmstrip_->setThumbnail(row, project_->frameImage(row));
  if (row == row_) {
    refreshFrame();
  } else {
    refreshMessage();
  }
}

void PreparePage::onKeypointsChanged(int first, int last) {
  if (first > last) {
    refreshHandedness();
    return;
  }
  for (int r = std::max(0, first); r <= last && r < project_->frameCount(); ++r) refreshProblems(r);
  if (!project_->keypoints().handednessKnown()) refreshHandedness();  // what the points suggest
  if (row_ >= first && row_ <= last) {
    view_->setKeypoints(project_->keypoints().frame(row_));
    refreshControls();
  }
}

void PreparePage::onMaskChanged(int row) {
  refreshProblems(row);
  if (row == row_) view_->setMask(project_->mask(row));
}

void PreparePage::setCurrentRow(int row) {
  if (!project_->isOpen() || project_->frameCount() == 0) return;
  row = std::clamp(row, 0, project_->frameCount() - 1);
  if (row == row_) return;
  row_ = row;
  {
    const QSignalBlocker blocker(filmstrip_);
    filmstrip_->setCurrentRow(row);
  }
  filmstrip_->scrollToItem(filmstrip_->item(row));
  refreshFrame();
  Q_EMIT currentRowChanged(row);
}

void PreparePage::refreshFrame() {
  if (row_ < 0 || !project_->isOpen()) {
    refreshMessage();
    return;
  }
  view_->setImage(project_->frameImage(row_));
  view_->setMask(project_->mask(row_));
  view_->setKeypoints(project_->keypoints().frame(row_));
  view_->setScribbles(scribbles(row_));
  frame_label_->setText(tr("Frame %1 (%2 of %3)")
                            .arg(frame_numbers_.at(static_cast<size_t>(row_)))
                            .arg(row_ + 1)
                            .arg(project_->frameCount()));
  refreshMessage();
  refreshControls();
}

QString PreparePage::messageText() const {
  return stack_->currentIndex() == 0 ? message_->text() : view_->placeholderText();
}

void PreparePage::refreshMessage() {
  if (!project_->isOpen()) {
    message_->setText(
        tr("Open or create a project to check its keypoints and masks.\n"
           "File > Open Project…, or prepare a capture on the Capture page."));
    stack_->setCurrentIndex(0);
    return;
  }
  if (project_->frameCount() == 0) {
    message_->setText(tr("The project has no frames."));
    stack_->setCurrentIndex(0);
    return;
  }
  stack_->setCurrentIndex(1);
  QString placeholder;
  if (row_ >= 0 && project_->frameImage(row_).isNull()) {
    if (!load_error_.isEmpty())
      placeholder = tr("The frames could not be read:\n%1").arg(load_error_);
    else
      placeholder = tr("Decoding frames… %1 of %2").arg(decoded_).arg(project_->frameCount());
  }
  view_->setPlaceholderText(placeholder);
}

QString PreparePage::bannerText() const { return banner_->isHidden() ? QString() : banner_->text(); }

void PreparePage::showBanner(const QString& text, bool error) {
  banner_->setText(text);
  banner_->setStyleSheet(error ? "QLabel { background: #5a1d1d; color: #ffd6d6; padding: 6px; }"
                               : "QLabel { background: #2d3b4d; color: #e0ecff; padding: 6px; }");
  banner_->setVisible(!text.isEmpty());
}

void PreparePage::refreshControls() {
  const bool frame = row_ >= 0 && project_->isOpen() && !project_->frameImage(row_).isNull();
  const FrameKeypoints points =
      row_ >= 0 && project_->isOpen() ? project_->keypoints().frame(row_) : FrameKeypoints{};
  const int joint = view_->selectedJoint();
  const bool selected = frame && joint >= 0 && points[joint].present();
  place_hand_->setEnabled(frame && presentCount(points) == 0);
  delete_point_->setEnabled(selected);
  occluded_check_->setEnabled(selected);
  {
    const QSignalBlocker blocker(occluded_check_);
    occluded_check_->setChecked(selected && points[joint].origin == KeypointOrigin::User &&
                                points[joint].confidence < 1.0f);
  }
  if (selected) {
    static const char* const kOrigins[] = {QT_TR_NOOP("none"),         QT_TR_NOOP("imported"),
                                           QT_TR_NOOP("tracked"),      QT_TR_NOOP("yours"),
                                           QT_TR_NOOP("interpolated"), QT_TR_NOOP("propagated")};
    const Keypoint2D& p = points[joint];
    point_info_->setText(tr("%1: (%2, %3), %4, confidence %5")
                             .arg(KeypointFrameView::jointNames().value(joint))
                             .arg(p.x, 0, 'f', 1)
                             .arg(p.y, 0, 'f', 1)
                             .arg(tr(kOrigins[static_cast<int>(p.origin)]))
                             .arg(p.confidence, 0, 'f', 2));
  } else {
    point_info_->setText(frame ? tr("%1 of 21 points present").arg(presentCount(points)) : QString());
  }
  for (QToolButton* b : tool_buttons_) b->setEnabled(frame);
  track_button_->setEnabled(frame && !tracking_ && row_ + 1 < project_->frameCount());
  cancel_track_->setEnabled(tracking_);
  propagate_button_->setEnabled(frame && !tracking_ && row_ + 1 < project_->frameCount());
  interpolate_button_->setEnabled(project_->isOpen() && !tracking_);
  clear_scribbles_->setEnabled(frame && scribbles(row_).defined());
  next_problem_->setEnabled(project_->isOpen());
}

QString PreparePage::handednessNote() const { return hand_note_->text(); }

void PreparePage::refreshHandedness() {
  const bool open = project_->isOpen();
  hand_combo_->setEnabled(open);
  if (!open) {
    hand_note_->clear();
    return;
  }
  const KeypointDocument& kp = project_->keypoints();
  const QSignalBlocker blocker(hand_combo_);
  hand_combo_->setCurrentIndex(kp.handedness() == Handedness::Left ? 1 : 0);
  if (kp.handednessKnown())
    hand_note_->clear();
  else if (hand_guessed_)
    hand_note_->setText(tr("Guessed from the keypoints: please confirm."));
  else {
    // The points placed so far may already tell (assuming the palm faces the camera at the start, as
    // guessHandedness does): say what they suggest, and leave the choice to the user.
    const auto [guess, confidence] = guessHandedness(kp.track());
    QString note = tr("Not known yet (Right is assumed): choose the hand the video shows.");
    if (confidence > 0.0)
      note += " " + (guess == Handedness::Left
                         ? tr("With the palm toward the camera, the points look like a left hand.")
                         : tr("With the palm toward the camera, the points look like a right hand."));
    hand_note_->setText(note);
  }
}

void PreparePage::refreshProblems(int row) {
  if (!project_->isOpen() || row < 0 || row >= project_->frameCount()) return;
  const FrameKeypoints& points = project_->keypoints().frame(row);
  QStringList problems;
  auto severity = FrameFilmstrip::Severity::Warning;
  const int present = presentCount(points);
  if (present == 0) {
    problems << tr("No keypoints");
    severity = FrameFilmstrip::Severity::Error;
  } else if (present < kHandKeypoints) {
    problems << tr("%1 of %2 keypoints missing").arg(kHandKeypoints - present).arg(kHandKeypoints);
    if (present < 3) severity = FrameFilmstrip::Severity::Error;
  }
  if (present > 0) {
    double sum = 0.0;
    for (const Keypoint2D& p : points)
      if (p.present()) sum += p.confidence;
    const double mean = sum / present;
    if (mean < kLowConfidenceThreshold)
      problems << tr("Low keypoint confidence (mean %1)").arg(mean, 0, 'f', 2);
  }
  const torch::Tensor mask = project_->mask(row);
  if (!mask.defined() || mask.max().item<int>() < 128) {
    problems << tr("No mask");
    severity = FrameFilmstrip::Severity::Error;
  }
  filmstrip_->setProblems(row, problems, severity);
}

// ---- Keypoint edits ----------------------------------------------------------------------------

void PreparePage::setTool(int tool) {
  static const KeypointFrameView::Tool kTools[] = {
      KeypointFrameView::Tool::Edit, KeypointFrameView::Tool::Place, KeypointFrameView::Tool::HandBrush,
      KeypointFrameView::Tool::BackgroundBrush};
  tool = std::clamp(tool, 0, 3);
  tool_buttons_[tool]->setChecked(true);
  view_->setTool(kTools[tool]);
  if (tool == kPlaceTool) view_->setPlacementJoint(joint_combo_->currentIndex());
}

void PreparePage::onPointMoved(int joint, const QPointF& position, quint64 gesture) {
  if (row_ < 0) return;
  try {
    project_->push(std::make_unique<MovePointCommand>(project_->keypoints(), row_, joint,
                                                      static_cast<float>(position.x()),
                                                      static_cast<float>(position.y()), gesture));
  } catch (const Error& e) {
    showBanner(QString::fromStdString(e.what()), true);
  }
}

void PreparePage::onPointPlaced(int joint, const QPointF& position) {
  if (row_ < 0) return;
  try {
    auto command =
        std::make_unique<SetPointCommand>(project_->keypoints(), row_, joint,
                                          static_cast<float>(position.x()), static_cast<float>(position.y()));
    command->setText(tr("Place %1").arg(KeypointFrameView::jointNames().value(joint)).toStdString());
    project_->push(std::move(command));
  } catch (const Error& e) {
    showBanner(QString::fromStdString(e.what()), true);
    return;
  }
  if (!auto_next_->isChecked()) return;
  const FrameKeypoints& points = project_->keypoints().frame(row_);
  for (int k = 1; k <= kHandKeypoints; ++k) {
    const int next = (joint + k) % kHandKeypoints;
    if (!points[next].present()) {
      joint_combo_->setCurrentIndex(next);
      view_->setPlacementJoint(next);
      return;
    }
  }
  setTool(kEditTool);  // every joint is placed
}

void PreparePage::placeNextMissing() {
  if (row_ < 0 || !project_->isOpen()) return;
  const FrameKeypoints& points = project_->keypoints().frame(row_);
  for (int j = 0; j < kHandKeypoints; ++j) {
    if (!points[j].present()) {
      joint_combo_->setCurrentIndex(j);
      setTool(kPlaceTool);
      view_->setFocus();
      return;
    }
  }
  showBanner(tr("Every joint of this frame is placed."), false);
}

void PreparePage::deleteSelectedPoint() {
  const int joint = view_->selectedJoint();
  if (row_ < 0 || joint < 0 || !project_->keypoints().point(row_, joint).present()) return;
  project_->push(std::make_unique<DeletePointCommand>(project_->keypoints(), row_, joint));
}

void PreparePage::setPointOccluded(int joint, bool occluded) {
  if (row_ < 0 || joint < 0 || joint >= kHandKeypoints) return;
  try {
    auto command = std::make_unique<SetConfidenceCommand>(project_->keypoints(), row_, joint,
                                                          occluded ? kOccludedConfidence : 1.0f);
    command->setText(occluded ? tr("Mark point occluded").toStdString()
                              : tr("Mark point visible").toStdString());
    project_->push(std::move(command));
  } catch (const Error& e) {
    showBanner(QString::fromStdString(e.what()), true);
  }
  refreshControls();
}

FrameKeypoints PreparePage::handTemplate(int row) const {
  const double w = project_->frameWidth(), h = project_->frameHeight();
  const bool left = project_->keypoints().handedness() == Handedness::Left;
  float min_x = 1e9f, max_x = -1e9f, min_y = 1e9f, max_y = -1e9f;
  for (const auto& p : kOpenHand) {
    const float x = left ? -p[0] : p[0];
    min_x = std::min(min_x, x);
    max_x = std::max(max_x, x);
    min_y = std::min(min_y, p[1]);
    max_y = std::max(max_y, p[1]);
  }
  const double tw = max_x - min_x, th = max_y - min_y;
  // Default: centred, 40 % of the frame high.
  double scale = 0.4 * h / th;
  double cx = w / 2.0, top = h / 2.0 - 0.5 * th * scale;
  const torch::Tensor mask = project_->mask(row);
  if (mask.defined()) {
    const torch::Tensor inside = mask >= 128;
    const torch::Tensor rows = inside.any(1).nonzero(), cols = inside.any(0).nonzero();
    if (rows.numel() > 0 && cols.numel() > 0) {
      const double y0 = rows.min().item<int64_t>(), y1 = rows.max().item<int64_t>();
      const double x0 = cols.min().item<int64_t>(), x1 = cols.max().item<int64_t>();
      // Fingers at the top of the mask; a forearm below leaves the width to decide the size.
      scale = std::min((x1 - x0 + 1) / tw, (y1 - y0 + 1) / th);
      cx = (x0 + x1) / 2.0;
      top = y0;
    }
  }
  FrameKeypoints points{};
  for (int j = 0; j < kHandKeypoints; ++j) {
    const double x = left ? -kOpenHand[j][0] : kOpenHand[j][0];
    Keypoint2D& p = points[j];
    p.x = static_cast<float>(cx + (x - (min_x + max_x) / 2.0) * scale);
    p.y = static_cast<float>(top + (kOpenHand[j][1] - min_y) * scale);
    p.confidence = 1.0f;
    p.origin = KeypointOrigin::User;
  }
  return points;
}

bool PreparePage::placeHand() {
  if (row_ < 0 || project_->frameImage(row_).isNull()) {
    showBanner(tr("The frame is not decoded yet."), true);
    return false;
  }
  if (presentCount(project_->keypoints().frame(row_)) > 0) {
    showBanner(tr("This frame already has keypoints: Place hand is for frames without any."), true);
    return false;
  }
  const FrameKeypoints points = handTemplate(row_);
  auto macro = std::make_unique<CompoundCommand>(tr("Place hand").toStdString());
  for (int j = 0; j < kHandKeypoints; ++j)
    macro->add(std::make_unique<SetPointCommand>(project_->keypoints(), row_, j, points[j].x, points[j].y));
  project_->push(std::move(macro));
  return true;
}

bool PreparePage::propagate(int k) {
  if (row_ < 0) return false;
  k = std::min(k, project_->frameCount() - 1 - row_);
  const FrameKeypoints source = project_->keypoints().frame(row_);
  if (k <= 0 || presentCount(source) == 0) {
    showBanner(k <= 0 ? tr("This is the last frame.") : tr("This frame has no keypoints to propagate."),
               true);
    return false;
  }
  project_->push(std::make_unique<PropagatePointsCommand>(
      project_->keypoints(), row_, k, std::vector<FrameKeypoints>(static_cast<size_t>(k), source)));
  return true;
}

void PreparePage::interpolateKeyframes() {
  if (!project_->isOpen() || project_->frameCount() == 0) return;
  project_->push(
      std::make_unique<InterpolateKeyframesCommand>(project_->keypoints(), 0, project_->frameCount() - 1));
}

// ---- Tracking ----------------------------------------------------------------------------------

bool PreparePage::isTracking() const { return tracking_; }

bool PreparePage::trackFromHere() {
  if (tracking_ || row_ < 0) return false;
  const int n = project_->frameCount();
  const FrameKeypoints start = project_->keypoints().frame(row_);
  if (presentCount(start) == 0) {
    showBanner(tr("This frame has no keypoints to track: place them first."), true);
    return false;
  }
  int end = row_ + 1;  // exclusive: the next user keyframe or the end
  while (end < n && !hasUserKeyframe(project_->keypoints().frame(end))) ++end;
  if (end == row_ + 1) {
    showBanner(
        end >= n ? tr("This is the last frame.") : tr("The next frame is one you edited: nothing to track."),
        true);
    return false;
  }
  std::vector<torch::Tensor> frames;
  for (int r = row_; r < end; ++r) {
    frames.push_back(project_->frameRgb(r));
    if (!frames.back().defined()) {
      showBanner(tr("The frames are still being decoded; try again in a moment."), true);
      return false;
    }
  }
  if (track_thread_.joinable()) track_thread_.join();
  tracking_ = true;
  track_cancel_ = std::make_shared<CancelToken>();
  track_progress_->setValue(0);
  track_progress_->setFormat(tr("Tracking… %p%"));
  track_progress_->setTextVisible(true);
  refreshControls();
  const int from = row_;
  const uint64_t generation = generation_;
  auto cancel = track_cancel_;
  QPointer<PreparePage> self(this);
  track_thread_ = std::thread([self, generation, from, frames, start, cancel] {
    std::vector<FrameKeypoints> positions;
    QString error;
    bool cancelled = false;
    try {
      FrameKeypoints points = start;
      for (size_t i = 1; i < frames.size(); ++i) {
        cancel->check();
        points = trackStep(frames[i - 1], frames[i], points);
        positions.push_back(points);
        const int percent = static_cast<int>(100 * i / (frames.size() - 1));
        QMetaObject::invokeMethod(
            self,
            [self, percent] {
              if (self) self->track_progress_->setValue(percent);
            },
            Qt::QueuedConnection);
      }
    } catch (const Cancelled&) {
      cancelled = true;
    } catch (const std::exception& e) {
      error = QString::fromStdString(e.what());
    }
    QMetaObject::invokeMethod(
        self,
        [self, generation, from, positions, error, cancelled] {
          if (self) self->finishTracking(generation, from, positions, error, cancelled);
        },
        Qt::QueuedConnection);
  });
  return true;
}

void PreparePage::cancelTracking() {
  if (track_cancel_) track_cancel_->cancel();
}

void PreparePage::finishTracking(uint64_t generation, int from, const std::vector<FrameKeypoints>& positions,
                                 const QString& error, bool cancelled) {
  tracking_ = false;
  bool applied = false;
  if (cancelled || generation != generation_ || track_cancel_->isCancelled()) {
    track_progress_->setFormat(tr("Cancelled"));
  } else if (!error.isEmpty()) {
    track_progress_->setFormat(tr("Failed"));
    showBanner(tr("Tracking failed: %1").arg(error), true);
  } else if (!positions.empty() && project_->isOpen() &&
             from + static_cast<int>(positions.size()) < project_->frameCount()) {
    auto command = std::make_unique<PropagatePointsCommand>(project_->keypoints(), from,
                                                            static_cast<int>(positions.size()), positions);
    command->setText(tr("Track from frame %1").arg(from + 1).toStdString());
    project_->push(std::move(command));
    track_progress_->setValue(100);
    track_progress_->setFormat(tr("Tracked %1 frames").arg(positions.size()));
    applied = true;
  }
  refreshControls();
  Q_EMIT trackingFinished(applied);
}

// ---- Scribbles and segmentation ----------------------------------------------------------------

torch::Tensor PreparePage::scribbles(int row) const {
  const auto it = scribbles_.find(row);
  return it == scribbles_.end() ? torch::Tensor() : it->second;
}

bool PreparePage::isSegmenting() const { return segmenting_row_ >= 0; }

void PreparePage::clearScribbles() {
  if (row_ < 0) return;
  scribbles_.erase(row_);
  ++scribble_revision_[row_];
  view_->setScribbles(torch::Tensor());
  refreshControls();
}

void PreparePage::addStroke(const QPolygonF& points, double radius, int label) {
  if (row_ < 0 || points.isEmpty() || project_->frameImage(row_).isNull()) return;
  const int w = project_->frameWidth(), h = project_->frameHeight();
  // Rasterise the stroke; image pixel centres are at integers, so shift by half a pixel.
  QImage canvas(w, h, QImage::Format_Grayscale8);
  canvas.fill(0);
  {
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.translate(0.5, 0.5);
    painter.setPen(QPen(QColor(255, 255, 255), 2.0 * radius, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (points.size() == 1)
      painter.drawPoint(points.front());
    else
      painter.drawPolyline(points);
  }
  torch::Tensor labels = scribbles(row_);
  if (!labels.defined()) labels = torch::zeros({h, w}, torch::kUInt8);
  uint8_t* data = labels.data_ptr<uint8_t>();
  for (int y = 0; y < h; ++y) {
    const uchar* line = canvas.constScanLine(y);
    for (int x = 0; x < w; ++x)
      if (line[x] >= 128) data[y * w + x] = static_cast<uint8_t>(label);
  }
  scribbles_[row_] = labels;
  ++scribble_revision_[row_];
  view_->setScribbles(labels);
  refreshControls();
  startSegmentation(row_);
}

void PreparePage::startSegmentation(int row) {
  if (segmenting_row_ >= 0) {
    pending_segmentation_.insert(row);  // runs after the current one, with every stroke so far
    return;
  }
  if (segment_thread_.joinable()) segment_thread_.join();
  const torch::Tensor rgb = project_->frameRgb(row);
  if (!rgb.defined()) return;
  segmenting_row_ = row;
  pending_segmentation_.erase(row);
  segment_status_->setText(tr("Segmenting frame %1…").arg(row + 1));
  const FrameKeypoints points = project_->keypoints().frame(row);
  const torch::Tensor labels = scribbles(row).defined() ? scribbles(row).clone() : torch::Tensor();
  const uint64_t revision = scribble_revision_[row];
  const SegmentationOptions options;  // as palma prepare segments
  const uint64_t generation = generation_;
  QPointer<PreparePage> self(this);
  segment_thread_ = std::thread([self, generation, row, rgb, points, labels, revision, options] {
    torch::Tensor mask;
    QString error;
    try {
      HandSegmenter segmenter(options);
      Scribbles scribbles;
      scribbles.labels = labels;
      mask = segmenter.segment(rgb, points, scribbles);
    } catch (const std::exception& e) {
      error = QString::fromStdString(e.what());
    }
    QMetaObject::invokeMethod(
        self,
        [self, generation, row, revision, mask, error] {
          if (self) self->finishSegmentation(generation, row, revision, mask, error);
        },
        Qt::QueuedConnection);
  });
}

void PreparePage::finishSegmentation(uint64_t generation, int row, uint64_t revision,
                                     const torch::Tensor& mask, const QString& error) {
  segmenting_row_ = -1;
  if (generation != generation_) {
    Q_EMIT segmentationFinished(false);
    return;
  }
  const bool stale = revision != scribble_revision_[row];
  bool applied = false;
  if (!error.isEmpty()) {
    segment_status_->clear();
    showBanner(tr("The frame could not be segmented: %1").arg(error), true);
  } else if (!stale && project_->isOpen() && row < project_->frameCount()) {
    project_->setMask(row, mask, tr("Brush stroke"));
    segment_status_->setText(tr("Mask of frame %1 updated.").arg(row + 1));
    applied = true;
  }
  if (stale && scribbles(row).defined()) pending_segmentation_.insert(row);
  if (!pending_segmentation_.empty() && project_->isOpen()) {
    const int next = *pending_segmentation_.begin();
    pending_segmentation_.erase(pending_segmentation_.begin());
    if (next < project_->frameCount()) startSegmentation(next);
  }
  Q_EMIT segmentationFinished(applied);
}

// ---- Keys --------------------------------------------------------------------------------------

void PreparePage::keyPressEvent(QKeyEvent* event) {
  if (event->matches(QKeySequence::Undo)) {
    project_->undoStack()->undo();
  } else if (event->matches(QKeySequence::Redo)) {
    project_->undoStack()->redo();
  } else if (event->key() == Qt::Key_Left && event->modifiers() == Qt::NoModifier) {
    setCurrentRow(row_ - 1);
  } else if (event->key() == Qt::Key_Right && event->modifiers() == Qt::NoModifier) {
    setCurrentRow(row_ + 1);
  } else if (event->key() == Qt::Key_Delete) {
    deleteSelectedPoint();
  } else {
    QWidget::keyPressEvent(event);
  }
}

}  // namespace palma
