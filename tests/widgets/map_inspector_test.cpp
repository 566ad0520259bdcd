// MapInspector: the readout under the cursor at several zooms and pans, channel toggles, the normal map
// as lit relief, the UV wireframe overlay, side-by-side compare with a difference mode, and PNG export.
// The avatar is built here with known maps: an albedo gradient (R = x / 63, G = y / 63, B = 0.25) with
// a pure green block, and a normal map tilted 30 degrees towards +u.
// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/torch.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <cmath>
#include <opencv2/imgcodecs.hpp>

#include "core/avatar/avatar_io.h"
#include "core/common/error.h"
#include "core/model/model_spec.h"
#include "core/model/subdivision.h"
#include "widgets/avatar_document.h"
#include "widgets/map_inspector.h"
#include "widgets/map_view.h"

using namespace palma;

namespace {

constexpr int kSize = 64;
const QString kShots = QStringLiteral("/work/shared-out/studio/inspect");
const float kTilt = static_cast<float>(30.0 * M_PI / 180.0);  // normal tilt towards +u

Avatar makeTestAvatar(const HandModel& tmpl) {
  Avatar avatar = makeDefaultAvatar(tmpl, "builtin:right", 0, SubdivisionScheme::Loop, kSize);
  auto albedo = torch::empty({kSize, kSize, 3});
  auto a = albedo.accessor<float, 3>();
  for (int y = 0; y < kSize; ++y) {
    for (int x = 0; x < kSize; ++x) {
      const bool green = x >= 40 && x < 48 && y >= 8 && y < 16;
      a[y][x][0] = green ? 0.0f : x / 63.0f;
      a[y][x][1] = green ? 1.0f : y / 63.0f;
      a[y][x][2] = green ? 0.0f : 0.25f;
    }
  }
  avatar.albedo = albedo;
  const auto n = torch::tensor({std::sin(kTilt), 0.0f, std::cos(kTilt)});
  avatar.normal_map = ((n + 1.0) * 0.5).expand({kSize, kSize, 3}).contiguous();
  return avatar;
}

void moveMouse(QWidget* w, const QPointF& p, Qt::MouseButtons buttons = Qt::NoButton) {
  QMouseEvent event(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, buttons, Qt::NoModifier);
  QApplication::sendEvent(w, &event);
}

void mouseButton(QWidget* w, QEvent::Type type, const QPointF& p) {
  QMouseEvent event(type, p, w->mapToGlobal(p), Qt::LeftButton,
                    type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
  QApplication::sendEvent(w, &event);
}

int level8(float v) { return static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); }

bool insideTriangle(const QPointF& p, const QPointF& a, const QPointF& b, const QPointF& c, double margin) {
  // True when p is inside abc by at least `margin` from every edge (margin < 0: outside by -margin).
  const QPointF v[3] = {a, b, c};
  const double area = (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
  double min_distance = 1e9;
  for (int k = 0; k < 3; ++k) {
    const QPointF e0 = v[k];
    const QPointF e1 = v[(k + 1) % 3];
    const double len = std::hypot(e1.x() - e0.x(), e1.y() - e0.y());
    if (len == 0.0) return false;
    const double cross = (e1.x() - e0.x()) * (p.y() - e0.y()) - (e1.y() - e0.y()) * (p.x() - e0.x());
    min_distance = std::min(min_distance, (area > 0 ? cross : -cross) / len);
  }
  return min_distance > margin;
}

// Squared distance from p to the segment ab.
double segmentDistance(const QPointF& p, const QPointF& a, const QPointF& b) {
  const QPointF d = b - a;
  const double len2 = QPointF::dotProduct(d, d);
  const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
  const QPointF q = a + t * d;
  return std::hypot(p.x() - q.x(), p.y() - q.y());
}

bool hasColourNear(const QImage& image, const QPoint& p, QRgb colour, int radius) {
  for (int dy = -radius; dy <= radius; ++dy) {
    for (int dx = -radius; dx <= radius; ++dx) {
      const QPoint q = p + QPoint(dx, dy);
      if (image.rect().contains(q) && (image.pixel(q) & 0xffffff) == (colour & 0xffffff)) return true;
    }
  }
  return false;
}

}  // namespace

class MapInspectorTest : public QObject {
  Q_OBJECT

 private:
  HandModel tmpl_;
  Avatar avatar_;
  QTemporaryDir dir_;
  QString folder_;
  AvatarDocument doc_;

 private Q_SLOTS:
  void initTestCase() {
    QDir().mkpath(kShots);
    tmpl_ = loadHandModel("builtin:right");
    avatar_ = makeTestAvatar(tmpl_);
    folder_ = dir_.filePath("maps.palma-avatar");
    saveAvatar(avatar_, folder_.toStdString());
    QString error;
    QVERIFY2(doc_.load(folder_, &error), qPrintable(error));
  }

  void readoutFollowsTheCursorAtEveryZoomAndPan() {
    MapInspector inspector(&doc_);
    inspector.resize(900, 700);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    MapView* view = inspector.view();
    QVERIFY(view->zoom() > 5.0);  // fitted: a 64-texel map fills the view
    const QVector<QPoint> texels = {{44, 10}, {5, 50}, {63, 0}, {0, 63}, {31, 32}};

    struct ViewCase {
      double zoom;
      QPointF centre;
    };
    const QVector<ViewCase> cases = {{view->zoom(), view->centre()},
                                     {1.0, {32, 32}},
                                     {6.0, {40, 20}},
                                     {24.0, {44.5, 10.5}},
                                     {0.5, {10, 60}}};
    int checked = 0;
    for (const ViewCase& c : cases) {
      view->setView(c.zoom, c.centre);
      QCOMPARE(view->zoom(), c.zoom);
      for (const QPoint& t : texels) {
        // A point inside the texel, off its centre (a quarter texel right and down).
        const QPointF texel(t.x() + 0.75, t.y() + 0.75);
        const QPointF p = view->texelToWidget(texel);
        if (!QRectF(view->rect()).contains(p)) continue;
        moveMouse(view, p);
        QVERIFY(inspector.hasHoverReadout());
        const MapReadout& r = inspector.hoverReadout();
        QCOMPARE(r.x, t.x());
        QCOMPARE(r.y, t.y());
        QVERIFY(std::abs(r.u - texel.x() / kSize) < 1e-6);
        QVERIFY(std::abs(r.v - (1.0 - texel.y() / kSize)) < 1e-6);
        QCOMPARE(r.value.size(), 3);
        for (int ch = 0; ch < 3; ++ch) {
          const float expected = avatar_.albedo[t.y()][t.x()][ch].item<float>();
          QCOMPARE(r.value[ch], expected);
          QCOMPARE(r.value8[ch], level8(expected));
        }
        QVERIFY(!r.is_normal);
        QVERIFY(inspector.readoutText().contains(QStringLiteral("x %1  y %2").arg(t.x()).arg(t.y())));
        ++checked;
      }
    }
    QVERIFY2(checked >= 15, qPrintable(QString::number(checked)));

    // Outside the map: no readout.
    view->setView(4.0, {0, 0});
    moveMouse(view, view->texelToWidget({-3.0, -3.0}));
    QVERIFY(!inspector.hasHoverReadout());

    // Dragging pans by the mouse movement; the readout then still names the texel under the cursor.
    view->setView(8.0, {32, 32});
    const QPointF start(300, 250);
    mouseButton(view, QEvent::MouseButtonPress, start);
    moveMouse(view, start + QPointF(40, 24), Qt::LeftButton);
    moveMouse(view, start + QPointF(80, -16), Qt::LeftButton);
    mouseButton(view, QEvent::MouseButtonRelease, start + QPointF(80, -16));
    QCOMPARE(view->centre(), QPointF(32 - 80 / 8.0, 32 + 16 / 8.0));
    const QPointF green = view->texelToWidget({44.5, 10.5});
    moveMouse(view, green);
    QVERIFY(inspector.hasHoverReadout());
    QCOMPARE(inspector.hoverReadout().x, 44);
    QCOMPARE(inspector.hoverReadout().value8, (QVector<int>{0, 255, 0}));

    // The wheel zooms about the cursor: the texel under it stays put.
    const QPointF anchor(420, 300);
    const QPointF before = view->widgetToTexel(anchor);
    QWheelEvent wheel(anchor, view->mapToGlobal(anchor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &wheel);
    QVERIFY(std::abs(view->zoom() - 10.0) < 1e-9);
    const QPointF after = view->widgetToTexel(anchor);
    QVERIFY(std::hypot(after.x() - before.x(), after.y() - before.y()) < 1e-9);

    // Keys: + doubles, - halves, 1 is one pixel per texel, F fits.
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(std::abs(view->zoom() - 20.0) < 1e-9);
    QTest::keyClick(view, Qt::Key_Minus);
    QVERIFY(std::abs(view->zoom() - 10.0) < 1e-9);
    QTest::keyClick(view, Qt::Key_1);
    QCOMPARE(view->zoom(), 1.0);
    QTest::keyClick(view, Qt::Key_F);
    QCOMPARE(view->centre(), QPointF(32, 32));
    QVERIFY(view->zoom() * kSize <= std::min(view->width(), view->height()));
    QVERIFY(view->zoom() * kSize > std::min(view->width(), view->height()) - 20);

    // At texel level the grab shows each texel as a flat square (nearest neighbour) with its exact colour.
    view->setView(24.0, {44.0, 16.0});
    inspector.setChannel(MapChannel::RGB);
    const QImage grab = view->grab().toImage();
    const QPoint in_green = view->texelToWidget({44.5, 10.5}).toPoint();
    const QPoint in_gradient = view->texelToWidget({44.3, 20.7}).toPoint();
    QCOMPARE(grab.pixel(in_green) & 0xffffff, qRgb(0, 255, 0) & 0xffffff);
    QCOMPARE(grab.pixel(in_gradient) & 0xffffff,
             qRgb(level8(44 / 63.0f), level8(20 / 63.0f), level8(0.25f)) & 0xffffff);
    inspector.grab().save(kShots + "/texel_zoom.png");
  }

  void channelTogglesShowOneChannelAsGrey() {
    MapInspector inspector(&doc_);
    inspector.resize(900, 700);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    const QImage rgb = inspector.shownImage();
    QCOMPARE(rgb.size(), QSize(kSize, kSize));
    QCOMPARE(rgb.pixel(44, 10) & 0xffffff, qRgb(0, 255, 0) & 0xffffff);

    const auto grey = [](int v) { return qRgb(v, v, v) & 0xffffff; };
    inspector.setChannel(MapChannel::Red);
    QCOMPARE(inspector.shownImage().pixel(44, 10) & 0xffffff, grey(0));  // R of pure green is black
    QCOMPARE(inspector.shownImage().pixel(5, 50) & 0xffffff, grey(level8(5 / 63.0f)));
    inspector.view()->setView(16.0, {44, 12});
    QCOMPARE(
        inspector.view()->grab().toImage().pixel(inspector.view()->texelToWidget({44.5, 10.5}).toPoint()) &
            0xffffff,
        grey(0));
    inspector.setChannel(MapChannel::Green);
    QCOMPARE(inspector.shownImage().pixel(44, 10) & 0xffffff, grey(255));
    QCOMPARE(inspector.shownImage().pixel(5, 50) & 0xffffff, grey(level8(50 / 63.0f)));
    QCOMPARE(
        inspector.view()->grab().toImage().pixel(inspector.view()->texelToWidget({44.5, 10.5}).toPoint()) &
            0xffffff,
        grey(255));
    inspector.setChannel(MapChannel::Blue);
    QCOMPARE(inspector.shownImage().pixel(44, 10) & 0xffffff, grey(0));
    QCOMPARE(inspector.shownImage().pixel(5, 50) & 0xffffff, grey(level8(0.25f)));

    // Alpha: the maps have none, so the UV coverage shows: white inside UV triangles, black outside.
    inspector.setChannel(MapChannel::Alpha);
    const QImage alpha = inspector.shownImage();
    int inside_checked = 0;
    int outside_checked = 0;
    QVector<std::array<QPointF, 3>> triangles;
    for (int f = 0; f < tmpl_.uv_faces.rows(); ++f) {
      std::array<QPointF, 3> v;
      for (int k = 0; k < 3; ++k)
        v[k] = QPointF(tmpl_.uvs(tmpl_.uv_faces(f, k), 0), tmpl_.uvs(tmpl_.uv_faces(f, k), 1));
      triangles.append(v);
    }
    for (int y = 0; y < kSize; y += 2) {
      for (int x = 0; x < kSize; x += 2) {
        // Inside (outside) the UV atlas: the texel centre and four points 0.35 texels around it are
        // all covered (all uncovered), so the rasterisation rule at triangle borders does not matter.
        int covered = 0;
        const double offsets[5][2] = {{0, 0}, {-0.35, 0}, {0.35, 0}, {0, -0.35}, {0, 0.35}};
        for (const auto& o : offsets) {
          const QPointF uv((x + 0.5 + o[0]) / kSize, 1.0 - (y + 0.5 + o[1]) / kSize);
          for (const auto& v : triangles) {
            if (std::max({v[0].x(), v[1].x(), v[2].x()}) < uv.x() ||
                std::min({v[0].x(), v[1].x(), v[2].x()}) > uv.x() ||
                std::max({v[0].y(), v[1].y(), v[2].y()}) < uv.y() ||
                std::min({v[0].y(), v[1].y(), v[2].y()}) > uv.y()) {
              continue;
            }
            if (insideTriangle(uv, v[0], v[1], v[2], 0.0)) {
              ++covered;
              break;
            }
          }
        }
        const bool inside = covered == 5;
        const bool near = covered > 0;
        if (inside) {
          QCOMPARE(alpha.pixel(x, y) & 0xffffff, grey(255));
          ++inside_checked;
        } else if (!near) {
          QCOMPARE(alpha.pixel(x, y) & 0xffffff, grey(0));
          ++outside_checked;
        }
      }
    }
    QVERIFY2(inside_checked > 50 && outside_checked > 50,
             qPrintable(QStringLiteral("%1 %2").arg(inside_checked).arg(outside_checked)));
    inspector.view()->fitToView();
    inspector.grab().save(kShots + "/alpha_coverage.png");
    inspector.setChannel(MapChannel::RGB);
    QCOMPARE(inspector.shownImage(), rgb);
  }

  void normalReliefFollowsTheLight() {
    MapInspector inspector(&doc_);
    inspector.resize(900, 700);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    inspector.setMap(MapInspector::Map::NormalMap);
    const auto encoded = avatar_.normal_map[3][3];
    QCOMPARE(inspector.shownImage().pixel(3, 3) & 0xffffff,
             qRgb(level8(encoded[0].item<float>()), level8(encoded[1].item<float>()),
                  level8(encoded[2].item<float>())) &
                 0xffffff);
    // The readout decodes the normal.
    inspector.view()->setView(10.0, {20, 20});
    moveMouse(inspector.view(), inspector.view()->texelToWidget({20.5, 20.5}));
    QVERIFY(inspector.hasHoverReadout() && inspector.hoverReadout().is_normal);
    QVERIFY(std::abs(inspector.hoverReadout().normal[0] - std::sin(kTilt)) < 1e-5);
    QVERIFY(std::abs(inspector.hoverReadout().normal[1]) < 1e-5);
    QVERIFY(std::abs(inspector.hoverReadout().normal[2] - std::cos(kTilt)) < 1e-5);
    QVERIFY(inspector.readoutText().contains(QStringLiteral("n (0.500, 0.000, 0.866)")));

    inspector.setNormalDisplay(MapInspector::NormalDisplay::Relief);
    const auto brightness = [&](float azimuth, float elevation) {
      inspector.setLightDirection(azimuth, elevation);
      const QRgb p = inspector.shownImage().pixel(20, 20);
      [&] { QCOMPARE(qRed(p), qGreen(p)); }();  // grey
      return qRed(p);
    };
    const auto lambert = [](float azimuth, float elevation) {
      const double a = azimuth * M_PI / 180.0, e = elevation * M_PI / 180.0;
      return std::max(0.0, std::sin(kTilt) * std::cos(e) * std::cos(a) + std::cos(kTilt) * std::sin(e));
    };
    const int from_right = brightness(0, 45);  // the surface leans towards +u: brightest
    const int from_top = brightness(90, 45);
    const int from_left = brightness(180, 45);  // darkest
    const int grazing_left = brightness(180, 10);
    QVERIFY(from_right > from_top && from_top > from_left && from_left > grazing_left);
    QVERIFY(std::abs(from_right - lambert(0, 45) * 255) <= 1.0);
    QVERIFY(std::abs(from_top - lambert(90, 45) * 255) <= 1.0);
    QVERIFY(std::abs(from_left - lambert(180, 45) * 255) <= 1.0);
    QCOMPARE(grazing_left, 0);  // 30 degrees of tilt face away from a light 10 degrees above the left
    inspector.setLightDirection(135, 45);
    inspector.view()->fitToView();
    inspector.grab().save(kShots + "/normal_relief.png");
  }

  void uvOverlayDrawsTheUvEdges() {
    MapInspector inspector(&doc_);
    inspector.resize(900, 700);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    MapView* view = inspector.view();
    view->fitToView();
    const QRgb line = qRgb(255, 230, 0);
    const QVector<QLineF> edges = uvEdges(tmpl_);
    QVERIFY(edges.size() > 100);
    const auto widgetEdge = [&](const QLineF& e) {
      return QLineF(view->texelToWidget(uvToTexel(e.p1(), kSize, kSize)),
                    view->texelToWidget(uvToTexel(e.p2(), kSize, kSize)));
    };

    // Midpoints of the longest edges, and points at least 6 pixels from every edge.
    QVector<QLineF> sorted = edges;
    std::sort(sorted.begin(), sorted.end(),
              [](const QLineF& a, const QLineF& b) { return a.length() > b.length(); });
    QVector<QPoint> on_edge;
    for (int i = 0; i < 10; ++i) on_edge.append(widgetEdge(sorted[i]).center().toPoint());
    QVector<QPoint> off_edge;
    for (int y = 20; y < view->height() - 20 && off_edge.size() < 20; y += 37) {
      for (int x = 20; x < view->width() - 20 && off_edge.size() < 20; x += 41) {
        double nearest = 1e9;
        for (const QLineF& e : edges) {
          const QLineF w = widgetEdge(e);
          nearest = std::min(nearest, segmentDistance(QPointF(x, y), w.p1(), w.p2()));
        }
        if (nearest > 6.0) off_edge.append(QPoint(x, y));
      }
    }
    QVERIFY(off_edge.size() >= 10);

    inspector.setUvOverlay(false);
    const QImage without = view->grab().toImage();
    inspector.setUvOverlay(true, 1.0);
    const QImage with = view->grab().toImage();
    for (const QPoint& p : on_edge) {
      QVERIFY2(!hasColourNear(without, p, line, 1), "the overlay is off");
      QVERIFY2(hasColourNear(with, p, line, 1),
               qPrintable(QStringLiteral("no line at %1,%2").arg(p.x()).arg(p.y())));
    }
    for (const QPoint& p : off_edge) {
      QVERIFY(!hasColourNear(with, p, line, 2));
      QCOMPARE(with.pixel(p), without.pixel(p));
    }
    // Half opacity blends the line with the map.
    inspector.setUvOverlay(true, 0.5);
    const QImage half = view->grab().toImage();
    QVERIFY(!hasColourNear(half, on_edge[0], line, 1));
    inspector.setUvOverlay(true, 0.8);
    inspector.grab().save(kShots + "/uv_overlay.png");
  }

  void compareIsSynchronisedAndIdenticalMapsDifferByZero() {
    MapInspector inspector(&doc_);
    inspector.resize(1200, 700);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    QString error;
    QVERIFY(!inspector.loadCompareAvatar(dir_.filePath("missing.palma-avatar"), &error));
    QVERIFY(error.contains(QStringLiteral("missing.palma-avatar")));
    QVERIFY(!inspector.hasCompareAvatar());
    QVERIFY(inspector.compareImage().isNull());

    const QString copy = dir_.filePath("copy.palma-avatar");
    saveAvatar(avatar_, copy.toStdString());
    QVERIFY2(inspector.loadCompareAvatar(copy, &error), qPrintable(error));
    inspector.setCompare(MapInspector::CompareSource::OtherAvatar, MapInspector::Map::Albedo);
    QVERIFY(inspector.compareView()->isVisible());
    QCOMPARE(inspector.compareImage(), inspector.shownImage());

    // Zoom and pan follow each other both ways.
    inspector.view()->setView(7.0, {20, 30});
    QCOMPARE(inspector.compareView()->zoom(), 7.0);
    QCOMPARE(inspector.compareView()->centre(), QPointF(20, 30));
    inspector.compareView()->setView(3.0, {50, 10});
    QCOMPARE(inspector.view()->zoom(), 3.0);
    QCOMPARE(inspector.view()->centre(), QPointF(50, 10));

    inspector.setDifference(true, 4.0f);
    QCOMPARE(inspector.compareValues().abs().max().item<float>(), 0.0f);
    const QImage diff = inspector.compareImage();
    for (int y = 0; y < kSize; ++y) {
      for (int x = 0; x < kSize; ++x) QCOMPARE(diff.pixel(x, y) & 0xffffff, 0u);
    }
    moveMouse(inspector.compareView(), inspector.compareView()->texelToWidget({44.5, 10.5}));
    QVERIFY(inspector.hasHoverReadout());
    QCOMPARE(inspector.hoverReadout().value8, (QVector<int>{0, 0, 0}));
    inspector.view()->fitToView();
    inspector.grab().save(kShots + "/compare_difference_zero.png");

    // Albedo against this avatar's normal map: the difference is the (clamped, x4) gap between them.
    inspector.setCompare(MapInspector::CompareSource::ThisAvatar, MapInspector::Map::NormalMap);
    const auto expected = ((avatar_.albedo - avatar_.normal_map).abs() * 4.0).clamp(0.0, 1.0);
    QVERIFY(torch::allclose(inspector.compareValues(), expected));
    QVERIFY(inspector.compareValues().max().item<float>() > 0.5f);
    inspector.setDifference(false);
    QCOMPARE(inspector.compareImage().pixel(3, 3) & 0xffffff,
             qRgb(level8(avatar_.normal_map[3][3][0].item<float>()),
                  level8(avatar_.normal_map[3][3][1].item<float>()),
                  level8(avatar_.normal_map[3][3][2].item<float>())) &
                 0xffffff);
    inspector.grab().save(kShots + "/compare_albedo_normal.png");
    inspector.setCompare(MapInspector::CompareSource::Off, MapInspector::Map::Albedo);
    QVERIFY(!inspector.compareView()->isVisible());
  }

  void exportRoundTripsThePng() {
    MapInspector inspector(&doc_);
    const QString albedo_png = dir_.filePath("albedo.png");
    inspector.exportShownMap(albedo_png, 8);
    const cv::Mat albedo = cv::imread(albedo_png.toStdString(), cv::IMREAD_UNCHANGED);
    QCOMPARE(albedo.type(), CV_8UC3);
    QCOMPARE(albedo.rows, kSize);
    const auto albedo_levels = (avatar_.albedo * 255.0f).round().to(torch::kInt32);
    for (int y = 0; y < kSize; ++y) {
      for (int x = 0; x < kSize; ++x) {
        const cv::Vec3b bgr = albedo.at<cv::Vec3b>(y, x);
        for (int c = 0; c < 3; ++c) QCOMPARE(int(bgr[2 - c]), albedo_levels[y][x][c].item<int>());
      }
    }

    inspector.setMap(MapInspector::Map::NormalMap);
    const QString normal_png = dir_.filePath("normal16.png");
    inspector.exportShownMap(normal_png, 16);
    const cv::Mat normal = cv::imread(normal_png.toStdString(), cv::IMREAD_UNCHANGED);
    QCOMPARE(normal.type(), CV_16UC3);
    const auto normal_levels = (avatar_.normal_map * 65535.0f).round().to(torch::kInt32);
    for (int y = 0; y < kSize; y += 7) {
      for (int x = 0; x < kSize; x += 5) {
        const cv::Vec3w bgr = normal.at<cv::Vec3w>(y, x);
        for (int c = 0; c < 3; ++c) QCOMPARE(int(bgr[2 - c]), normal_levels[y][x][c].item<int>());
      }
    }

    // A single channel exports as grey, and what is shown is what is written (here: the relief).
    inspector.setNormalDisplay(MapInspector::NormalDisplay::Relief);
    inspector.setLightDirection(0, 45);
    const QString relief_png = dir_.filePath("relief.png");
    inspector.exportShownMap(relief_png, 8);
    const cv::Mat relief = cv::imread(relief_png.toStdString(), cv::IMREAD_UNCHANGED);
    QCOMPARE(relief.type(), CV_8UC1);
    QCOMPARE(int(relief.at<uint8_t>(9, 9)), qRed(inspector.shownImage().pixel(9, 9)));

    // Bad requests are refused with a message.
    QVERIFY_THROWS_EXCEPTION(InputError, inspector.exportShownMap(dir_.filePath("x.png"), 12));
    QVERIFY_THROWS_EXCEPTION(Error, inspector.exportShownMap("/nonexistent-folder/x.png", 8));
    QVERIFY(!QFile::exists("/nonexistent-folder/x.png"));
    AvatarDocument empty;
    MapInspector nothing(&empty);
    QVERIFY(nothing.shownImage().isNull());
    QVERIFY_THROWS_EXCEPTION(InputError, nothing.exportShownMap(dir_.filePath("y.png"), 8));
  }

  void bumpyMapScreenshots() {
    // A 256² albedo and normal map with round bumps, for the screenshots of the docs: the relief shows
    // each bump lit on the side facing the light.
    const int n = 256;
    Avatar bumpy = makeDefaultAvatar(tmpl_, "builtin:right", 0, SubdivisionScheme::Loop, n);
    const auto coords = (torch::arange(n, torch::kFloat32) + 0.5) / n * 2.0 * M_PI * 8.0;  // 8 bumps across
    const auto gx = torch::cos(coords).unsqueeze(0).expand({n, n}) * torch::sin(coords).unsqueeze(1);
    const auto gy = -torch::sin(coords).unsqueeze(0).expand({n, n}) * torch::cos(coords).unsqueeze(1);
    auto normal = torch::stack({-0.5 * gx, -0.5 * gy, torch::ones({n, n})}, 2);
    normal = normal / normal.norm(2, 2, true);
    bumpy.normal_map = ((normal + 1.0) * 0.5).contiguous();
    bumpy.albedo =
        (bumpy.albedo * (0.85 + 0.15 * torch::sin(coords).unsqueeze(0).expand({n, n}).unsqueeze(2)))
            .clamp(0.0, 1.0)
            .contiguous();
    AvatarDocument doc;
    doc.setAvatar(bumpy, tmpl_);
    MapInspector inspector(&doc);
    inspector.resize(1200, 640);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    inspector.setCompare(MapInspector::CompareSource::ThisAvatar, MapInspector::Map::NormalMap);
    inspector.setNormalDisplay(MapInspector::NormalDisplay::Relief);
    inspector.setLightDirection(110, 35);
    inspector.setUvOverlay(true, 0.5);
    const auto relief = inspector.compareValues();
    QVERIFY(relief.max().item<float>() - relief.min().item<float>() > 0.3f);
    QTest::qWait(50);
    inspector.grab().save(kShots + "/albedo_and_relief.png");
  }

  void largeMapStaysInteractive() {
    // A 2048² map: converting it for display happens once per map or channel change; zooming and
    // panning repaint only the visible part. The bounds are loose (shared CI machines); the measured
    // times are printed.
    Avatar big = makeDefaultAvatar(tmpl_, "builtin:right", 0, SubdivisionScheme::Loop, 2048);
    big.albedo = torch::rand({2048, 2048, 3});
    AvatarDocument doc;
    doc.setAvatar(big, tmpl_);
    MapInspector inspector(&doc);
    inspector.resize(1200, 800);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    inspector.setUvOverlay(true, 0.6);
    QElapsedTimer timer;
    timer.start();
    inspector.setChannel(MapChannel::Green);
    const qint64 convert_ms = timer.elapsed();
    MapView* view = inspector.view();
    const auto paint_ms = [&](double zoom) {
      view->setView(zoom, {1000.0, 1000.0});
      QElapsedTimer t;
      t.start();
      for (int i = 0; i < 5; ++i) view->repaint();
      return t.elapsed() / 5.0;
    };
    const double fit = paint_ms(0.35);
    const double one = paint_ms(1.0);
    const double texel = paint_ms(32.0);
    qInfo("2048² map: channel change %lld ms; repaint %.1f ms at 0.35x, %.1f ms at 1x, %.1f ms at 32x",
          convert_ms, fit, one, texel);
    QVERIFY(convert_ms < 2000);
    QVERIFY(fit < 150 && one < 150 && texel < 150);
  }

  void badMapsAreRefused() {
    QVERIFY_THROWS_EXCEPTION(InputError, selectChannel(torch::zeros({4, 4}), MapChannel::RGB));
    QVERIFY_THROWS_EXCEPTION(InputError, selectChannel(torch::zeros({4, 4, 2}), MapChannel::Red));
    QVERIFY_THROWS_EXCEPTION(InputError, normalRelief(torch::zeros({4, 4, 3}, torch::kFloat64), 0, 45));
    QVERIFY_THROWS_EXCEPTION(InputError, mapDifference(torch::zeros({4, 4, 3}), torch::zeros({4, 4, 1})));
    QVERIFY_THROWS_EXCEPTION(InputError, saveValuesPng(torch::zeros({4, 4, 2}), "/tmp/never.png", 8));
    // Maps of different sizes are compared texel by nearest texel.
    const auto small = torch::rand({8, 8, 3});
    const auto big = small.repeat_interleave(2, 0).repeat_interleave(2, 1);
    QCOMPARE(mapDifference(big, small).abs().max().item<float>(), 0.0f);
  }
};

QTEST_MAIN(MapInspectorTest)
#include "map_inspector_test.moc"
