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
// Minutes without keyboard or mouse before the window locks (signs out); 0: never.
inline constexpr int kDefaultIdleMinutes = 5;
int idleMinutes();
void setIdleMinutes(int minutes);

} // namespace consentric::ui
