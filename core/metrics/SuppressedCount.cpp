#include "metrics/SuppressedCount.h"

#include <QCoreApplication>

namespace consentric::metrics {

QString SuppressedCount::toString() const
{
    if (m_value)
        return QString::number(*m_value);
    return QCoreApplication::translate("SuppressedCount", "fewer than 3");
}

} // namespace consentric::metrics
