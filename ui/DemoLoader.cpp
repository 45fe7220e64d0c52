#include "DemoLoader.h"

#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <optional>

namespace consentric::ui {

Result<demo::Summary> loadDemo(QWidget *parent, const storage::Location &location, const QString &password)
{
    QProgressDialog progress(
        QCoreApplication::translate("DemoLoader", "Creating the demo company…"), QCoreApplication::translate("DemoLoader", "Cancel"), 0, 0, parent);
    progress.setWindowTitle(QCoreApplication::translate("DemoLoader", "Demo company"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic<bool> cancelled{false};
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });

    std::optional<Result<demo::Summary>> outcome;
    QThread *worker = QThread::create([&] {
        storage::OpenOptions options;
        options.password = password;
        auto db = storage::Database::open(location, SystemClock::instance(), options);
        if (!db) {
            outcome = Result<demo::Summary>(db.error());
            return;
        }
        demo::Options demoOptions;
        demoOptions.progress = [&](int done, int total) {
            QMetaObject::invokeMethod(
                &progress,
                [&progress, done, total] {
                    progress.setMaximum(total);
                    progress.setValue(done);
                },
                Qt::QueuedConnection);
            return !cancelled.load();
        };
        outcome = demo::createDemoCompany(**db, demoOptions);
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
    return std::move(*outcome);
}

} // namespace consentric::ui
