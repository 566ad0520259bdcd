// FitPreviewView: the input frame and the current render of a running fit (FitProgress::preview,
// input | render side by side in one image), in three modes: side by side, overlay (the render blended
// over the input with an adjustable weight) and difference (|input - render| per channel, amplified).
// It only shows images it is given; the Reconstruct page feeds it from the fit's progress reports.
#pragma once

#include <QImage>
#include <QWidget>

namespace palma {

class FitPreviewView : public QWidget {
  Q_OBJECT

 public:
  enum class Mode { SideBySide, Overlay, Difference };

  explicit FitPreviewView(QWidget* parent = nullptr);

  // An image of width 2W: the left half is the input, the right half the render. An odd width or a
  // null image clears the view.
  void setPreview(const QImage& input_and_render);
  void clear();
  bool hasPreview() const { return !input_.isNull(); }
  QImage inputImage() const { return input_; }
  QImage renderImage() const { return render_; }

  Mode mode() const { return mode_; }
  void setMode(Mode mode);
  // Overlay weight of the render, 0 (input only) .. 1 (render only).
  double blend() const { return blend_; }
  void setBlend(double blend);
  // Difference amplification (the difference is multiplied by this, then clamped).
  double differenceGain() const { return gain_; }
  void setDifferenceGain(double gain);

  // What the current mode draws (scaled to fit the widget when painted); null without a preview.
  QImage displayedImage() const;
  // Mean absolute difference between input and render, 0..1 over all pixels and channels; -1 without a
  // preview.
  double meanDifference() const { return mean_difference_; }

  QSize sizeHint() const override { return {480, 260}; }
  QSize minimumSizeHint() const override { return {160, 100}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  QImage input_, render_;
  Mode mode_ = Mode::SideBySide;
  double blend_ = 0.5;
  double gain_ = 4.0;
  double mean_difference_ = -1;
};

}  // namespace palma
