#include "metrics/SuppressedCount.h"

#include <QCoreApplication>
#include <QLocale>

namespace consentric::metrics {

QString SuppressedCount::toString() const
{
    if (m_value)
        return QLocale().toString(*m_value);
    return QCoreApplication::translate("SuppressedCount", "fewer than 3");
}

} // namespace consentric::metrics
