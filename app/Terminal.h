// Asking a person at a terminal for a secret, with echo off. Nothing is asked when
// standard input is not a terminal (scripts, CI): the caller then fails with a sentence.
#pragma once

#include <QString>

#include <optional>

namespace consentric::app {

std::optional<QString> promptHidden(const QString &prompt);

} // namespace consentric::app
