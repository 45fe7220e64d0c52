// The quarterly policy-review report: every section of the demo's 2026-Q3 report has a
// figure (the one-to-ones' round of September 2026 and its department map included); the
// PDF has a cover and one page or more per section, numbered; no employee's name appears
// in the sections about requests and declines, the pulse, concerns or one-to-ones; and
// a quarter with nothing to show still renders and says what is missing.
#include "consent/People.h"
#include "demo/DemoCompany.h"
#include "reports/ReportData.h"
#include "reports/ReportWriter.h"
#include "support/StoreTest.h"

#include <QDir>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

using namespace consentric;
using namespace consentric::test;

namespace {

// The text of a PDF, page by page (pdftotext from poppler-utils, which ./dev installs).
QStringList pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed: " << p.readAllStandardError().toStdString();
        return {};
    }
    // NFKC undoes the typesetter's ligatures ("ﬀ" in "Sign-off"), which would hide a name too.
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

class ReportTest : public StoreTest
{
protected:
    consent::Session owner()
    {
        auto people = consent::People(db()).all();
        QString email;
        for (const auto &p : *people) {
            if (p.role == consent::Role::Owner)
                email = p.email;
        }
        auto session = consent::Accounts(db()).signIn(email, demo::kDemoPassphrase);
        EXPECT_TRUE(session.ok());
        return std::move(*session);
    }

    void makeDemo()
    {
        auto made = demo::createDemoCompany(db(), demo::Options{});
        ASSERT_TRUE(made.ok()) << made.message().toStdString();
    }
};
CONSENTRIC_BOTH_ENGINES(ReportTest);

TEST_P(ReportTest, EverySectionOfTheDemosThirdQuarterHasAFigureAndNoNameWhereNoneBelongs)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    makeDemo();
    const auto session = owner();
    auto report = reports::gatherReport(db(), session, {2026, 3});
    ASSERT_TRUE(report.ok()) << report.message().toStdString();
    const QStringList ids{QStringLiteral("summary"), QStringLiteral("policy"), QStringLiteral("participation"), QStringLiteral("referrals"),
        QStringLiteral("pulse"), QStringLiteral("concerns"), QStringLiteral("oneonones"), QStringLiteral("reviews"), QStringLiteral("changes"),
        QStringLiteral("sign-off")};
    QStringList found;
    for (const auto &s : report->sections) {
        found << s.id;
        EXPECT_FALSE(s.figures.empty()) << s.id.toStdString() << " has no figure";
        for (const auto &f : s.figures)
            EXPECT_FALSE(f.value.isEmpty()) << s.id.toStdString() << ": " << f.label.toStdString();
    }
    EXPECT_EQ(found, ids);
    // The demo has a pulse, a review and concerns in 2026-Q3: nothing is missing.
    EXPECT_TRUE(report->missing.isEmpty()) << report->missing.join(QLatin1Char('\n')).toStdString();
    const auto *pulse = report->section(QStringLiteral("pulse"));
    ASSERT_NE(pulse, nullptr);
    EXPECT_NE(pulse->figures.at(1).value, QStringLiteral("fewer than 3 answers"));
    EXPECT_EQ(report->auditHead.size(), 64);
    // The demo's round of 14 September 2026: its figures and which departments met.
    const auto *oneOnOnes = report->section(QStringLiteral("oneonones"));
    ASSERT_NE(oneOnOnes, nullptr);
    EXPECT_EQ(oneOnOnes->title, QStringLiteral("One-to-ones"));
    ASSERT_EQ(oneOnOnes->figures.size(), 6U);
    EXPECT_EQ(oneOnOnes->figures.at(1).value, QStringLiteral("1")); // rounds started
    EXPECT_NE(oneOnOnes->figures.at(2).value, QStringLiteral("0")); // meetings arranged
    EXPECT_NE(oneOnOnes->figures.at(4).value, QStringLiteral("not shown")); // held rate
    EXPECT_TRUE(oneOnOnes->figures.at(5).value.endsWith(QStringLiteral(" of 6"))) << oneOnOnes->figures.at(5).value.toStdString();
    ASSERT_TRUE(oneOnOnes->matrix);
    ASSERT_EQ(oneOnOnes->table.size(), 5U); // a header and one row for each of the 4 departments
    int met = 0;
    for (size_t i = 1; i < oneOnOnes->table.size(); ++i) {
        ASSERT_EQ(oneOnOnes->table[i].size(), 5);
        for (size_t j = 1; j < oneOnOnes->table.size(); ++j) {
            EXPECT_EQ(oneOnOnes->table[i][qsizetype(j)], oneOnOnes->table[j][qsizetype(i)]) << "the map is symmetric";
            met += oneOnOnes->table[i][qsizetype(j)].toInt();
        }
    }
    EXPECT_GT(met, 0);

    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("q3.pdf"));
    auto pages = reports::ReportWriter(*report).writePdf(path, QPageSize(QPageSize::A4));
    ASSERT_TRUE(pages.ok()) << pages.message().toStdString();
    const QStringList text = pdfPages(path);
    ASSERT_EQ(text.size(), *pages);
    ASSERT_GE(text.size(), 1 + ids.size());
    EXPECT_TRUE(text.first().contains(QStringLiteral("Quarterly policy review")));
    EXPECT_FALSE(text.first().contains(QStringLiteral("Page 1 of"))) << "the cover carries no footer";
    EXPECT_TRUE(text.last().contains(QStringLiteral("Page %1 of %1").arg(text.size())));
    EXPECT_TRUE(text.join(QString()).contains(report->auditHead));

    // Which page belongs to which section: each section starts a page with its number.
    QMap<QString, QString> sectionText;
    QString current;
    for (const QString &page : text.mid(1)) {
        for (size_t i = 0; i < report->sections.size(); ++i) {
            if (page.trimmed().startsWith(QStringLiteral("%1. %2").arg(i + 1).arg(report->sections[i].title)))
                current = report->sections[i].id;
        }
        ASSERT_FALSE(current.isEmpty()) << "a page before the first section: " << page.left(200).toStdString();
        sectionText[current] += page;
    }
    EXPECT_EQ(QStringList(sectionText.keys()).size(), ids.size());
    auto people = consent::People(db()).all();
    ASSERT_TRUE(people.ok());
    for (const QString &id : {QStringLiteral("referrals"), QStringLiteral("pulse"), QStringLiteral("concerns"), QStringLiteral("oneonones")}) {
        const QString words = sectionText.value(id).simplified();
        ASSERT_FALSE(words.isEmpty()) << id.toStdString();
        for (const auto &p : *people) {
            EXPECT_FALSE(words.contains(p.name, Qt::CaseInsensitive)) << p.name.toStdString() << " named in " << id.toStdString();
            const QString family = p.name.section(QLatin1Char(' '), -1);
            EXPECT_FALSE(words.contains(QLatin1Char(' ') + family + QLatin1Char(' '))) << family.toStdString() << " in " << id.toStdString();
        }
    }
    QLocale::setDefault(QLocale::c());
}

TEST_P(ReportTest, AQuarterWithNothingToShowStillRendersAndSaysWhatIsMissing)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const qint64 ownerId = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
    const consent::Session &session = this->session(ownerId);
    for (const auto &[quarter, expected] : {std::pair{metrics::Quarter{2027, 2}, "has not started yet"},
             std::pair{metrics::Quarter{2019, 1}, "The program started on"}, std::pair{metrics::Quarter{2026, 4}, "is not over"}}) {
        auto report = reports::gatherReport(db(), session, quarter);
        ASSERT_TRUE(report.ok()) << report.message().toStdString();
        const QString missing = report->missing.join(QLatin1Char('\n'));
        EXPECT_TRUE(missing.contains(QString::fromLatin1(expected))) << missing.toStdString();
        EXPECT_TRUE(missing.contains(QStringLiteral("No connection policy has been published"))) << missing.toStdString();
        EXPECT_TRUE(missing.contains(QStringLiteral("No quarterly review has been recorded"))) << missing.toStdString();
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("empty.pdf"));
        auto pages = reports::ReportWriter(*report).writePdf(path, reports::pageSizeFor(QLocale()));
        ASSERT_TRUE(pages.ok()) << pages.message().toStdString();
        const QStringList text = pdfPages(path);
        ASSERT_FALSE(text.isEmpty());
        EXPECT_TRUE(text.at(1).contains(QStringLiteral("What this report cannot show")));
    }
    EXPECT_EQ(reports::pageSizeFor(QLocale()).id(), QPageSize::Letter);
    EXPECT_EQ(reports::pageSizeFor(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
    auto employee = reports::gatherReport(db(), this->session(person(QStringLiteral("Ed Employee"), QStringLiteral("Sales"))), {2026, 3});
    EXPECT_FALSE(employee.ok());
    QLocale::setDefault(QLocale::c());
}
