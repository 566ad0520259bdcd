// The studio's Export page (also shown as the File > Export… dialog): the options of
// core/export/export.h (format, texture size, subdivision, embedded or separate textures, animation,
// joint naming, side) and a file chooser; the export runs on a worker thread with a progress bar and a
// Cancel button, and ends with a summary and "Show in folder", or with the error.
#pragma once

// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QWidget>
#include <memory>

#include "core/export/export.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QThread;

namespace palma {

class AvatarDocument;

class ExportPage : public QWidget {
  Q_OBJECT

 public:
  enum class State { Idle, Running, Succeeded, Failed, Cancelled };

  explicit ExportPage(AvatarDocument* document, QWidget* parent = nullptr);
  // Cancels a running export and waits for its thread.
  ~ExportPage() override;

  // The options the controls describe (without progress and cancel).
  ExportOptions options() const;
  ExportFormat format() const;
  void setFormat(ExportFormat format);  // also changes the output path's extension
  QString outputPath() const;
  void setOutputPath(const QString& path);  // the format follows a known extension

  // Starts the export on a worker thread (false, with the reason shown, when it cannot start).
  bool startExport();
  void cancelExport();
  State state() const { return state_; }
  bool isRunning() const { return state_ == State::Running; }
  const ExportResult& lastResult() const { return result_; }
  QString lastMessage() const;  // the summary or the error shown below the progress bar
  // The folder "Show in folder" opens (the last exported file's folder).
  QUrl folderUrl() const;

  // The controls, for tests and for the dialog's layout.
  QComboBox* formatCombo() const { return format_; }
  QComboBox* textureSizeCombo() const { return texture_size_; }
  QSpinBox* subdivisionSpin() const { return subdivision_; }
  QRadioButton* embedButton() const { return embed_; }
  QRadioButton* separateButton() const { return separate_; }
  QComboBox* animationCombo() const { return animation_; }
  QComboBox* namingCombo() const { return naming_; }
  QComboBox* sideCombo() const { return side_; }
  QLineEdit* pathEdit() const { return path_; }
  QPushButton* exportButton() const { return export_button_; }
  QPushButton* cancelButton() const { return cancel_button_; }
  QPushButton* showInFolderButton() const { return show_folder_; }
  QProgressBar* progressBar() const { return progress_; }

 Q_SIGNALS:
  void exportFinished(bool succeeded);
  // A link to a document of the guide was clicked (e.g. "docs/export.md").
  void guideRequested(const QString& document);

 private:
  void chooseFile();
  void onFormatChanged();
  void onAvatarChanged();
  void updateEnabled();
  void onProgress(double fraction, const QString& message);
  void onFinished();
  void showMessage(const QString& text, bool error);

  AvatarDocument* document_;
  QComboBox* format_ = nullptr;
  QComboBox* texture_size_ = nullptr;
  QSpinBox* subdivision_ = nullptr;
  QRadioButton* embed_ = nullptr;
  QRadioButton* separate_ = nullptr;
  QComboBox* animation_ = nullptr;
  QComboBox* naming_ = nullptr;
  QComboBox* side_ = nullptr;
  QLineEdit* path_ = nullptr;
  QPushButton* browse_ = nullptr;
  QPushButton* export_button_ = nullptr;
  QPushButton* cancel_button_ = nullptr;
  QPushButton* show_folder_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* message_ = nullptr;
  QLabel* no_avatar_ = nullptr;

  State state_ = State::Idle;
  QThread* worker_ = nullptr;
  std::shared_ptr<CancelToken> cancel_;
  ExportResult result_;
  QString error_;
  QString exported_path_;
};

}  // namespace palma
