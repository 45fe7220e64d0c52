// The headless subcommands: they call core directly, like the window does, and never
// need a display. Each returns an ExitCode.
#pragma once

#include "CommandLine.h"

namespace consentric::app {

int runHeadless(const QStringList &arguments, const Invocation &invocation);

} // namespace consentric::app
