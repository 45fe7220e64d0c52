// The command line as DESIGN.md describes it, run as a separate process with no display:
// exit codes 0 / 1 / 2, one clear sentence on stderr, nothing modified on failure.
#include <gtest/gtest.h>

#include "Run.h"
#include "support/TestDatabase.h"

#include "consent/Accounts.h"
#include "oneonones/Members.h"
#include "support/Files.h"
#include "util/Clock.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace consentric::test;

namespace {

std::string show(const Ran &r)
{
    return QString(
        QStringLiteral("exit ") + QString::number(r.exitCode) + QStringLiteral("\nstdout: ") + r.out + QStringLiteral("\nstderr: ") + r.err)
        .toStdString();
}

} // namespace

class CommandLineTest : public testing::Test
{
protected:
    QTemporaryDir dir;
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
};

TEST_F(CommandLineTest, HelpAndVersionNeedNoDisplay)
{
    const Ran help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0) << show(help);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Commands:")));
    EXPECT_TRUE(help.err.isEmpty()) << show(help);
    const Ran version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("consentric 0."))) << show(version);
    const Ran demoHelp = run({QStringLiteral("demo"), QStringLiteral("--help")});
    EXPECT_EQ(demoHelp.exitCode, 0);
    EXPECT_TRUE(demoHelp.out.contains(QStringLiteral("--scale")));
}

TEST_F(CommandLineTest, UsageErrorsExitTwoWithOneSentence)
{
    for (const QStringList &args :
        {QStringList{QStringLiteral("frobnicate")}, QStringList{QStringLiteral("--frobnicate")}, QStringList{QStringLiteral("demo")},
            QStringList{QStringLiteral("demo"), QStringLiteral("--database"), path("x.sqlite"), QStringLiteral("--scale"), QStringLiteral("huge")},
            QStringList{QStringLiteral("demo"), QStringLiteral("--database"), path("x.sqlite"), QStringLiteral("--seed"), QStringLiteral("abc")},
            QStringList{QStringLiteral("person"), QStringLiteral("remove")},
            QStringList{QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("demo")}}) {
        const Ran r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString() << "\n" << show(r);
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("consentric: "))) << show(r);
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << show(r);
    }
    EXPECT_FALSE(QFile::exists(path("x.sqlite")));
}

TEST_F(CommandLineTest, DemoThenPersonAddThenBackup)
{
    const QString db = path("demo.sqlite");
    const Ran demo = run({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--scale"), QStringLiteral("small")});
    ASSERT_EQ(demo.exitCode, 0) << show(demo);
    EXPECT_TRUE(demo.out.contains(QStringLiteral("12 people in 4 departments"))) << show(demo);

    const Ran again = run({QStringLiteral("demo"), QStringLiteral("--database"), db});
    EXPECT_EQ(again.exitCode, 1) << show(again);
    EXPECT_TRUE(again.err.contains(QStringLiteral("new, empty database")));

    const Ran add = run({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--database"), db, QStringLiteral("--email"),
                            QStringLiteral("ana.lima@demo.example"), QStringLiteral("--name"), QStringLiteral("Ana Lima"),
                            QStringLiteral("--department"), QStringLiteral("Research"), QStringLiteral("--role"), QStringLiteral("admin")},
        demoOwnerEnvironment());
    EXPECT_EQ(add.exitCode, 0) << show(add);
    EXPECT_TRUE(add.out.contains(QStringLiteral("new department Research"))) << show(add);

    const Ran duplicate = run({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--database"), db, QStringLiteral("--email"),
                                  QStringLiteral("sam.rivera@demo.example"), QStringLiteral("--name"), QStringLiteral("Sam"),
                                  QStringLiteral("--department"), QStringLiteral("Sales")},
        demoOwnerEnvironment());
    EXPECT_EQ(duplicate.exitCode, 1) << show(duplicate);
    EXPECT_TRUE(duplicate.err.contains(QStringLiteral("Sam Rivera")));

    const Ran badEmail
        = run({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--database"), db, QStringLiteral("--email"), QStringLiteral("nope"),
                  QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--department"), QStringLiteral("Sales")},
            demoOwnerEnvironment());
    EXPECT_EQ(badEmail.exitCode, 2) << show(badEmail);

    const QString copy = path("copy.sqlite");
    const Ran backup = run({QStringLiteral("backup"), QStringLiteral("--database"), db, QStringLiteral("--output"), copy});
    EXPECT_EQ(backup.exitCode, 0) << show(backup);
    // The copy opens, with the person added above: adding them again is refused.
    const Ran inCopy = run({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--database"), copy, QStringLiteral("--email"),
                               QStringLiteral("ana.lima@demo.example"), QStringLiteral("--name"), QStringLiteral("Ana"),
                               QStringLiteral("--department"), QStringLiteral("Sales")},
        demoOwnerEnvironment());
    EXPECT_EQ(inCopy.exitCode, 1) << show(inCopy);
    EXPECT_TRUE(inCopy.err.contains(QStringLiteral("Ana Lima")));
}

TEST_F(CommandLineTest, BadDatabasesAreRefusedAndLeftAlone)
{
    const QString notes = path("notes.sqlite");
    QFile file(notes);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("hello\n");
    file.close();
    const QByteArray before = fileHash(notes);
    const Ran r = run({QStringLiteral("backup"), QStringLiteral("--database"), notes, QStringLiteral("--output"), path("b.sqlite")});
    EXPECT_EQ(r.exitCode, 1) << show(r);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a Consentric database"))) << show(r);
    EXPECT_EQ(fileHash(notes), before);
    EXPECT_FALSE(QFile::exists(path("b.sqlite")));

    const Ran missing
        = run({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--database"), path("absent.sqlite"), QStringLiteral("--email"),
                  QStringLiteral("a@b.example"), QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--department"), QStringLiteral("S")},
            demoOwnerEnvironment());
    EXPECT_EQ(missing.exitCode, 1) << show(missing);
    EXPECT_FALSE(QFile::exists(path("absent.sqlite")));

    const Ran unreachable = run({QStringLiteral("backup"), QStringLiteral("--database"), QStringLiteral("postgresql://nobody@127.0.0.1:1/x"),
        QStringLiteral("--output"), path("c.sqlite")});
    EXPECT_EQ(unreachable.exitCode, 1) << show(unreachable);
    EXPECT_TRUE(unreachable.err.contains(QStringLiteral("Cannot connect"))) << show(unreachable);
    EXPECT_EQ(unreachable.err.count(QLatin1Char('\n')), 1) << show(unreachable);

    const Ran password = run({QStringLiteral("backup"), QStringLiteral("--database"), QStringLiteral("postgresql://a:secret@127.0.0.1/x"),
        QStringLiteral("--output"), path("d.sqlite")});
    EXPECT_EQ(password.exitCode, 1) << show(password);
    EXPECT_FALSE(password.err.contains(QStringLiteral("secret")));
}

TEST_F(CommandLineTest, PostgresServerDatabaseWorksFromTheCommandLine)
{
    TestDatabase server(Backend::Postgres);
    ASSERT_TRUE(server.problem().isEmpty()) << server.problem().toStdString();
    const QString url = server.location().displayName();
    server.close();
    const Ran demo = run({QStringLiteral("demo"), QStringLiteral("--database"), url});
    ASSERT_EQ(demo.exitCode, 0) << show(demo);
    const Ran audit = run({QStringLiteral("audit"), QStringLiteral("--database"), url, QStringLiteral("--verify")}, demoOwnerEnvironment());
    EXPECT_EQ(audit.exitCode, 0) << show(audit);
    EXPECT_TRUE(audit.out.contains(QStringLiteral("intact"))) << show(audit);
    const Ran backup = run({QStringLiteral("backup"), QStringLiteral("--database"), url, QStringLiteral("--output"), path("pg.sqlite")});
    EXPECT_EQ(backup.exitCode, 1) << show(backup);
    EXPECT_TRUE(backup.err.contains(QStringLiteral("pg_dump"))) << show(backup);
}

TEST_F(CommandLineTest, MessagesFollowLang)
{
    const Ran r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("backup"), QStringLiteral("--database"), path("absent.sqlite"),
        QStringLiteral("--output"), path("x.sqlite")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Es gibt keine Datenbank"))) << show(r);
    const Ran english
        = run({QStringLiteral("backup"), QStringLiteral("--database"), path("absent.sqlite"), QStringLiteral("--output"), path("x.sqlite")});
    EXPECT_TRUE(english.err.contains(QStringLiteral("There is no database"))) << show(english);

    // Messages from every layer are translated: the command line and core's people rules.
    const Ran unknown = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("frobnicate")});
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("ist kein Consentric-Befehl"))) << show(unknown);
    const QString db = path("de.sqlite");
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode, 0);
    const Ran duplicate = run({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--lang"), QStringLiteral("de"),
                                  QStringLiteral("--database"), db, QStringLiteral("--email"), QStringLiteral("sam.rivera@demo.example"),
                                  QStringLiteral("--name"), QStringLiteral("Sam"), QStringLiteral("--department"), QStringLiteral("Sales")},
        demoOwnerEnvironment());
    EXPECT_EQ(duplicate.exitCode, 1);
    EXPECT_TRUE(duplicate.err.contains(QStringLiteral("hat bereits die E-Mail-Adresse"))) << show(duplicate);
    const Ran added = run({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--lang"), QStringLiteral("de"),
                              QStringLiteral("--database"), db, QStringLiteral("--email"), QStringLiteral("neu@demo.example"),
                              QStringLiteral("--name"), QStringLiteral("Neu"), QStringLiteral("--department"), QStringLiteral("Recht")},
        demoOwnerEnvironment());
    EXPECT_TRUE(added.out.contains(QStringLiteral("zur neuen Abteilung Recht hinzugefügt"))) << show(added);
}

TEST_F(CommandLineTest, AuditVerifyFindsTampering)
{
    const QString db = path("audit.sqlite");
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode, 0);
    const Ran ok = run({QStringLiteral("audit"), QStringLiteral("--database"), db, QStringLiteral("--verify")}, demoOwnerEnvironment());
    ASSERT_EQ(ok.exitCode, 0) << show(ok);
    EXPECT_TRUE(ok.out.contains(QStringLiteral("The audit log is intact."))) << show(ok);
    const QString head = ok.out.section(QStringLiteral("Head: "), 1).section(QLatin1Char('\n'), 0, 0).trimmed();
    ASSERT_EQ(head.size(), 64) << show(ok);

    // Later entries are fine as long as the earlier head is still in the chain.
    const Ran later
        = run({QStringLiteral("audit"), QStringLiteral("--database"), db, QStringLiteral("--verify"), QStringLiteral("--expect-head"), head},
            demoOwnerEnvironment());
    EXPECT_EQ(later.exitCode, 0) << show(later);

    {
        // Someone edits one entry behind Consentric's back.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery edit(raw);
        ASSERT_TRUE(edit.exec(QStringLiteral("UPDATE audit_log SET action = 'person-edited' WHERE id = 5")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const Ran broken = run({QStringLiteral("audit"), QStringLiteral("--database"), db, QStringLiteral("--verify")}, demoOwnerEnvironment());
    EXPECT_EQ(broken.exitCode, 1) << show(broken);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("broken at entry 5"))) << show(broken);
    EXPECT_EQ(broken.err.count(QLatin1Char('\n')), 1) << show(broken);
}

TEST_F(CommandLineTest, OwnerCommandsNeedTheOwnersPassphrase)
{
    const QString db = path("owner.sqlite");
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode, 0);
    const QStringList audit{QStringLiteral("audit"), QStringLiteral("--database"), db, QStringLiteral("--verify")};

    const Ran none = run(audit); // no passphrase, and standard input is not a terminal
    EXPECT_EQ(none.exitCode, 1) << show(none);
    EXPECT_TRUE(none.err.contains(QStringLiteral("--passphrase-file"))) << show(none);

    QFile file(path("passphrase"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("demo\n");
    file.close();
    const Ran fromFile = run(audit + QStringList{QStringLiteral("--passphrase-file"), path("passphrase")});
    EXPECT_EQ(fromFile.exitCode, 0) << show(fromFile);
    const Ran missingFile = run(audit + QStringList{QStringLiteral("--passphrase-file"), path("absent")});
    EXPECT_EQ(missingFile.exitCode, 1) << show(missingFile);

    QProcessEnvironment wrong = headlessEnvironment();
    wrong.insert(QStringLiteral("CONSENTRIC_PASSPHRASE"), QStringLiteral("not demo"));
    const Ran refused = run(audit, wrong);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("passphrase for owner@demo.example is wrong"))) << show(refused);

    const Ran employee = run(audit + QStringList{QStringLiteral("--as"), QStringLiteral("sam.rivera@demo.example")}, demoOwnerEnvironment());
    EXPECT_EQ(employee.exitCode, 1);
    EXPECT_TRUE(employee.err.contains(QStringLiteral("is an employee"))) << show(employee);

    const Ran noVerify = run({QStringLiteral("audit"), QStringLiteral("--database"), db}, demoOwnerEnvironment());
    EXPECT_EQ(noVerify.exitCode, 2) << show(noVerify);
}

TEST_F(CommandLineTest, AnEmployeeListsAndSharesTheirOwnConnections)
{
    const QString db = path("share.sqlite");
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode, 0);
    const QStringList asSam{QStringLiteral("--database"), db, QStringLiteral("--employee"), QStringLiteral("sam.rivera@demo.example")};
    auto listed = [&] {
        const Ran r = run(QStringList{QStringLiteral("connections"), QStringLiteral("--json")} + asSam, demoOwnerEnvironment());
        EXPECT_EQ(r.exitCode, 0) << show(r);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    };
    const QJsonArray before = listed();
    ASSERT_GT(before.size(), 100);
    const QJsonObject first = before.at(0).toObject();
    for (const char *key : {"id", "name", "company", "title", "context", "strength", "level"})
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    EXPECT_TRUE(first.value(QStringLiteral("id")).isDouble());
    EXPECT_TRUE(first.value(QStringLiteral("strength")).isDouble());

    const Ran all = run(
        QStringList{QStringLiteral("share"), QStringLiteral("--level"), QStringLiteral("private"), QStringLiteral("--all-professional")} + asSam,
        demoOwnerEnvironment());
    ASSERT_EQ(all.exitCode, 0) << show(all);
    EXPECT_TRUE(all.out.contains(QStringLiteral("Personal or family connections left as they were"))) << show(all);
    qint64 personal = 0;
    for (const QJsonValue &v : listed()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("context")) == QStringLiteral("professional"))
            EXPECT_EQ(c.value(QStringLiteral("level")).toString(), QStringLiteral("private"));
        else if (c.value(QStringLiteral("level")) == QStringLiteral("private"))
            personal = c.value(QStringLiteral("id")).toInteger();
    }
    ASSERT_GT(personal, 0);

    // A personal connection: one at a time, and only with --confirm.
    const QStringList one{
        QStringLiteral("share"), QStringLiteral("--level"), QStringLiteral("shared"), QStringLiteral("--contact"), QString::number(personal)};
    const Ran unconfirmed = run(one + asSam, demoOwnerEnvironment());
    EXPECT_EQ(unconfirmed.exitCode, 1) << show(unconfirmed);
    EXPECT_TRUE(unconfirmed.err.contains(QStringLiteral("--confirm"))) << show(unconfirmed);
    const Ran confirmed = run(one + asSam + QStringList{QStringLiteral("--confirm")}, demoOwnerEnvironment());
    EXPECT_EQ(confirmed.exitCode, 0) << show(confirmed);

    // Someone else's connection, and a wrong passphrase: refused, nothing changed.
    const Ran jo
        = run(QStringList{QStringLiteral("share"), QStringLiteral("--level"), QStringLiteral("shared"), QStringLiteral("--contact"),
                  QString::number(personal), QStringLiteral("--database"), db, QStringLiteral("--employee"), QStringLiteral("jo.chen@demo.example")},
            demoOwnerEnvironment());
    EXPECT_EQ(jo.exitCode, 1) << show(jo);
    EXPECT_TRUE(jo.err.contains(QStringLiteral("not one of your connections"))) << show(jo);
    QProcessEnvironment wrong = headlessEnvironment();
    wrong.insert(QStringLiteral("CONSENTRIC_PASSPHRASE"), QStringLiteral("nope"));
    EXPECT_EQ(run(QStringList{QStringLiteral("connections")} + asSam, wrong).exitCode, 1);

    // Usage errors.
    EXPECT_EQ(
        run(QStringList{QStringLiteral("share"), QStringLiteral("--level"), QStringLiteral("public"), QStringLiteral("--all-professional")} + asSam,
            demoOwnerEnvironment())
            .exitCode,
        2);
    EXPECT_EQ(
        run(QStringList{QStringLiteral("share"), QStringLiteral("--level"), QStringLiteral("shared")} + asSam, demoOwnerEnvironment()).exitCode, 2);
    EXPECT_EQ(run(QStringList{QStringLiteral("share"), QStringLiteral("--level"), QStringLiteral("shared"), QStringLiteral("--contact"),
                      QStringLiteral("x")}
                      + asSam,
                  demoOwnerEnvironment())
                  .exitCode,
        2);
}

TEST_F(CommandLineTest, AnEmployeeExportsAndErasesTheirData)
{
    const QString db = path("erase.sqlite");
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode, 0);
    const QStringList asSam{QStringLiteral("--database"), db, QStringLiteral("--employee"), QStringLiteral("sam.rivera@demo.example")};

    const QString json = path("sam.json");
    const Ran exported = run(QStringList{QStringLiteral("export"), QStringLiteral("--output"), json} + asSam, demoOwnerEnvironment());
    ASSERT_EQ(exported.exitCode, 0) << show(exported);
    QFile file(json);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(data.value(QStringLiteral("format")).toString(), QStringLiteral("consentric-export-1"));
    EXPECT_EQ(data.value(QStringLiteral("employee")).toObject().value(QStringLiteral("email")).toString(), QStringLiteral("sam.rivera@demo.example"));
    const int connectionCount = int(data.value(QStringLiteral("connections")).toArray().size());
    EXPECT_GT(connectionCount, 100);
    EXPECT_GT(data.value(QStringLiteral("audit")).toArray().size(), 2);
    // Sam's own decisions are opened for him, and his consent ledger comes along.
    QStringList actions;
    for (const QJsonValue &entry : data.value(QStringLiteral("audit")).toArray())
        actions << entry.toObject().value(QStringLiteral("action")).toString();
    EXPECT_TRUE(actions.contains(QStringLiteral("opted-in"))) << actions.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(actions.contains(QStringLiteral("level-changed")));
    EXPECT_FALSE(actions.contains(QStringLiteral("private entry")));
    const QJsonArray ledger = data.value(QStringLiteral("consent_ledger")).toArray();
    // He joined under the demo's first version and acknowledged the second one.
    ASSERT_EQ(ledger.size(), 2);
    EXPECT_EQ(ledger.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("opted-in"));
    EXPECT_EQ(ledger.at(0).toObject().value(QStringLiteral("policy_version")).toString(), QStringLiteral("2025.1"));
    EXPECT_EQ(ledger.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("acknowledged"));
    EXPECT_EQ(ledger.at(1).toObject().value(QStringLiteral("policy_version")).toString(), QStringLiteral("2026.1"));
    const Ran unknown
        = run({QStringLiteral("export"), QStringLiteral("--database"), db, QStringLiteral("--employee"), QStringLiteral("nobody@demo.example")},
            demoOwnerEnvironment());
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Nobody with the email"))) << show(unknown);

    const Ran vcard = run(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("vcard")} + asSam, demoOwnerEnvironment());
    ASSERT_EQ(vcard.exitCode, 0) << show(vcard);
    EXPECT_EQ(vcard.out.count(QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\n")), connectionCount);
    EXPECT_EQ(vcard.out.count(QStringLiteral("END:VCARD\r\n")), connectionCount);
    EXPECT_EQ(
        run(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")} + asSam, demoOwnerEnvironment()).exitCode, 2);

    const Ran erased = run(QStringList{QStringLiteral("erase")} + asSam, demoOwnerEnvironment());
    ASSERT_EQ(erased.exitCode, 0) << show(erased);
    EXPECT_TRUE(erased.out.contains(QStringLiteral("The account stays"))) << show(erased);
    const Ran nothing = run(QStringList{QStringLiteral("connections"), QStringLiteral("--json")} + asSam, demoOwnerEnvironment());
    EXPECT_EQ(QJsonDocument::fromJson(nothing.out.toUtf8()).array().size(), 0) << show(nothing);

    // Someone who left: only the owner erases them, and their account closes.
    const QStringList jo{QStringLiteral("erase"), QStringLiteral("--database"), db, QStringLiteral("--employee"),
        QStringLiteral("jo.chen@demo.example"), QStringLiteral("--left")};
    const Ran asEmployee = run(jo + QStringList{QStringLiteral("--as"), QStringLiteral("sam.rivera@demo.example")}, demoOwnerEnvironment());
    EXPECT_EQ(asEmployee.exitCode, 1) << show(asEmployee);
    const Ran closed = run(jo, demoOwnerEnvironment());
    EXPECT_EQ(closed.exitCode, 0) << show(closed);
    EXPECT_TRUE(closed.out.contains(QStringLiteral("closed the account"))) << show(closed);
    const Ran signIn
        = run({QStringLiteral("connections"), QStringLiteral("--database"), db, QStringLiteral("--employee"), QStringLiteral("jo.chen@demo.example")},
            demoOwnerEnvironment());
    EXPECT_EQ(signIn.exitCode, 1);
    EXPECT_TRUE(signIn.err.contains(QStringLiteral("left the organisation"))) << show(signIn);
    const Ran audit = run({QStringLiteral("audit"), QStringLiteral("--database"), db, QStringLiteral("--verify")}, demoOwnerEnvironment());
    EXPECT_EQ(audit.exitCode, 0) << show(audit);
}

TEST_F(CommandLineTest, ImportReadsRealFilesAndSaysWhereProblemsAre)
{
    const QString db = path("import.sqlite");
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode, 0);
    const QString corpus = QStringLiteral(CONSENTRIC_REAL_TESTDATA);
    const QStringList asJo{QStringLiteral("--database"), db, QStringLiteral("--employee"), QStringLiteral("jo.chen@demo.example")};
    const QString linkedin = corpus + QStringLiteral("/csv/kawsay__linkedin-Connections-fixture.csv");
    const QString vcard = corpus + QStringLiteral("/vcard/thunderbird__v4-uri-jpeg.vcf");

    const Ran first = run(QStringList{QStringLiteral("import")} + asJo + QStringList{linkedin, vcard}, demoOwnerEnvironment());
    ASSERT_EQ(first.exitCode, 0) << show(first);
    EXPECT_TRUE(first.out.contains(QStringLiteral("LinkedIn"))) << show(first);
    EXPECT_TRUE(first.out.contains(QStringLiteral("imported 2"))) << show(first);
    const Ran again = run(QStringList{QStringLiteral("import")} + asJo + QStringList{linkedin}, demoOwnerEnvironment());
    ASSERT_EQ(again.exitCode, 0) << show(again);
    EXPECT_TRUE(again.out.contains(QStringLiteral("imported 0"))) << show(again);
    EXPECT_TRUE(again.out.contains(QStringLiteral("skipped 2"))) << show(again);

    // A file that is not a contact file: refused with a sentence, exit 1, the others still in.
    QFile junk(path("junk.csv"));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray("\x00\x01\x02\x03 not a table \xff\xfe\x00", 20));
    junk.close();
    const Ran refused = run(QStringList{QStringLiteral("import")} + asJo + QStringList{path("junk.csv")}, demoOwnerEnvironment());
    EXPECT_EQ(refused.exitCode, 1) << show(refused);
    EXPECT_TRUE(refused.err.contains(path("junk.csv"))) << show(refused);

    // Without a header: imported only when a column holds an email in every row.
    const Ran noHeader
        = run(QStringList{QStringLiteral("import")} + asJo + QStringList{corpus + QStringLiteral("/csv/thunderbird__csv_no_header.csv")},
            demoOwnerEnvironment());
    EXPECT_EQ(noHeader.exitCode, 0) << show(noHeader);
    EXPECT_TRUE(noHeader.out.contains(QStringLiteral("imported 2"))) << show(noHeader);
    QFile names(path("names.csv"));
    ASSERT_TRUE(names.open(QIODevice::WriteOnly));
    names.write("Ana Lima,Acme\nBo Lund,Globex\n");
    names.close();
    const Ran guessed = run(QStringList{QStringLiteral("import")} + asJo + QStringList{path("names.csv")}, demoOwnerEnvironment());
    EXPECT_EQ(guessed.exitCode, 1) << show(guessed);
    EXPECT_TRUE(guessed.err.contains(QStringLiteral("no column holds an email address in every row"))) << show(guessed);

    // A file with no contacts at all: exit 1.
    QFile empty(path("empty.vcf"));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    EXPECT_EQ(run(QStringList{QStringLiteral("import")} + asJo + QStringList{path("empty.vcf")}, demoOwnerEnvironment()).exitCode, 1);

    // A file far larger than any contact export is refused before it is read (sparse: no disk used).
    QFile huge(path("huge.csv"));
    ASSERT_TRUE(huge.open(QIODevice::WriteOnly));
    ASSERT_TRUE(huge.resize(qint64(1024) * 1024 * 1024));
    huge.close();
    const Ran tooBig = run(QStringList{QStringLiteral("import")} + asJo + QStringList{path("huge.csv")}, demoOwnerEnvironment());
    EXPECT_EQ(tooBig.exitCode, 1) << show(tooBig);
    EXPECT_TRUE(tooBig.err.contains(QStringLiteral("1024 MB"))) << show(tooBig);

    EXPECT_EQ(run(QStringList{QStringLiteral("import")} + asJo, demoOwnerEnvironment()).exitCode, 2) << "no FILE";
    EXPECT_EQ(run(QStringList{QStringLiteral("import"), QStringLiteral("--context"), QStringLiteral("work")} + asJo + QStringList{linkedin},
                  demoOwnerEnvironment())
                  .exitCode,
        2);
}

TEST_F(CommandLineTest, AnImportKilledInsideItsTransactionLeavesAllOrNothing)
{
    // A 10,000-row LinkedIn file; the importer writes in chunks of 500 and the process
    // kills itself (SIGKILL) after k rows, for 20 values of k across the whole run, the
    // last one just before the commit.
    QString csv = QStringLiteral("Notes:\r\n\"export\"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
    constexpr int rows = 10'000;
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("Zoë,Person%1,https://www.linkedin.com/in/p%1,,Acme,Engineer,12 Mar 2024\r\n").arg(i);
    QFile file(path("Connections.csv"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(csv.toUtf8());
    file.close();
    const QString seed = path("seed.sqlite");
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--database"), seed}).exitCode, 0);

    auto connectionsOfJo = [](const QString &database) -> qint64 {
        consentric::FixedClock clock(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
        auto db = consentric::storage::Database::open(consentric::storage::Location::sqliteFile(database), clock);
        if (!db)
            return -1;
        auto ok = (*db)->scalar(QStringLiteral("PRAGMA integrity_check"), {}, QStringLiteral("t"));
        if (!ok || ok->toString() != QStringLiteral("ok"))
            return -2;
        return (*db)
            ->scalar(
                QStringLiteral("SELECT COUNT(*) FROM connections n JOIN people p ON p.id = n.employee_id WHERE p.email = 'jo.chen@demo.example'"), {},
                QStringLiteral("t"))
            ->toLongLong();
    };
    const qint64 before = connectionsOfJo(seed);
    ASSERT_GE(before, 0);
    for (int k = 500; k <= rows; k += 500) {
        const QString db = path("killed-") + QString::number(k) + QStringLiteral(".sqlite");
        ASSERT_TRUE(QFile::copy(seed, db));
        QProcessEnvironment env = demoOwnerEnvironment();
        env.insert(QStringLiteral("CONSENTRIC_CRASH_IMPORT_AFTER_ROWS"), QString::number(k));
        const Ran killed = run({QStringLiteral("import"), QStringLiteral("--database"), db, QStringLiteral("--employee"),
                                   QStringLiteral("jo.chen@demo.example"), path("Connections.csv")},
            env, 120'000);
        EXPECT_NE(killed.exitCode, 0) << "k=" << k << " " << show(killed);
        EXPECT_EQ(connectionsOfJo(db), before) << "k=" << k << ": the database must hold none of the file, and pass integrity_check";
    }
    // Without the crash, all of it.
    const Ran whole = run({QStringLiteral("import"), QStringLiteral("--database"), seed, QStringLiteral("--employee"),
                              QStringLiteral("jo.chen@demo.example"), path("Connections.csv")},
        demoOwnerEnvironment(), 120'000);
    ASSERT_EQ(whole.exitCode, 0) << show(whole);
    EXPECT_EQ(connectionsOfJo(seed), before + rows);
}

TEST_F(CommandLineTest, DiscoverAnswersTheOwnerInDesignsShape)
{
    const QString db = path("discover.sqlite");
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode, 0);
    const Ran acme = run({QStringLiteral("discover"), QStringLiteral("--database"), db, QStringLiteral("--company"), QStringLiteral("ACME, inc"),
                             QStringLiteral("--json")},
        demoOwnerEnvironment());
    ASSERT_EQ(acme.exitCode, 0) << show(acme);
    const QJsonObject answer = QJsonDocument::fromJson(acme.out.toUtf8()).object();
    EXPECT_EQ(answer.value(QStringLiteral("company")).toString(), QStringLiteral("Acme Inc."));
    EXPECT_EQ(answer.value(QStringLiteral("normalised")).toString(), QStringLiteral("acme"));
    const QJsonObject reach = answer.value(QStringLiteral("reach")).toObject();
    EXPECT_EQ(reach.value(QStringLiteral("hops")).toInt(), 2);
    EXPECT_TRUE(reach.value(QStringLiteral("contacts")).isDouble());
    EXPECT_GT(reach.value(QStringLiteral("contacts")).toInt(), 0);
    EXPECT_TRUE(reach.value(QStringLiteral("team_members")).isDouble()
        || reach.value(QStringLiteral("team_members")).toString() == QLatin1String("fewer than 3"));
    const QJsonArray paths = answer.value(QStringLiteral("paths")).toArray();
    ASSERT_FALSE(paths.isEmpty()) << "Sam Rivera shares connections at Acme";
    bool sam = false;
    for (const QJsonValue &p : paths) {
        const QJsonObject path = p.toObject();
        sam = sam || path.value(QStringLiteral("employee")).toString() == QLatin1String("Sam Rivera");
        EXPECT_EQ(path.value(QStringLiteral("hops")).toInt(), 2);
        EXPECT_TRUE(path.value(QStringLiteral("strength")).isDouble());
        EXPECT_FALSE(path.value(QStringLiteral("contact")).toString().isEmpty());
    }
    EXPECT_TRUE(sam);
    EXPECT_FALSE(acme.out.contains(QStringLiteral("Jo Chen"))) << "Jo does not take part";

    const Ran nobody = run({QStringLiteral("discover"), QStringLiteral("--database"), db, QStringLiteral("--company"), QStringLiteral("Nowhere Ltd")},
        demoOwnerEnvironment());
    EXPECT_EQ(nobody.exitCode, 0) << show(nobody);
    EXPECT_TRUE(nobody.out.startsWith(QStringLiteral("Nobody on the team can reach Nowhere Ltd yet"))) << show(nobody);

    const Ran asSam = run({QStringLiteral("discover"), QStringLiteral("--database"), db, QStringLiteral("--company"), QStringLiteral("Acme"),
                              QStringLiteral("--as"), QStringLiteral("sam.rivera@demo.example")},
        demoOwnerEnvironment());
    EXPECT_EQ(asSam.exitCode, 1) << show(asSam);
    const Ran missing = run({QStringLiteral("discover"), QStringLiteral("--database"), db}, demoOwnerEnvironment());
    EXPECT_EQ(missing.exitCode, 2) << show(missing);
}

TEST_F(CommandLineTest, ReportWritesTheQuarterlyPdfWithoutADisplay)
{
    const QString db = path("report.sqlite");
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode, 0);
    const QString pdf = path("q3.pdf");
    const Ran made = run({QStringLiteral("report"), QStringLiteral("--database"), db, QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                             QStringLiteral("--output"), pdf, QStringLiteral("--paper"), QStringLiteral("a4")},
        demoOwnerEnvironment());
    ASSERT_EQ(made.exitCode, 0) << show(made);
    EXPECT_TRUE(made.out.contains(QStringLiteral("2026-Q3"))) << show(made);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    // The head printed is the audit log's, so `audit --expect-head` accepts it later.
    const auto head = made.out.section(QStringLiteral("head "), 1).trimmed();
    ASSERT_EQ(head.size(), 64) << show(made);
    const Ran verified
        = run({QStringLiteral("audit"), QStringLiteral("--database"), db, QStringLiteral("--verify"), QStringLiteral("--expect-head"), head},
            demoOwnerEnvironment());
    EXPECT_EQ(verified.exitCode, 0) << show(verified);

    const Ran future = run({QStringLiteral("report"), QStringLiteral("--database"), db, QStringLiteral("--quarter"), QStringLiteral("2031-Q1"),
                               QStringLiteral("--output"), path("future.pdf")},
        demoOwnerEnvironment());
    EXPECT_EQ(future.exitCode, 0) << show(future);
    EXPECT_TRUE(future.out.contains(QStringLiteral("Not shown: 2031-Q1 has not started yet"))) << show(future);

    // In German, the report's own words too (core's translation contexts must match lupdate's).
    const QString german = path("q3-de.pdf");
    const Ran de = run({QStringLiteral("report"), QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--database"), db,
                           QStringLiteral("--quarter"), QStringLiteral("2026-Q3"), QStringLiteral("--output"), german},
        demoOwnerEnvironment());
    ASSERT_EQ(de.exitCode, 0) << show(de);
    const Ran text = runProgram(QStringLiteral("pdftotext"), {german, QStringLiteral("-")}, headlessEnvironment(), 60'000);
    for (const char *word : {"Zusammenfassung", "Inhalt", "Angenommen", "Pulsbefragung", "Seite 2 von"})
        EXPECT_TRUE(text.out.contains(QString::fromUtf8(word))) << word;
    EXPECT_FALSE(text.out.contains(QStringLiteral("Requests sent")));

    for (const char *bad : {"2026Q3", "Q3-2026", "2026-Q5", "last quarter"}) {
        const Ran wrong = run({QStringLiteral("report"), QStringLiteral("--database"), db, QStringLiteral("--quarter"), QString::fromLatin1(bad),
                                  QStringLiteral("--output"), path("bad.pdf")},
            demoOwnerEnvironment());
        EXPECT_EQ(wrong.exitCode, 2) << bad << show(wrong);
        EXPECT_TRUE(wrong.err.contains(QStringLiteral("--quarter 2026-Q3"))) << show(wrong);
    }
    EXPECT_FALSE(QFile::exists(path("bad.pdf")));
    const Ran asSam = run({QStringLiteral("report"), QStringLiteral("--database"), db, QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                              QStringLiteral("--output"), path("sam.pdf"), QStringLiteral("--as"), QStringLiteral("sam.rivera@demo.example")},
        demoOwnerEnvironment());
    EXPECT_EQ(asSam.exitCode, 1) << show(asSam);
}

TEST_F(CommandLineTest, OneOnOnesStartsARoundWritesOneInvitationPerMeetingAndRefusesBadDates)
{
    const QString db = path("demo.sqlite");
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode, 0);
    // Whoever the demo has not yet put in the one-to-ones joins now, as themselves.
    {
        auto opened = consentric::storage::Database::open(consentric::storage::Location::sqliteFile(db), consentric::SystemClock::instance());
        ASSERT_TRUE(opened.ok());
        auto emails = (*opened)->exec(
            QStringLiteral("SELECT email FROM people WHERE role = 'employee' AND status = 'active' ORDER BY id LIMIT 6"), QStringLiteral("t"));
        ASSERT_TRUE(emails.ok());
        QStringList list;
        while (emails->next())
            list << emails->value(0).toString();
        for (const QString &email : list) {
            auto session = consentric::consent::Accounts(**opened).signIn(email, QStringLiteral("demo"));
            ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
            consentric::oneonones::Members members(**opened);
            if (!members.of(*session)->member) {
                ASSERT_TRUE(members.join(*session, consentric::oneonones::Cadence::TwoWeekly).ok());
            }
        }
    }
    const QString folder = path("invitations");
    const auto oneonones = [&](const QStringList &more) {
        return run(QStringList{QStringLiteral("oneonones"), QStringLiteral("--database"), db} + more, demoOwnerEnvironment(), 120'000);
    };
    // Usage errors: no --round, a malformed date, no --output.
    for (const QStringList &words : {QStringList{QStringLiteral("--output"), folder},
             QStringList{QStringLiteral("--round"), QStringLiteral("--date"), QStringLiteral("2026-13-01"), QStringLiteral("--output"), folder},
             QStringList{QStringLiteral("--round"), QStringLiteral("--date"), QStringLiteral("5 October"), QStringLiteral("--output"), folder},
             QStringList{QStringLiteral("--round")}}) {
        const Ran wrong = oneonones(words);
        EXPECT_EQ(wrong.exitCode, 2) << words.join(QLatin1Char(' ')).toStdString() << " " << show(wrong);
        EXPECT_FALSE(wrong.err.trimmed().isEmpty());
    }
    // A date in the past: a sentence, exit 1, nothing written.
    const Ran past
        = oneonones({QStringLiteral("--round"), QStringLiteral("--date"), QStringLiteral("2020-01-06"), QStringLiteral("--output"), folder});
    EXPECT_EQ(past.exitCode, 1) << show(past);
    EXPECT_TRUE(past.err.contains(QStringLiteral("in the past"))) << show(past);
    EXPECT_TRUE(QDir(folder).entryList({QStringLiteral("*.ics")}, QDir::Files).isEmpty());

    // Today: a round, one invitation per meeting printed and written.
    const Ran round = oneonones({QStringLiteral("--round"), QStringLiteral("--output"), folder});
    ASSERT_EQ(round.exitCode, 0) << show(round);
    EXPECT_TRUE(round.out.contains(QStringLiteral("Round for"))) << show(round);
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.ics")}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    EXPECT_TRUE(round.out.contains(QStringLiteral("Wrote %1 invitations").arg(files.size()))) << show(round);
    EXPECT_EQ(round.out.count(QStringLiteral(" · ")) >= files.size(), true) << show(round);
    for (const QString &name : files) {
        QFile file(QDir(folder).filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        EXPECT_TRUE(ics.contains("METHOD:REQUEST\r\n"));
        EXPECT_TRUE(ics.contains("ORGANIZER;CN=")) << name.toStdString();
        EXPECT_GE(ics.count("ATTENDEE;CN="), 2) << name.toStdString();
    }
    // The same day again: everyone just met, so nobody is due; exit 1 and no new files.
    const Ran again = oneonones({QStringLiteral("--round"), QStringLiteral("--output"), folder});
    EXPECT_EQ(again.exitCode, 1) << show(again);
    EXPECT_TRUE(again.err.contains(QStringLiteral("a meeting needs two"))) << show(again);
    EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.ics")}, QDir::Files).size(), files.size());
}
