// The real program in a real X server (Xvfb): --screenshot on the demo company saves the
// Team page, and what a person would read there includes Sam Rivera (read back by OCR).
#include <gtest/gtest.h>

#include "Run.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <functional>

using namespace consentric::test;

TEST(ScreenshotTest, TeamPageOfTheDemoShowsSamRivera)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const Ran demo = run({QStringLiteral("demo"), QStringLiteral("--database"), db});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();

    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    ASSERT_FALSE(xvfb.isEmpty()) << "xvfb-run is missing: ./dev installs the xvfb package";
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("HOME"), dir.path()); // fresh settings: no remembered window size
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("CONSENTRIC_PASSPHRASE"), QStringLiteral("demo")); // signs in as the owner
    const QString png = dir.filePath(QStringLiteral("team.png"));
    const Ran shot = runProgram(xvfb,
        {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1280x800x24"), QStringLiteral(CONSENTRIC_BINARY),
            QStringLiteral("--database"), db, QStringLiteral("--screenshot"), png, QStringLiteral("--page"), QStringLiteral("team")},
        env, 60'000);
    ASSERT_EQ(shot.exitCode, 0) << shot.err.toStdString();

    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 1000);
    EXPECT_GE(image.height(), 600);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 20) << "the screenshot looks blank";

    const QString tesseract = QStandardPaths::findExecutable(QStringLiteral("tesseract"));
    ASSERT_FALSE(tesseract.isEmpty()) << "tesseract is missing: ./dev installs tesseract-ocr";
    // OCR reads small UI text better at twice the size.
    const QString big = dir.filePath(QStringLiteral("team-2x.png"));
    ASSERT_TRUE(image.scaled(image.size() * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).save(big));
    const Ran ocr = runProgram(tesseract, {big, QStringLiteral("stdout")}, headlessEnvironment(), 120'000);
    ASSERT_EQ(ocr.exitCode, 0) << ocr.err.toStdString();
    EXPECT_TRUE(ocr.out.contains(QStringLiteral("Sam Rivera"))) << ocr.out.toStdString();
    EXPECT_TRUE(ocr.out.contains(QStringLiteral("By department"))) << ocr.out.toStdString();
}

TEST(ScreenshotTest, BadDatabaseExitsOneWithASentence)
{
    QTemporaryDir dir;
    const QString notes = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(notes);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    ASSERT_FALSE(xvfb.isEmpty());
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("HOME"), dir.path());
    const Ran shot = runProgram(xvfb,
        {QStringLiteral("-a"), QStringLiteral(CONSENTRIC_BINARY), QStringLiteral("--database"), notes, QStringLiteral("--screenshot"),
            dir.filePath(QStringLiteral("x.png"))},
        env, 60'000);
    EXPECT_EQ(shot.exitCode, 1);
    EXPECT_TRUE(shot.err.contains(QStringLiteral("not a Consentric database"))) << shot.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

namespace {

// The screenshot of one page of the demo, as someone, and the words OCR reads in it.
// `extra` adds options (--import …); `after` looks at the database before it goes.
QString screenshotText(
    const QString &as, const QString &page, QString *error, const QStringList &extra = {}, const std::function<void(const QString &)> &after = {})
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const Ran demo = run({QStringLiteral("demo"), QStringLiteral("--database"), db});
    if (demo.exitCode != 0) {
        *error = demo.err;
        return {};
    }
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    QFile passphrase(dir.filePath(QStringLiteral("passphrase")));
    if (!passphrase.open(QIODevice::WriteOnly) || passphrase.write("demo\n") != 5)
        return {};
    passphrase.close();
    const QString png = dir.filePath(QStringLiteral("page.png"));
    const Ran shot = runProgram(QStandardPaths::findExecutable(QStringLiteral("xvfb-run")),
        QStringList{QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1280x800x24"), QStringLiteral(CONSENTRIC_BINARY),
            QStringLiteral("--database"), db, QStringLiteral("--screenshot"), png, QStringLiteral("--as"), as, QStringLiteral("--passphrase-file"),
            passphrase.fileName(), QStringLiteral("--page"), page}
            + extra,
        env, 60'000);
    if (shot.exitCode != 0) {
        *error = shot.err;
        return {};
    }
    const QImage image(png);
    const QString big = dir.filePath(QStringLiteral("page-2x.png"));
    if (!image.scaled(image.size() * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).save(big))
        return {};
    const Ran ocr
        = runProgram(QStandardPaths::findExecutable(QStringLiteral("tesseract")), {big, QStringLiteral("stdout")}, headlessEnvironment(), 120'000);
    if (after)
        after(db);
    return ocr.out;
}

} // namespace

TEST(ScreenshotTest, AnEmployeeSignsInWithAsAndSeesTheirOwnPages)
{
    QString error;
    const QString connections = screenshotText(QStringLiteral("sam.rivera@demo.example"), QStringLiteral("connections"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(connections.contains(QStringLiteral("Search your connections"))) << connections.toStdString();
    EXPECT_TRUE(connections.contains(QStringLiteral("Sharing level"))) << connections.toStdString();
    EXPECT_TRUE(connections.contains(QStringLiteral("discoverable"))) << connections.toStdString();

    const QString business = screenshotText(QStringLiteral("sam.rivera@demo.example"), QStringLiteral("business"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(business.contains(QStringLiteral("What the business sees"))) << business.toStdString();

    // An employee has no Team page: a sentence, exit 1.
    screenshotText(QStringLiteral("sam.rivera@demo.example"), QStringLiteral("team"), &error);
    EXPECT_TRUE(error.contains(QStringLiteral("not available"))) << error.toStdString();
}

TEST(ScreenshotTest, TheImportWizardRunsInARealWindow)
{
    const QStringList sample{QStringLiteral("--import"), QStringLiteral(CONSENTRIC_SOURCE_DIR "/docs/sample-import/Connections.csv")};
    QString error;
    const QString preview = screenshotText(QStringLiteral("sam.rivera@demo.example"), QStringLiteral("connections"), &error, sample);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(preview.contains(QStringLiteral("Check what was read"))) << preview.toStdString();
    EXPECT_TRUE(preview.contains(QStringLiteral("LinkedIn connections (CSV)"), Qt::CaseInsensitive)) << preview.toStdString();
    EXPECT_TRUE(preview.contains(QStringLiteral("Mariana Costa"))) << preview.toStdString();

    QStringList listed;
    const QString summary = screenshotText(QStringLiteral("sam.rivera@demo.example"), QStringLiteral("connections"), &error,
        sample + QStringList{QStringLiteral("--import-step"), QStringLiteral("summary")}, [&listed](const QString &db) {
            QProcessEnvironment env = headlessEnvironment();
            env.insert(QStringLiteral("CONSENTRIC_PASSPHRASE"), QStringLiteral("demo"));
            listed = run({QStringLiteral("connections"), QStringLiteral("--database"), db, QStringLiteral("--employee"),
                             QStringLiteral("sam.rivera@demo.example")},
                env)
                         .out.split(QLatin1Char('\n'));
        });
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("imported 7, merged 1, skipped 1"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Connections.csv:12"))) << summary.toStdString();
    // The import really happened, privately.
    const auto tomas
        = std::find_if(listed.cbegin(), listed.cend(), [](const QString &line) { return line.contains(QStringLiteral("Tomás Rivera")); });
    ASSERT_NE(tomas, listed.cend()) << listed.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(tomas->endsWith(QLatin1String("private"))) << tomas->toStdString();
}

TEST(ScreenshotTest, ImportOptionsGoWithAScreenshot)
{
    const Ran alone = run({QStringLiteral("--import"), QStringLiteral("x.csv")});
    EXPECT_EQ(alone.exitCode, 2);
    EXPECT_TRUE(alone.err.contains(QStringLiteral("--import goes with --screenshot"))) << alone.err.toStdString();
    const Ran step = run({QStringLiteral("--screenshot"), QStringLiteral("x.png"), QStringLiteral("--import"), QStringLiteral("x.csv"),
        QStringLiteral("--import-step"), QStringLiteral("later")});
    EXPECT_EQ(step.exitCode, 2);
    EXPECT_TRUE(step.err.contains(QStringLiteral("files, preview, matches, summary"))) << step.err.toStdString();
}

TEST(ScreenshotTest, TheNetworkMapLightsThePathToAcmeAndShowsAnEmployeesOwnNetwork)
{
    QString error;
    const QString owner = screenshotText(
        QStringLiteral("owner@demo.example"), QStringLiteral("map"), &error, {QStringLiteral("--discover"), QStringLiteral("Acme Inc.")});
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(owner.contains(QStringLiteral("Network map"))) << owner.toStdString();
    EXPECT_TRUE(owner.contains(QStringLiteral("Strongest introductions from the team"))) << owner.toStdString();
    EXPECT_TRUE(owner.contains(QStringLiteral("Sam Rivera"))) << owner.toStdString();
    EXPECT_TRUE(owner.contains(QStringLiteral("Legend"))) << owner.toStdString();

    const QString sam = screenshotText(QStringLiteral("sam.rivera@demo.example"), QStringLiteral("map"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(sam.contains(QStringLiteral("private ones included"))) << sam.toStdString();
    EXPECT_TRUE(sam.contains(QStringLiteral("Person, discoverable"))) << sam.toStdString();

    // A name the map does not hold: a sentence, exit 1.
    screenshotText(
        QStringLiteral("owner@demo.example"), QStringLiteral("map"), &error, {QStringLiteral("--discover"), QStringLiteral("Nowhere Ltd")});
    EXPECT_TRUE(error.contains(QStringLiteral("Nothing on the map is called"))) << error.toStdString();
}

TEST(ScreenshotTest, TheOwnerSeesThePipelineAndSamWritesHisIntroductionFromATemplate)
{
    QString error;
    const QString owner = screenshotText(QStringLiteral("owner@demo.example"), QStringLiteral("referrals"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(owner.contains(QStringLiteral("Requests and pipeline"))) << owner.toStdString();
    EXPECT_TRUE(owner.contains(QStringLiteral("whoever can help"))) << owner.toStdString();
    EXPECT_TRUE(owner.contains(QStringLiteral("no introduction"))) << owner.toStdString();
    EXPECT_TRUE(owner.contains(QStringLiteral("never named"))) << owner.toStdString();

    const QString sam = screenshotText(QStringLiteral("sam.rivera@demo.example"), QStringLiteral("inbox"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(sam.contains(QStringLiteral("Write the introduction"))) << sam.toStdString();
    EXPECT_TRUE(sam.contains(QStringLiteral("Open in mail program"))) << sam.toStdString();
    EXPECT_TRUE(sam.contains(QStringLiteral("Sam Rivera"))) << sam.toStdString();
    EXPECT_TRUE(sam.contains(QStringLiteral("rather not hear about this"))) << "the opt-out line: " << sam.toStdString();
}

TEST(ScreenshotTest, TheOwnersMetricsPolicyAndReportPagesAndSamsPulse)
{
    QString error;
    const QString metrics = screenshotText(QStringLiteral("owner@demo.example"), QStringLiteral("metrics"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(metrics.contains(QStringLiteral("whole months"))) << metrics.toStdString();
    EXPECT_TRUE(metrics.contains(QStringLiteral("fewer than 3"))) << metrics.toStdString();

    const QString policy = screenshotText(QStringLiteral("owner@demo.example"), QStringLiteral("policy-review"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(policy.contains(QStringLiteral("Taking part is voluntary"))) << policy.toStdString();
    EXPECT_TRUE(policy.contains(QStringLiteral("acknowledged"))) << policy.toStdString();

    const QString reports = screenshotText(QStringLiteral("owner@demo.example"), QStringLiteral("reports"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(reports.contains(QStringLiteral("policy-review report"))) << reports.toStdString();
    EXPECT_TRUE(reports.contains(QStringLiteral("Audit log entries"))) << reports.toStdString();

    const QString pulse = screenshotText(QStringLiteral("sam.rivera@demo.example"), QStringLiteral("pulse"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(pulse.contains(QStringLiteral("no name, no time"))) << pulse.toStdString();
}

TEST(ScreenshotTest, TheOwnersOneToOnesAndSams)
{
    QString error;
    const QString owner = screenshotText(QStringLiteral("owner@demo.example"), QStringLiteral("oneonones"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(owner.contains(QStringLiteral("held or skipped marks"))) << owner.toStdString();
    EXPECT_TRUE(owner.contains(QStringLiteral("organisation's time zone"))) << owner.toStdString();

    const QString sam = screenshotText(QStringLiteral("sam.rivera@demo.example"), QStringLiteral("oneonones"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(sam.contains(QStringLiteral("The owner sees who is paired with whom and when"))) << sam.toStdString();
    EXPECT_TRUE(sam.contains(QStringLiteral("Taking part is voluntary"))) << sam.toStdString();
}
