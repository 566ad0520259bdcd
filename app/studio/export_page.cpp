// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/torch.h>

#include "app/studio/export_page.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QThread>
#include <QVBoxLayout>
#include <iostream>

#include "core/common/error.h"
#include "core/model/pose_presets.h"
#include "widgets/avatar_document.h"

namespace palma {
namespace {

// "thumbs_up" -> "Thumbs up"
QString displayName(const std::string& preset) {
  QString text = QString::fromStdString(preset).replace('_', ' ');
  if (!text.isEmpty()) text[0] = text[0].toUpper();
  return text;
}

QString extensionOf(ExportFormat format) { return QString::fromLatin1(exportFormatName(format)); }

// Everything the worker thread needs, and what it leaves for the GUI thread. The avatar and template are
// copies: their tensors are shared, read-only, and the document replaces rather than edits them.
struct ExportJob {
  Avatar avatar;
  HandModel tmpl;
  std::string path;
  ExportOptions options;
  ExportResult result;
  bool cancelled = false;
  QString error;
  double seconds = 0;
};

}  // namespace

ExportPage::ExportPage(AvatarDocument* document, QWidget* parent) : QWidget(parent), document_(document) {
  auto* column = new QVBoxLayout();
  // The mention of docs/export.md opens it in the studio's guide.
  QString intro =
      tr("<h2>Export</h2>"
         "<p>Write the avatar as a rigged asset for Blender, Maya, Unreal, Unity or three.js "
         "(the same export as <tt>palma export</tt>; see docs/export.md).</p>");
  intro.replace("docs/export.md", "<a href=\"guide:docs/export.md\">docs/export.md</a>");
  auto* title = new QLabel(intro, this);
  title->setObjectName("exportIntro");
  title->setWordWrap(true);
  title->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
  connect(title, &QLabel::linkActivated, this, [this](const QString& link) {
    if (link.startsWith("guide:")) Q_EMIT guideRequested(link.mid(6));
  });
  column->addWidget(title);
  no_avatar_ = new QLabel(tr("Open an avatar first (File > Open Avatar…)."), this);
  no_avatar_->setObjectName("exportNoAvatar");
  column->addWidget(no_avatar_);

  auto* options_box = new QGroupBox(tr("Options"), this);
  auto* form = new QFormLayout(options_box);
  format_ = new QComboBox(options_box);
  format_->setObjectName("exportFormat");
  format_->addItem(tr("glTF binary (.glb)"), int(ExportFormat::Glb));
  format_->addItem(tr("glTF + .bin (.gltf)"), int(ExportFormat::Gltf));
  format_->addItem(tr("FBX, ASCII (.fbx)"), int(ExportFormat::Fbx));
  format_->addItem(tr("OBJ, static (.obj)"), int(ExportFormat::Obj));
  form->addRow(tr("Format:"), format_);

  texture_size_ = new QComboBox(options_box);
  texture_size_->setObjectName("exportTextureSize");
  texture_size_->addItem(tr("The avatar's own"), 0);
  for (int size : {256, 512, 1024, 2048, 4096}) texture_size_->addItem(QString("%1 × %1").arg(size), size);
  form->addRow(tr("Texture size:"), texture_size_);

  subdivision_ = new QSpinBox(options_box);
  subdivision_->setObjectName("exportSubdivision");
  subdivision_->setRange(0, 2);
  subdivision_->setToolTip(tr("Extra subdivision levels on top of the avatar's (each ×4 faces)"));
  form->addRow(tr("Extra subdivision:"), subdivision_);

  auto* textures = new QWidget(options_box);
  auto* textures_layout = new QHBoxLayout(textures);
  textures_layout->setContentsMargins(0, 0, 0, 0);
  embed_ = new QRadioButton(tr("Inside the file"), textures);
  separate_ = new QRadioButton(tr("PNG files beside it"), textures);
  embed_->setChecked(true);
  textures_layout->addWidget(embed_);
  textures_layout->addWidget(separate_);
  textures_layout->addStretch();
  form->addRow(tr("Textures:"), textures);

  animation_ = new QComboBox(options_box);
  animation_->setObjectName("exportAnimation");
  animation_->addItem(tr("None (bind pose)"), QString("none"));
  animation_->addItem(tr("Captured motion"), QString("captured"));
  for (const std::string& name : posePresetNames())
    animation_->addItem(tr("Preset: %1").arg(displayName(name)), QString::fromStdString(name));
  form->addRow(tr("Animation:"), animation_);

  naming_ = new QComboBox(options_box);
  naming_->setObjectName("exportNaming");
  naming_->addItem(tr("Palma (wrist.R, index1.R …)"), int(JointNaming::Palma));
  naming_->addItem(tr("Mixamo-like (RightHand, RightHandIndex1 …)"), int(JointNaming::Mixamo));
  form->addRow(tr("Joint names:"), naming_);

  side_ = new QComboBox(options_box);
  side_->setObjectName("exportSide");
  side_->addItem(tr("The avatar's own"), -1);
  side_->addItem(tr("Left (mirrored if needed)"), int(Handedness::Left));
  side_->addItem(tr("Right (mirrored if needed)"), int(Handedness::Right));
  form->addRow(tr("Side:"), side_);

  auto* file_row = new QWidget(options_box);
  auto* file_layout = new QHBoxLayout(file_row);
  file_layout->setContentsMargins(0, 0, 0, 0);
  path_ = new QLineEdit(file_row);
  path_->setObjectName("exportPath");
  path_->setPlaceholderText(tr("Where to write the file"));
  browse_ = new QPushButton(tr("Choose…"), file_row);
  file_layout->addWidget(path_, 1);
  file_layout->addWidget(browse_);
  form->addRow(tr("File:"), file_row);
  column->addWidget(options_box);

  auto* buttons = new QHBoxLayout();
  export_button_ = new QPushButton(tr("Export"), this);
  export_button_->setObjectName("exportButton");
  export_button_->setDefault(true);
  cancel_button_ = new QPushButton(tr("Cancel"), this);
  cancel_button_->setObjectName("exportCancel");
  buttons->addWidget(export_button_);
  buttons->addWidget(cancel_button_);
  buttons->addStretch();
  column->addLayout(buttons);

  progress_ = new QProgressBar(this);
  progress_->setRange(0, 100);
  progress_->setValue(0);
  column->addWidget(progress_);
  message_ = new QLabel(this);
  message_->setObjectName("exportMessage");
  message_->setWordWrap(true);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  column->addWidget(message_);
  show_folder_ = new QPushButton(tr("Show in folder"), this);
  show_folder_->setObjectName("exportShowFolder");
  show_folder_->setVisible(false);
  auto* folder_row = new QHBoxLayout();
  folder_row->addWidget(show_folder_);
  folder_row->addStretch();
  column->addLayout(folder_row);
  column->addStretch();

  // A readable column in the middle of a wide window.
  auto* outer = new QHBoxLayout(this);
  auto* inner = new QWidget(this);
  inner->setLayout(column);
  inner->setMaximumWidth(720);
  outer->addWidget(inner, 1);
  outer->addStretch(0);

  connect(format_, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportPage::onFormatChanged);
  connect(browse_, &QPushButton::clicked, this, &ExportPage::chooseFile);
  connect(export_button_, &QPushButton::clicked, this, &ExportPage::startExport);
  connect(cancel_button_, &QPushButton::clicked, this, &ExportPage::cancelExport);
  connect(show_folder_, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(folderUrl()); });
  connect(path_, &QLineEdit::editingFinished, this, [this] { setOutputPath(path_->text()); });
  connect(document_, &AvatarDocument::avatarChanged, this, &ExportPage::onAvatarChanged);
  onAvatarChanged();
}

ExportPage::~ExportPage() {
  if (worker_) {
    if (cancel_) cancel_->cancel();
    worker_->wait();
  }
}

ExportFormat ExportPage::format() const { return static_cast<ExportFormat>(format_->currentData().toInt()); }

void ExportPage::setFormat(ExportFormat format) { format_->setCurrentIndex(format_->findData(int(format))); }

QString ExportPage::outputPath() const { return path_->text(); }

void ExportPage::setOutputPath(const QString& path) {
  path_->setText(path);
  try {
    setFormat(exportFormatFromPath(path.toStdString()));
  } catch (const std::exception&) {
    // Another extension: the format stays and startExport appends its extension.
  }
}

ExportOptions ExportPage::options() const {
  ExportOptions options;
  options.format = format();
  options.texture_size = texture_size_->currentData().toInt();
  options.subdivision = subdivision_->value();
  options.embed_textures = format() != ExportFormat::Obj && embed_->isChecked();
  const QString animation = animation_->currentData().toString();
  if (animation == "captured") {
    options.animation = ExportAnimation::Captured;
  } else if (animation != "none") {
    options.animation = ExportAnimation::Preset;
    options.preset = animation.toStdString();
  }
  options.naming = static_cast<JointNaming>(naming_->currentData().toInt());
  if (side_->currentData().toInt() >= 0) options.side = static_cast<Handedness>(side_->currentData().toInt());
  return options;
}

void ExportPage::chooseFile() {
  const QString filters[] = {tr("glTF binary (*.glb)"), tr("glTF (*.gltf)"), tr("FBX (*.fbx)"),
                             tr("OBJ (*.obj)")};
  const QString filter = filters[format_->currentIndex()];
  QString path = QFileDialog::getSaveFileName(this, tr("Export avatar"), outputPath(), filter);
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().toLower() != extensionOf(format())) path += "." + extensionOf(format());
  setOutputPath(path);
}

// A new format: the path takes its extension, OBJ has no animation and always writes its textures beside.
void ExportPage::onFormatChanged() {
  const QString path = outputPath();
  if (!path.isEmpty()) {
    const QFileInfo info(path);
    const QString ext = info.suffix().toLower();
    if (ext != extensionOf(format())) {
      const bool known = ext == "glb" || ext == "gltf" || ext == "fbx" || ext == "obj";
      const QString base = known ? path.left(path.size() - info.suffix().size() - 1) : path;
      path_->setText(base + "." + extensionOf(format()));
    }
  }
  if (format() == ExportFormat::Obj) {
    separate_->setChecked(true);
    animation_->setCurrentIndex(0);
  }
  updateEnabled();
}

void ExportPage::onAvatarChanged() {
  const bool has = document_->hasAvatar();
  no_avatar_->setVisible(!has);
  // "Captured motion" only for an avatar that has one.
  if (auto* model = qobject_cast<QStandardItemModel*>(animation_->model())) {
    const bool motion = has && document_->avatar().motion.numFrames() > 0;
    model->item(1)->setEnabled(motion);
    if (!motion && animation_->currentIndex() == 1) animation_->setCurrentIndex(0);
  }
  if (has && !isRunning()) {
    QDir dir(document_->folder());
    QString name = dir.dirName();
    if (name.endsWith(".palma-avatar")) name.chop(QString(".palma-avatar").size());
    if (name.isEmpty()) name = "avatar";
    const QString base =
        document_->folder().isEmpty() ? QDir::homePath() : QFileInfo(dir.absolutePath()).path();
    path_->setText(QDir(base).filePath(name + "." + extensionOf(format())));
  }
  updateEnabled();
}

void ExportPage::updateEnabled() {
  const bool running = isRunning();
  const bool obj = format() == ExportFormat::Obj;
  for (QWidget* w : std::initializer_list<QWidget*>{format_, texture_size_, subdivision_, naming_, side_,
                                                    path_, browse_, separate_})
    w->setEnabled(!running);
  embed_->setEnabled(!running && !obj);
  animation_->setEnabled(!running && !obj);
  export_button_->setEnabled(!running && document_->hasAvatar());
  cancel_button_->setEnabled(running);
}

bool ExportPage::startExport() {
  if (isRunning()) return false;
  if (!document_->hasAvatar()) {
    showMessage(tr("Open an avatar first (File > Open Avatar…)."), true);
    return false;
  }
  QString path = outputPath().trimmed();
  if (path.isEmpty()) {
    showMessage(tr("Choose the file to export to."), true);
    return false;
  }
  if (QFileInfo(path).suffix().toLower() != extensionOf(format())) path += "." + extensionOf(format());
  path_->setText(path);
  const QFileInfo info(path);
  if (!info.absoluteDir().exists()) {
    showMessage(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())), true);
    return false;
  }

  auto job = std::make_shared<ExportJob>();
  job->avatar = document_->avatar();
  job->tmpl = document_->templateModel();
  job->path = info.absoluteFilePath().toStdString();
  job->options = options();
  cancel_ = std::make_shared<CancelToken>();
  job->options.cancel = cancel_.get();
  QPointer<ExportPage> self(this);
  job->options.progress = [self](const ProgressEvent& e) {
    const double fraction = e.fraction;
    const QString message = QString::fromStdString(e.message);
    if (self)
      QMetaObject::invokeMethod(
          self, [self, fraction, message] { self->onProgress(fraction, message); }, Qt::QueuedConnection);
  };
  // The token lives as long as the thread: the lambda holds its own reference.
  auto token = cancel_;
  worker_ = QThread::create([job, token] {
    QElapsedTimer timer;
    timer.start();
    try {
      job->result = exportAvatar(job->avatar, job->tmpl, job->path, job->options);
    } catch (const Cancelled&) {
      job->cancelled = true;
    } catch (const std::exception& e) {
      job->error = QString::fromUtf8(e.what());
    }
    job->seconds = timer.elapsed() / 1000.0;
  });
  connect(worker_, &QThread::finished, this, [this, job] {
    result_ = job->result;
    error_ = job->error;
    if (job->cancelled) {
      state_ = State::Cancelled;
      showMessage(tr("Export cancelled; no file was written."), false);
    } else if (!job->error.isEmpty()) {
      state_ = State::Failed;
      std::cerr << "palma-studio: error: export failed: " << job->error.toStdString() << std::endl;
      showMessage(tr("Export failed: %1").arg(job->error), true);
    } else {
      state_ = State::Succeeded;
      exported_path_ = QString::fromStdString(job->path);
      progress_->setValue(100);
      QString text = tr("Wrote %1 (%2): %3 vertices, %4 faces, %5 joints")
                         .arg(QFileInfo(exported_path_).fileName(), extensionOf(job->result.format))
                         .arg(job->result.vertices)
                         .arg(job->result.faces)
                         .arg(job->result.joints);
      if (job->result.texture_size > 0) text += tr(", %1×%1 textures").arg(job->result.texture_size);
      if (job->result.animation_keys > 0)
        text += tr(", %1 animation keys over %2 s")
                    .arg(job->result.animation_keys)
                    .arg(job->result.animation_seconds, 0, 'f', 2);
      text += tr(" in %1 s.").arg(job->seconds, 0, 'f', 2);
      if (job->result.files.size() > 1)
        text += " " + tr("%n more file(s) beside it.", nullptr, int(job->result.files.size()) - 1);
      for (const std::string& w : job->result.warnings)
        text += "\n" + tr("Warning: %1").arg(QString::fromStdString(w));
      showMessage(text, false);
    }
    worker_->deleteLater();
    worker_ = nullptr;
    cancel_.reset();
    show_folder_->setVisible(state_ == State::Succeeded);
    updateEnabled();
    Q_EMIT exportFinished(state_ == State::Succeeded);
  });
  state_ = State::Running;
  show_folder_->setVisible(false);
  progress_->setValue(0);
  showMessage(tr("Exporting…"), false);
  updateEnabled();
  worker_->start();
  return true;
}

void ExportPage::cancelExport() {
  if (!isRunning() || !cancel_) return;
  cancel_->cancel();
  showMessage(tr("Cancelling…"), false);
  cancel_button_->setEnabled(false);
}

void ExportPage::onProgress(double fraction, const QString& message) {
  if (!isRunning()) return;
  progress_->setValue(int(fraction * 100 + 0.5));
  progress_->setToolTip(message);  // the engine's stage, in English
}

QString ExportPage::lastMessage() const { return message_->text(); }

QUrl ExportPage::folderUrl() const {
  if (exported_path_.isEmpty()) return {};
  return QUrl::fromLocalFile(QFileInfo(exported_path_).absolutePath());
}

void ExportPage::showMessage(const QString& text, bool error) {
  message_->setText(text);
  message_->setStyleSheet(error ? "color: #e05555;" : "");
}

}  // namespace palma
