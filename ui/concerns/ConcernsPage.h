// The owner's Concerns page: how many concerns there are by status (all anyone sees of the
// concerns they did not receive), the concerns sent to the owner, opened and moved along,
// and who the trusted person is that employees may write to instead.
#pragma once

#include "Page.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QWidget;

namespace consentric::ui {

class ConcernInbox;
class Workspace;

class ConcernsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConcernsPage)

public:
    explicit ConcernsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("concerns"); }
    QString title() const override { return tr("Concerns"); }
    QString helpAnchor() const override { return QStringLiteral("concerns"); }
    QIcon icon() const override;

    // Designates the trusted person (nobody: std::nullopt), keeping the other guardrails,
    // without asking (the button asks first): an error message, or empty.
    QString setTrustedPerson(std::optional<qint64> personId);
    void refresh();

    QLabel *countsLabel() const { return m_counts; }
    ConcernInbox *inbox() const { return m_inbox; }
    QComboBox *trustedBox() const { return m_trusted; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshCounts();
    void refreshTrusted();
    void confirmTrusted();
    void updateTrustedButton();

    Workspace &m_workspace;
    std::optional<qint64> m_currentTrusted;
    QLabel *m_counts;
    ConcernInbox *m_inbox;
    QWidget *m_trustedSection;
    QComboBox *m_trusted;
    QPushButton *m_applyTrusted;
};

} // namespace consentric::ui
