// The window's entry point, called by app/ once QApplication exists.
#pragma once

#include <QString>
#include <QStringList>

namespace consentric::ui {

struct GuiOptions
{
    QString database; // empty: the default SQLite file in the user's data directory
    QString screenshot; // save a PNG of the main window and exit
    QString page; // with screenshot: which page
};

// The page names accepted by --page.
QStringList pageNames();
int runGui(const GuiOptions &options);

} // namespace consentric::ui
