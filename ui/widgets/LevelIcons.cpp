#include "widgets/LevelIcons.h"

namespace consentric::ui {

QIcon levelIcon(consent::Level level)
{
    switch (level) {
    case consent::Level::Private: return QIcon(QStringLiteral(":/icons/level-private.svg"));
    case consent::Level::Discoverable: return QIcon(QStringLiteral(":/icons/level-discoverable.svg"));
    case consent::Level::Shared: return QIcon(QStringLiteral(":/icons/level-shared.svg"));
    }
    return {};
}

} // namespace consentric::ui
