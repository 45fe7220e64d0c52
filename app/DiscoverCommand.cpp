// consentric discover: the owner's "can anyone on the team help us reach this company?"
#include "CommandLine.h"
#include "CommandSupport.h"
#include "SignIn.h"
#include "graph/Discovery.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace consentric::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::app", text);
}

} // namespace

int runDiscover(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption company(QStringLiteral("company"), tr("The company to reach (any spelling: “ACME, Inc” is “Acme Inc.”)."), tr("name"));
    const QCommandLineOption json(QStringLiteral("json"),
        tr("Print JSON: {company, normalised, reach: {hops, contacts, team_members}, paths: [{employee, contact, hops, strength}], message}."));
    auto parsed = parse(parser, arguments, QStringLiteral("discover"),
        tr("Who on the team can reach a company (as the owner or an admin): counts for discoverable connections, names for shared ones."),
        {databaseOption(), company, json, signInOptions().at(0), signInOptions().at(1)}, {QStringLiteral("database"), QStringLiteral("company")});
    if (!parsed.ok)
        return parsed.code;
    auto signedIn = openAndSignIn(parser, ActingAs::Owner);
    if (!signedIn)
        return failWith(Failure, signedIn.message());
    auto found = graph::discover(*signedIn->db, signedIn->session, parser.value(company));
    if (!found)
        return failWith(Failure, found.message());
    if (parser.isSet(json)) {
        printOut(QString::fromUtf8(QJsonDocument(graph::toJson(*found)).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    printOut(found->message);
    if (found->contacts > 0)
        printOut(tr("Team members who hold them: %1").arg(found->teamMembers.toString()));
    for (const graph::IntroductionPath &p : found->paths)
        printOut(tr("%1 → %2 (strength %3)").arg(p.employee, p.contact).arg(p.strength));
    return Success;
}

} // namespace consentric::app
