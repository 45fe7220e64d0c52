// The window's own preferences (geometry, last page, recent databases), kept with
// QSettings. Program policy lives in core, not here.
#pragma once

#include <QSettings>
#include <QStringList>

#include <memory>

namespace consentric::ui {

std::unique_ptr<QSettings> settings();
QStringList recentDatabases();
void rememberDatabase(const QString &location);

} // namespace consentric::ui
