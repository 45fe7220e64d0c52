// The words of consent: sharing levels, connection contexts and roles, with their stored
// keys and their translated labels. One place, so lists, the map and reports agree.
#pragma once

#include <QString>

#include <optional>

namespace consentric::consent {

enum class Level { Private, Discoverable, Shared };
enum class Context { Professional, Personal, Family };
enum class Role { Owner, Admin, Employee };

QString key(Level level);
QString key(Context context);
QString key(Role role);
std::optional<Level> levelFromKey(const QString &key);
std::optional<Context> contextFromKey(const QString &key);
std::optional<Role> roleFromKey(const QString &key);

QString label(Level level);
QString label(Context context);
QString label(Role role);

} // namespace consentric::consent
