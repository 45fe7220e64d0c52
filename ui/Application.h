// The window's entry point, called by app/ once QApplication exists.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace consentric::ui {

struct GuiOptions
{
    QString database; // empty: the default SQLite file in the user's data directory
    QString screenshot; // save a PNG of the main window and exit
    QString page; // with screenshot: which page
    QString as; // with screenshot: who signs in (default: the owner)
    std::optional<QString> passphrase; // with screenshot: theirs
    QStringList importFiles; // with screenshot: open the import wizard on these files
    QString importStep; // with importFiles: files, preview, matches or summary (default preview)
    QString discover; // with screenshot and the page "discover": the company to answer for
};

// The import wizard's steps accepted by --import-step, in order.
QStringList importStepNames();

// The page names accepted by --page (the owner's and the employees').
QStringList pageNames();
int runGui(const GuiOptions &options);

} // namespace consentric::ui
