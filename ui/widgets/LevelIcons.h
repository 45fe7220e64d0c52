// The three sharing levels look the same everywhere: private a grey closed lock,
// discoverable an amber half-open circle, shared a green open circle, always next to the
// word (never colour alone).
#pragma once

#include "consent/Levels.h"

#include <QIcon>

namespace consentric::ui {

QIcon levelIcon(consent::Level level);

} // namespace consentric::ui
