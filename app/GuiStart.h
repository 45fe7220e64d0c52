// Starting the window: the window's options are read before QApplication exists, so a
// usage error is reported (exit 2) even where no display could be opened.
#pragma once

#include <QStringList>

namespace consentric::app {

int startGui(int &argc, char **argv, const QStringList &arguments);

} // namespace consentric::app
