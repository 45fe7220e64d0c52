// The employee's One-to-ones page: what the program is and what the owner can see, joining
// with a cadence and working hours, then changing them, snoozing, leaving, and a do-not-pair
// list that nobody else ever sees; below, their own one-to-ones. After three skipped
// one-to-ones in a row, a kind banner asks whether they would like to stay.
#pragma once

#include "Page.h"
#include "oneonones/Members.h"

#include <array>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QTimeEdit;

namespace consentric::ui {

class MyMeetingsPanel;
class Workspace;

class MyOneOnOnesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyOneOnOnesPage)

public:
    explicit MyOneOnOnesPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("oneonones"); }
    QString title() const override { return tr("One-to-ones"); }
    QString helpAnchor() const override { return QStringLiteral("my-oneonones"); }
    QIcon icon() const override;

    void refresh();
    // Each returns an error message, or empty (the buttons show it in the message bar).
    QString join();
    QString saveSettings();
    QString snooze();
    QString endSnooze();
    QString leave(); // the button asks first; this does not
    QString stay();
    QString addToDoNotPair(qint64 colleague);
    QString removeFromDoNotPair(qint64 colleague);
    // Active colleagues one may put on the list: everyone but oneself and the owner.
    std::vector<consent::Person> colleagues() const;

    const oneonones::Membership &membership() const { return m_membership; }
    QLabel *statusLabel() const { return m_status; }
    QComboBox *cadenceBox() const { return m_cadence; }
    QCheckBox *dayBox(int day) const { return m_days.at(size_t(day - 1)); } // Qt::DayOfWeek
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }
    QPushButton *joinButton() const { return m_join; }
    QPushButton *saveButton() const { return m_save; }
    QDateEdit *snoozeDate() const { return m_snoozeDate; }
    QPushButton *snoozeButton() const { return m_snooze; }
    QPushButton *endSnoozeButton() const { return m_endSnooze; }
    QPushButton *leaveButton() const { return m_leave; }
    QListWidget *doNotPairList() const { return m_doNotPair; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QFrame *banner() const { return m_banner; }
    QPushButton *stayButton() const { return m_stay; }
    MyMeetingsPanel *meetings() const { return m_meetings; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildSettings(QWidget *parent);
    QWidget *buildDoNotPair(QWidget *parent);
    oneonones::WorkingHours chosenHours() const;
    oneonones::Cadence chosenCadence() const;
    void showSettings(const oneonones::Membership &membership);
    void chooseColleague();
    void askToLeave();
    // Runs an action and shows what came of it: `done` in the message bar, or the error.
    void report(const QString &error, const QString &done);
    // Runs one change to the signed-in person's membership and reloads the page; the error, or empty.
    QString change(const std::function<Result<void>(oneonones::Members &, const consent::Session &)> &work);

    Workspace &m_workspace;
    oneonones::Membership m_membership;
    std::vector<qint64> m_list; // the do-not-pair list, by person id
    QFrame *m_banner;
    QPushButton *m_stay;
    QPushButton *m_bannerLeave;
    QLabel *m_status;
    QComboBox *m_cadence;
    std::array<QCheckBox *, 7> m_days{};
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLabel *m_zoneNote;
    QPushButton *m_join;
    QPushButton *m_save;
    QWidget *m_memberOnly;
    QDateEdit *m_snoozeDate;
    QPushButton *m_snooze;
    QPushButton *m_endSnooze;
    QPushButton *m_leave;
    QWidget *m_doNotPairBox;
    QListWidget *m_doNotPair;
    QPushButton *m_add;
    QPushButton *m_remove;
    MyMeetingsPanel *m_meetings;
};

} // namespace consentric::ui
