// "What the business sees": the owner's view of this employee's data, exactly: their row
// on the Team page, their department's row, the companies their discoverable and shared
// connections count towards (with the figures the owner sees), and their shared
// connections as the owner sees them. All of it comes from core's BusinessView, the same
// code that makes the owner's views.
#pragma once

#include "Page.h"

class QLabel;
class QTableWidget;

namespace consentric::ui {

class Workspace;

class BusinessPreviewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusinessPreviewPage)

public:
    explicit BusinessPreviewPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("business"); }
    QString title() const override { return tr("What the business sees"); }
    QString helpAnchor() const override { return QStringLiteral("business"); }
    QIcon icon() const override;

    void refresh();
    QTableWidget *companies() const { return m_companies; }
    QTableWidget *shared() const { return m_shared; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    Workspace &m_workspace;
    QLabel *m_status;
    QLabel *m_teamRow;
    QTableWidget *m_companies;
    QLabel *m_companiesEmpty;
    QTableWidget *m_shared;
    QLabel *m_sharedEmpty;
};

} // namespace consentric::ui
