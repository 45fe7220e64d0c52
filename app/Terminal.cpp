#include "Terminal.h"

#include "CommandLine.h"

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <string>

namespace consentric::app {

std::optional<QString> promptHidden(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    printErr(prompt);
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    printErr(QString());
    if (!got)
        return std::nullopt;
    return QString::fromStdString(line);
}

} // namespace consentric::app
