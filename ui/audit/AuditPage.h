// The audit log as each person may read it. The owner (or an admin): every entry, with
// sign-ins only as daily counts and employees' own decisions as "private entry", and a
// check of the whole chain. An employee ("My audit trail"): the entries about them, with
// their private entries opened by their own key.
#pragma once

#include "Page.h"

class QLabel;
class QTableWidget;

namespace consentric::ui {

class Workspace;

class AuditPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    enum class Mode { Owner, Employee };
    AuditPage(Workspace &workspace, Mode mode, QWidget *parent = nullptr);

    QString pageId() const override { return m_mode == Mode::Owner ? QStringLiteral("audit") : QStringLiteral("my-audit"); }
    QString title() const override { return m_mode == Mode::Owner ? tr("Audit") : tr("My audit trail"); }
    QString helpAnchor() const override { return QStringLiteral("audit"); }
    QIcon icon() const override;

    void refresh();
    QTableWidget *table() const { return m_table; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void verify();
    Workspace &m_workspace;
    Mode m_mode;
    QTableWidget *m_table;
    QLabel *m_check;
};

} // namespace consentric::ui
