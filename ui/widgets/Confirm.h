// Asking the person to confirm a destructive or weighty action, once, in plain words.
// Tests answer through setNextAnswer() so that no dialog ever blocks them.
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace consentric::ui {

class Confirm
{
public:
    // `action` is the button's words ("Mark as left"); `text` says what will happen.
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &action);
    static void setNextAnswer(bool answer) { s_nextAnswer = answer; }

private:
    static inline std::optional<bool> s_nextAnswer;
};

} // namespace consentric::ui
