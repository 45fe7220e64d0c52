#include "util/Clock.h"

namespace consentric {

const Clock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace consentric
