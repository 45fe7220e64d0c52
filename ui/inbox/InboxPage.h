// The employee's Inbox: requests from the business, answered privately, and the
// introductions they agreed to make, written from a template in their own words.
//  - Pending: choose which of your connections you mean, then make the introduction,
//    offer your name only, or decline (with a reason only you see).
//  - Accepted: compose from a template, edit freely, copy the text or open it in your mail
//    program (a mailto: link; Consentric sends nothing), then mark it sent. If your edit
//    removed the disclosure or the opt-out line, you are told once before it leaves.
//  - Every later step the owner records appears under the request.
#pragma once

#include "Page.h"

#include "referrals/Inbox.h"
#include "templates/Template.h"

#include <QSet>
#include <QUrl>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QWidget;

namespace consentric::ui {

class Workspace;

class InboxPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPage)

public:
    explicit InboxPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("inbox"); }
    QString title() const override { return tr("Inbox"); }
    QString helpAnchor() const override { return QStringLiteral("inbox"); }
    QIcon icon() const override;

    void refresh();
    bool selectRequest(qint64 requestId);
    // The answers and steps, for the buttons and for tests; each returns core's refusal.
    QString accept(referrals::Answer answer);
    QString decline(const QString &reason);
    QString markIntroduced();
    QString recipientSaidNo();
    // Puts the composed text on the clipboard / opens it in the mail program; false when
    // the person chose not to after the warning.
    bool copyText();
    bool openInMailProgram();
    // Tests replace how a mailto: link is opened.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    QTableWidget *list() const { return m_list; }
    QPlainTextEdit *body() const { return m_body; }
    QLineEdit *subject() const { return m_subject; }
    QComboBox *templates() const { return m_template; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *timelineLabel() const { return m_timeline; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    const referrals::InboxItem *current() const;
    void showCurrent();
    void fillTemplates(const referrals::InboxItem &item);
    void compose();
    bool confirmRequiredLines();

    Workspace &m_workspace;
    QTableWidget *m_list;
    QLabel *m_empty;
    QWidget *m_detail;
    QLabel *m_heading;
    QLabel *m_details;
    QWidget *m_answerBox;
    QComboBox *m_candidates;
    QPushButton *m_introduce;
    QPushButton *m_mention;
    QPushButton *m_decline;
    QWidget *m_composeBox;
    QComboBox *m_template;
    QLineEdit *m_to;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QPushButton *m_copy;
    QPushButton *m_mail;
    QPushButton *m_sent;
    QPushButton *m_saidNo;
    QLabel *m_timeline;
    std::vector<referrals::InboxItem> m_items;
    std::vector<templates::Template> m_templates;
    templates::Rendered m_rendered;
    QSet<qint64> m_warned;
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace consentric::ui
