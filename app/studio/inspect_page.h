// The studio's Inspect page: a 3D view of the open avatar with a tabbed side panel. The view and the
// panels are replaceable so that the studio's avatar widgets (textured viewport, map inspector,
// lighting, pose timeline) drop in without changing this page:
//
//   page->setViewport(new AvatarViewport(document));          // replaces the default view
//   page->addPanel(new LightingPanel(document), tr("Light"));  // one tab per panel
//
// The default view is a VtkViewport with the avatar's posed mesh (untextured), seen from the capture
// camera, following AvatarDocument::avatarChanged/poseChanged.
//
// View > Show rendered preview (R, renderPreviewAction()) shows the same pose drawn by the engine's
// differentiable Renderer beside the 3D view, through the view's camera (a RenderPreview, for a visual
// cross-check of the renderer against VTK; it follows the pose, the camera and the view's size).
#pragma once

#include <QString>
#include <QWidget>
#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace palma {

class AvatarDocument;
class HandActor;
class RenderPreview;
class VtkViewport;

class InspectPage : public QWidget {
  Q_OBJECT

 public:
  explicit InspectPage(AvatarDocument* document, QWidget* parent = nullptr);
  ~InspectPage() override;

  // Replaces the 3D view (the page takes ownership and deletes the previous one, the default view
  // included). A viewport with a public slot `frameAll()` is framed by View > Frame all (F).
  void setViewport(QWidget* viewport);
  QWidget* viewport() const { return viewport_; }
  // The default view while it is in place (nullptr after setViewport).
  VtkViewport* defaultViewport() const { return default_viewport_; }

  // Adds a tab to the side panel (the page takes ownership); returns its index. `title` should already
  // be translated (tr() in the caller).
  int addPanel(QWidget* panel, const QString& title);
  QTabWidget* panels() const { return panels_; }

  // Invokes the viewport's frameAll() slot when it has one.
  void frameAll();
  // The viewport's background colour, when it is a VtkViewport (themes set it), and the preview's.
  void setBackground(const QColor& color);

  // View > Show rendered preview (checkable, R): shows and hides the preview beside the view.
  QAction* renderPreviewAction() const { return preview_action_; }
  RenderPreview* renderPreview() const { return preview_; }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void onAvatarChanged();
  void onPoseChanged();
  void updateInfo();
  // The viewport's camera as the pinhole the Renderer takes, at the viewport's size (VTK views only).
  void updatePreviewCamera();
  void watchViewport();

  AvatarDocument* document_;
  QSplitter* splitter_ = nullptr;
  QStackedWidget* view_stack_ = nullptr;  // the hint while no avatar is open, else the viewport
  QLabel* hint_ = nullptr;
  QWidget* viewport_ = nullptr;
  VtkViewport* default_viewport_ = nullptr;
  std::unique_ptr<HandActor> hand_;  // the default view's mesh
  QTabWidget* panels_ = nullptr;
  QLabel* info_ = nullptr;  // the "Avatar" panel
  RenderPreview* preview_ = nullptr;
  QAction* preview_action_ = nullptr;
};

// One line about the document's avatar for the status bar: name, vertices, texture size, frames.
QString avatarSummary(const AvatarDocument& document);
// The avatar's name: the folder's name without ".palma-avatar".
QString avatarName(const AvatarDocument& document);

}  // namespace palma
