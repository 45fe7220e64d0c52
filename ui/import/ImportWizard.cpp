#include "import/ImportWizard.h"

#include "Workspace.h"
#include "contacts/import/ContactFile.h"
#include "contacts/import/CsvReader.h"
#include "import/ImportPages.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

#include <atomic>

namespace consentric::ui {

ImportWizard::ImportWizard(Workspace &workspace, const QStringList &files, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Import contacts"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    addPage(new ImportFilesPage(*this));
    addPage(new ImportPreviewPage(*this));
    addPage(new ImportMatchesPage(*this));
    addPage(new ImportSummaryPage(*this));
    resize(900, 640);
    addFiles(files);
}

void ImportWizard::reread(ImportFile &file)
{
    using namespace contacts::import;
    file.read = file.mapping.empty() ? readContactFile(file.bytes, QFileInfo(file.path).fileName(), file.forcedEncoding)
                                     : readCsvWithMapping(file.bytes, file.forcedEncoding, file.mapping, file.hasHeader);
    file.context = defaultContext(file.read.format);
}

QStringList ImportWizard::addFiles(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        if (std::any_of(m_files.begin(), m_files.end(), [&](const ImportFile &f) { return f.path == path; }))
            continue;
        QFile in(path);
        if (in.size() > contacts::import::kMaxFileBytes) {
            problems << tr("%1 is %2 MB; contact exports are far smaller, so it was not read.").arg(path).arg(in.size() / (1024 * 1024));
            continue;
        }
        if (!in.open(QIODevice::ReadOnly)) {
            problems << tr("%1 cannot be read: %2.").arg(path, in.errorString());
            continue;
        }
        ImportFile file;
        file.path = path;
        file.bytes = in.readAll();
        reread(file);
        m_files.push_back(std::move(file));
    }
    return problems;
}

QString ImportWizard::planAll()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("You are signed out; sign in again to import.");
    contacts::import::Importer importer(m_workspace.database());
    for (ImportFile &file : m_files) {
        if (file.read.refused)
            continue;
        auto plan = importer.plan(*session, file.read);
        if (!plan)
            return plan.message();
        file.plan = std::move(*plan);
    }
    return {};
}

QString ImportWizard::importAll()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("You are signed out; sign in again to import.");
    int total = 0;
    for (const ImportFile &file : m_files)
        total += file.read.refused ? 0 : int(file.read.contacts.size());
    QProgressDialog progress(tr("Importing contacts…"), tr("Cancel"), 0, std::max(total, 1), this);
    progress.setWindowTitle(tr("Import contacts"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic<bool> cancelled{false};
    connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });

    const storage::Location location = m_workspace.database().location();
    const QString password = m_workspace.database().password();
    QString error;
    // A second connection on a worker thread; the session's keys are only read there.
    QThread *worker = QThread::create([&] {
        storage::OpenOptions options;
        options.password = password;
        auto db = storage::Database::open(location, SystemClock::instance(), options);
        if (!db) {
            error = db.message();
            return;
        }
        contacts::import::Importer importer(**db);
        int before = 0;
        for (ImportFile &file : m_files) {
            if (file.read.refused || cancelled.load())
                continue;
            auto summary = importer.run(*session, file.read, file.context, [&](int done, int) {
                QMetaObject::invokeMethod(
                    &progress, [&progress, value = before + done] { progress.setValue(value); }, Qt::QueuedConnection);
                return !cancelled.load();
            });
            before += int(file.read.contacts.size());
            if (summary)
                file.summary = std::move(*summary);
            else
                file.failure = summary.message();
        }
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
    m_workspace.announceChange();
    return error;
}

QString ImportWizard::problemsText() const
{
    QStringList lines;
    for (const ImportFile &file : m_files) {
        const QString name = QFileInfo(file.path).fileName();
        for (const contacts::import::Problem &p : file.read.problems)
            lines << contacts::import::describe(name, p);
        if (!file.failure.isEmpty())
            lines << QStringLiteral("%1: %2").arg(name, file.failure);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace consentric::ui
