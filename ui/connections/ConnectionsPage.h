// "My connections": the employee's own list, with search, filters and sorting, and every
// consent decision they make about it: the sharing level of a selection, of all their
// professional connections at a company, or of all their professional connections;
// edits (one or many) and contacts added by hand. Personal and family connections leave
// private one at a time, after a confirmation that says what the business will see.
// Everything can be undone (Ctrl+Z).
#pragma once

#include "Page.h"
#include "consent/Levels.h"
#include "contacts/ContactStore.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace consentric::ui {

class ConnectionsModel;
class Workspace;

class ConnectionsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPage)

public:
    explicit ConnectionsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("connections"); }
    QString title() const override { return tr("My connections"); }
    QString helpAnchor() const override { return QStringLiteral("connections"); }
    QIcon icon() const override;

    // The actions behind the buttons, for tests; each returns an error or an empty string.
    QString setLevel(const QList<qint64> &ids, consent::Level level);
    QString setLevelForCompany(const QString &company, consent::Level level);
    QString setLevelForAllProfessional(consent::Level level);
    QString addContact(const contacts::ContactInput &input);
    QString edit(const QHash<qint64, contacts::ConnectionEdit> &edits);
    // Merges the second connection into the first (empty fields filled, the newer company
    // and title), removing the second.
    QString merge(qint64 keep, qint64 remove);
    // The import wizard, optionally with files already chosen (dropped on the window).
    void showImportWizard(const QStringList &files = {});
    QList<qint64> selectedIds() const;
    void select(const QList<qint64> &ids);
    ConnectionsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void updateActions();
    void updateSummary();
    void showAddDialog();
    void showEditDialog();
    void chooseCompany();
    void chooseAllProfessional();
    QString applyLevel(const QList<qint64> &ids, consent::Level level, int personalLeftAlone);
    void changed(const QString &error);

    Workspace &m_workspace;
    ConnectionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_contextFilter;
    QComboBox *m_levelFilter;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_participation;
    QLabel *m_summary;
    QPushButton *m_edit;
    QList<QPushButton *> m_levelButtons;
};

} // namespace consentric::ui
