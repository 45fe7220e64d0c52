// Loads the demo company off the GUI thread, with progress and Cancel. The worker opens
// its own connection to the same database; a cancelled demo writes nothing.
#pragma once

#include "demo/DemoCompany.h"
#include "storage/Location.h"

class QWidget;

namespace consentric::ui {

Result<demo::Summary> loadDemo(QWidget *parent, const storage::Location &location, const QString &password);

} // namespace consentric::ui
