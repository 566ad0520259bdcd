// The palma command-line tool, run as a user would: help texts, model info/export/presets, the demo,
// and a clear one-line error with a non-zero exit code for every kind of bad input.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
  int code = -1;
  QString out, err;
};

Result runPalma(const QStringList& args) {
  QProcess process;
  process.start(PALMA_CLI_PATH, args);
  Result r;
  if (!process.waitForFinished(120000)) {
    process.kill();
    r.err = "timed out";
    return r;
  }
  r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
  r.out = QString::fromUtf8(process.readAllStandardOutput());
  r.err = QString::fromUtf8(process.readAllStandardError());
  return r;
}

struct Obj {
  int vertices = 0, uvs = 0, normals = 0, faces = 0;
  bool indices_valid = true;
};

Obj parseObj(const QString& path) {
  Obj obj;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return obj;
  QList<QByteArray> face_lines;
  while (!file.atEnd()) {
    const QByteArray line = file.readLine().trimmed();
    if (line.startsWith("v ")) ++obj.vertices;
    if (line.startsWith("vt ")) ++obj.uvs;
    if (line.startsWith("vn ")) ++obj.normals;
    if (line.startsWith("f ")) face_lines.push_back(line);
  }
  obj.faces = face_lines.size();
  for (const QByteArray& line : face_lines) {
    const QList<QByteArray> corners = line.mid(2).split(' ');
    if (corners.size() != 3) obj.indices_valid = false;
    for (const QByteArray& corner : corners) {
      const QList<QByteArray> idx = corner.split('/');
      if (idx.size() != 3 || idx[0].toInt() < 1 || idx[0].toInt() > obj.vertices || idx[1].toInt() < 1 ||
          idx[1].toInt() > obj.uvs || idx[2].toInt() < 1 || idx[2].toInt() > obj.normals)
        obj.indices_valid = false;
    }
  }
  return obj;
}

#define CHECK_ONE_LINE_ERROR(r)                                          \
  do {                                                                   \
    QVERIFY2((r).err.startsWith("palma: error: "), qPrintable((r).err)); \
    QCOMPARE((r).err.count('\n'), 1);                                    \
  } while (0)

}  // namespace

class CliTest : public QObject {
  Q_OBJECT

 private slots:
  void topLevelHelpListsTheCommands() {
    const Result r = runPalma({"--help"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("Usage: palma <command>"));
    QVERIFY(r.out.contains("model"));
    QVERIFY(r.out.contains("demo"));
    QVERIFY(r.err.isEmpty());
  }

  void versionPrintsTheVersion() {
    const Result r = runPalma({"--version"});
    QCOMPARE(r.code, 0);
    QVERIFY2(QRegularExpression("^palma \\d+\\.\\d+\\.\\d+\\n$").match(r.out).hasMatch(), qPrintable(r.out));
  }

  void everyCommandHasHelp_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("model") << QStringList{"model", "--help"} << "export";
    QTest::newRow("model info") << QStringList{"model", "info", "--help"} << "--model SPEC";
    QTest::newRow("model export") << QStringList{"model", "export", "--help"} << "\"angles\"";
    QTest::newRow("model presets") << QStringList{"model", "presets", "--help"}
                                   << "Usage: palma model presets";
    QTest::newRow("demo") << QStringList{"demo", "--help"} << "--out DIR";
    QTest::newRow("short -h") << QStringList{"model", "export", "-h"} << "--subdivide N";
  }
  void everyCommandHasHelp() {
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Result r = runPalma(args);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
  }

  void infoPrintsCountsSkeletonAndMeasurements() {
    const Result r = runPalma({"model", "info", "--model", "builtin:left"});
    QCOMPARE(r.code, 0);
    const auto match = QRegularExpression("Vertices:\\s+(\\d+)").match(r.out);
    QVERIFY2(match.hasMatch(), qPrintable(r.out));
    QVERIFY(match.captured(1).toInt() > 1000);
    for (const char* text : {"Faces:", "UVs:", "left hand", "thumb_length",
                             "Hand length:", "Palm width:", "Bounding box:", "unlimited"})
      QVERIFY2(r.out.contains(text), text);

    const Result json = runPalma({"model", "info", "--json"});
    QCOMPARE(json.code, 0);
    const QJsonObject info = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(info["vertices"].toInt(), match.captured(1).toInt());  // left = mirrored right
    QCOMPARE(info["joints"].toArray().size(), 16);
    // The average adult hand (PRODUCT.md: wrist to middle tip about 18.5 cm).
    QVERIFY(std::abs(info["hand_length_cm"].toDouble() - 18.5) < 1.5);
  }

  void presetsListsTheDemoPoses() {
    const Result r = runPalma({"model", "presets"});
    QCOMPARE(r.code, 0);
    const QStringList names = r.out.split('\n', Qt::SkipEmptyParts);
    for (const char* name : {"rest", "fist", "pinch", "point"}) QVERIFY2(names.contains(name), name);
  }

  void exportWritesAParseableObj() {
    QTemporaryDir dir;
    const QString path = dir.filePath("fist.obj");
    const Result r =
        runPalma({"model", "export", "--pose", "fist", "--shape", "size=1,palm_width=-0.5", "--out", path});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("wrote"));
    const Obj obj = parseObj(path);
    QVERIFY(obj.vertices > 1000);
    QCOMPARE(obj.normals, obj.vertices);
    QVERIFY(obj.uvs >= obj.vertices);  // seams split UVs
    QVERIFY(obj.faces > obj.vertices);
    QVERIFY(obj.indices_valid);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"fist.obj"});  // no temporary left
  }

  void exportSubdividesAndReadsPoseFiles() {
    QTemporaryDir dir;
    QFile pose(dir.filePath("bend.json"));
    QVERIFY(pose.open(QIODevice::WriteOnly));
    QJsonArray angles;
    for (int j = 0; j < 16; ++j) angles.append(QJsonArray{j == 0 ? 0 : 30, 0, 0});
    pose.write(QJsonDocument(QJsonObject{{"angles", angles}, {"units", "degrees"}}).toJson());
    pose.close();
    const Result r = runPalma({"model", "export", "--pose", pose.fileName(), "--subdivide", "1", "--out",
                               dir.filePath("bent.obj")});
    QCOMPARE(r.code, 0);
    const Obj rest = parseObj(dir.filePath("bent.obj"));
    const Result base = runPalma({"model", "export", "--out", dir.filePath("rest.obj")});
    QCOMPARE(base.code, 0);
    const Obj coarse = parseObj(dir.filePath("rest.obj"));
    QCOMPARE(rest.faces, 4 * coarse.faces);  // one subdivision level: F' = 4F
    QVERIFY(rest.indices_valid);
  }

  void badInputGivesOneClearLineAndAnExitCode_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << 2 << "needs a command";
    QTest::newRow("unknown command") << QStringList{"paint"} << 2 << "unknown command 'paint'";
    QTest::newRow("unknown sub-command") << QStringList{"model", "paint"} << 2 << "unknown command 'paint'";
    QTest::newRow("unknown option") << QStringList{"model", "info", "--colour", "red"} << 2
                                    << "unknown option '--colour'";
    QTest::newRow("missing value") << QStringList{"model", "export", "--out"} << 2 << "--out needs a value";
    QTest::newRow("bad number") << QStringList{"model", "export", "--subdivide", "two"} << 2
                                << "'two' is not a whole number";
    QTest::newRow("out of range") << QStringList{"model", "export", "--subdivide", "7"} << 2
                                  << "outside 0..3";
    QTest::newRow("bad shape value") << QStringList{"model", "export", "--shape", "1,abc"} << 2
                                     << "'abc' is not a number";
    QTest::newRow("unknown shape name")
        << QStringList{"model", "export", "--shape", "wingspan=2"} << 2 << "unknown component 'wingspan'";
    QTest::newRow("unknown preset") << QStringList{"model", "export", "--pose", "moonwalk"} << 1
                                    << "unknown pose preset 'moonwalk'";
    QTest::newRow("missing pose file")
        << QStringList{"model", "export", "--pose", "/no/such/pose.json"} << 1 << "cannot read pose file";
    QTest::newRow("unknown model") << QStringList{"model", "info", "--model", "robot"} << 1
                                   << "unknown model";
    QTest::newRow("missing MANO file")
        << QStringList{"model", "info", "--model", "mano:/no/such.npz"} << 1 << "/no/such.npz";
    QTest::newRow("unreadable template")
        << QStringList{"model", "info", "--model", "template:/no/such.glb"} << 1 << "/no/such.glb";
    QTest::newRow("missing output dir")
        << QStringList{"model", "export", "--out", "/no/such/dir/x.obj"} << 1 << "does not exist";
    QTest::newRow("unwritable output dir")
        << QStringList{"model", "export", "--out", "/proc/x.obj"} << 1 << "cannot create a file";
    QTest::newRow("demo into /proc") << QStringList{"demo", "--out", "/proc/palma-demo"} << 1
                                     << "cannot create the output directory";
  }
  void badInputGivesOneClearLineAndAnExitCode() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Result r = runPalma(args);
    QCOMPARE(r.code, code);
    CHECK_ONE_LINE_ERROR(r);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
  }

  void malformedPoseFilesAreRejected_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{pose") << "is not valid JSON";
    QTest::newRow("no pose") << QByteArray("{\"hand\": 1}") << "needs exactly one of";
    QTest::newRow("too few rows") << QByteArray("{\"pose\": [[0,0,0]]}") << "list of 16";
    QTest::newRow("bad row") << QByteArray("{\"angles\": [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}") << "row 0";
    QByteArray rows = "[0,0,0]";
    for (int j = 1; j < 16; ++j) rows += ",[0,0,0]";
    QTest::newRow("bad units") << "{\"pose\": [" + rows + "], \"units\": \"gradians\"}"
                               << "\"units\" must be";
    QTest::newRow("not a number") << "{\"pose\": [" + rows.replace("[0,0,0]", "[0,\"x\",0]") + "]}"
                                  << "not a finite number";
  }
  void malformedPoseFilesAreRejected() {
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QFile file(dir.filePath("pose.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const Result r = runPalma({"model", "export", "--pose", file.fileName(), "--out", dir.filePath("x.obj")});
    QCOMPARE(r.code, 1);
    CHECK_ONE_LINE_ERROR(r);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath("x.obj")));
  }

  void demoWritesOneObjPerHandAndPosePlusSummaries() {
    QTemporaryDir dir;
    const QString out = dir.filePath("demo-output");
    const Result r = runPalma({"demo", "--out", out});
    QCOMPARE(r.code, 0);
    const QStringList presets = runPalma({"model", "presets"}).out.split('\n', Qt::SkipEmptyParts);
    QVERIFY(presets.size() >= 4);
    for (const QString& side : {QString("right"), QString("left")})
      for (const QString& preset : presets) {
        const QString file = out + "/" + side + "-" + preset + ".obj";
        QVERIFY2(parseObj(file).faces > 1000, qPrintable(file));
        QVERIFY(r.out.contains(side + "-" + preset + ".obj"));  // a progress line per file
      }
    QFile json(out + "/summary.json");
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject summary = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(summary["hands"].toArray().size(), 2);
    QCOMPARE(summary["hands"].toArray()[0].toObject()["poses"].toArray().size(), presets.size());
    QVERIFY(summary["total_seconds"].toDouble() > 0);
    QFile text(out + "/summary.txt");
    QVERIFY(text.open(QIODevice::ReadOnly));
    QVERIFY(text.readAll().contains("vertices"));
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 2 * presets.size() + 2);
  }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
