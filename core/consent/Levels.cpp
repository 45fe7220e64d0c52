#include "consent/Levels.h"

#include <QCoreApplication>

namespace consentric::consent {

QString key(Level level)
{
    switch (level) {
    case Level::Private: return QStringLiteral("private");
    case Level::Discoverable: return QStringLiteral("discoverable");
    case Level::Shared: return QStringLiteral("shared");
    }
    return {};
}

QString key(Context context)
{
    switch (context) {
    case Context::Professional: return QStringLiteral("professional");
    case Context::Personal: return QStringLiteral("personal");
    case Context::Family: return QStringLiteral("family");
    }
    return {};
}

QString key(Role role)
{
    switch (role) {
    case Role::Owner: return QStringLiteral("owner");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Employee: return QStringLiteral("employee");
    }
    return {};
}

std::optional<Level> levelFromKey(const QString &text)
{
    for (Level level : {Level::Private, Level::Discoverable, Level::Shared})
        if (key(level) == text)
            return level;
    return std::nullopt;
}

std::optional<Context> contextFromKey(const QString &text)
{
    for (Context context : {Context::Professional, Context::Personal, Context::Family})
        if (key(context) == text)
            return context;
    return std::nullopt;
}

std::optional<Role> roleFromKey(const QString &text)
{
    for (Role role : {Role::Owner, Role::Admin, Role::Employee})
        if (key(role) == text)
            return role;
    return std::nullopt;
}

QString label(Level level)
{
    switch (level) {
    case Level::Private: return QCoreApplication::translate("Levels", "private");
    case Level::Discoverable: return QCoreApplication::translate("Levels", "discoverable");
    case Level::Shared: return QCoreApplication::translate("Levels", "shared");
    }
    return {};
}

QString label(Context context)
{
    switch (context) {
    case Context::Professional: return QCoreApplication::translate("Levels", "professional");
    case Context::Personal: return QCoreApplication::translate("Levels", "personal");
    case Context::Family: return QCoreApplication::translate("Levels", "family");
    }
    return {};
}

QString label(Role role)
{
    switch (role) {
    case Role::Owner: return QCoreApplication::translate("Levels", "owner");
    case Role::Admin: return QCoreApplication::translate("Levels", "admin");
    case Role::Employee: return QCoreApplication::translate("Levels", "employee");
    }
    return {};
}

} // namespace consentric::consent
