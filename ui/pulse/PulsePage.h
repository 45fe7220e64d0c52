// The employee's Pulse page: the quarter's three questions (comfort with the program, felt
// pressure, satisfaction, 1 to 5) and an optional comment, with a plain account of why the
// answer cannot be traced back. Once answered, the form gives way to a thank-you that says
// when the next pulse opens; there is no undo, because nothing links an answer to its author.
#pragma once

#include "Page.h"

#include <array>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace consentric::ui {

class Workspace;

class PulsePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PulsePage)

public:
    explicit PulsePage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("pulse"); }
    QString title() const override { return tr("Pulse"); }
    QString helpAnchor() const override { return QStringLiteral("pulse"); }
    QIcon icon() const override;

    // Sends what the form holds: an error message, or empty.
    QString send();
    void refresh();
    bool answered() const;

    QLabel *quarterLabel() const { return m_quarter; }
    // 0 comfort, 1 pressure, 2 satisfaction; button ids are the values 1..5.
    QButtonGroup *question(int index) const { return m_questions.at(size_t(index)); }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QLabel *counterLabel() const { return m_counter; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *thanksLabel() const { return m_thanks; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void clearForm();
    void updateSend();

    Workspace &m_workspace;
    QLabel *m_quarter;
    QStackedWidget *m_stack;
    std::array<QButtonGroup *, 3> m_questions{};
    QPlainTextEdit *m_comment;
    QLabel *m_counter;
    QPushButton *m_send;
    QLabel *m_thanks;
};

} // namespace consentric::ui
