#include "pulse/PulsePage.h"

#include "Workspace.h"
#include "metrics/Pulse.h"
#include "widgets/PageLayout.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

// A heartbeat line in the colour of the bundled icons, for desktops without a theme icon.
QIcon drawnIcon()
{
    QPixmap pixmap(48, 48);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath line;
    line.moveTo(3, 26);
    for (const QPointF &point : {QPointF(14, 26), QPointF(19, 12), QPointF(26, 38), QPointF(31, 20), QPointF(35, 26), QPointF(45, 26)})
        line.lineTo(point);
    painter.setPen(QPen(QColor(0x3a, 0x5a, 0x60), 3.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(line);
    return QIcon(pixmap);
}

QLabel *endLabel(const QString &text, Qt::Alignment alignment, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(alignment | Qt::AlignVCenter);
    return label;
}

} // namespace

PulsePage::PulsePage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_quarter(nullptr)
    , m_stack(nullptr)
    , m_comment(nullptr)
    , m_counter(nullptr)
    , m_send(nullptr)
    , m_thanks(nullptr)
{
    auto *content = new QWidget(this);
    m_quarter = new QLabel(content);
    m_quarter->setObjectName(QStringLiteral("pulseQuarter"));
    auto *privacy = new QLabel(tr("Your answer is stored with the quarter only: no name, no time, not even the order of answers. A separate "
                                  "list records only that you answered, so you can answer once. The owner sees averages only when at least "
                                  "3 people answered, and reads comments only then; comments never appear in the printed report."),
        content);
    privacy->setWordWrap(true);

    m_stack = new QStackedWidget(content);
    auto *form = new QWidget(m_stack);
    struct Question
    {
        QString text;
        QString low;
        QString high;
    };
    const std::array<Question, 3> questions{{
        {tr("How comfortable are you with the referral program?"), tr("very uncomfortable"), tr("very comfortable")},
        {tr("How much pressure do you feel to take part or to make introductions?"), tr("none"), tr("a lot")},
        {tr("How satisfied are you with how the program is run?"), tr("not at all satisfied"), tr("very satisfied")},
    }};
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    for (int q = 0; q < 3; ++q) {
        const Question &question = questions[size_t(q)];
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(question.text.toHtmlEscaped()), form);
        label->setWordWrap(true);
        const int row = q * 2;
        grid->addWidget(label, row, 0, 1, 8);
        auto *group = new QButtonGroup(form);
        group->setExclusive(true);
        m_questions[size_t(q)] = group;
        grid->addWidget(endLabel(question.low, Qt::AlignRight, form), row + 1, 0);
        for (int value = 1; value <= 5; ++value) {
            auto *button = new QRadioButton(QString::number(value), form);
            button->setAccessibleName(tr("%1: %2 of 5").arg(question.text).arg(value));
            group->addButton(button, value);
            grid->addWidget(button, row + 1, value);
        }
        grid->addWidget(endLabel(question.high, Qt::AlignLeft, form), row + 1, 6);
        grid->setRowMinimumHeight(row + 1, 34);
        connect(group, &QButtonGroup::idClicked, this, &PulsePage::updateSend);
    }
    // The last column takes the spare width, so the scale stays compact under long questions.
    grid->setColumnStretch(7, 1);

    m_comment = new QPlainTextEdit(form);
    m_comment->setObjectName(QStringLiteral("pulseComment"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Anything you would like the owner to know. Leave out names and details that would show who wrote it."));
    m_comment->setTabChangesFocus(true);
    m_comment->setMinimumHeight(90);
    m_comment->setMaximumHeight(160);
    m_counter = new QLabel(form);
    m_counter->setObjectName(QStringLiteral("pulseCounter"));
    m_send = new QPushButton(tr("&Send answer"), form);
    m_send->setObjectName(QStringLiteral("sendPulse"));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(tr("Send your answer (Ctrl+Return)"));
    auto *commentLabel = new QLabel(tr("&Comment (optional):"), form);
    commentLabel->setBuddy(m_comment);
    auto *counterRow = new QHBoxLayout;
    counterRow->addStretch(1);
    counterRow->addWidget(m_counter);
    auto *noUndo = new QLabel(tr("Once sent, an answer cannot be changed or withdrawn, because nothing links it to you."), form);
    noUndo->setWordWrap(true);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(noUndo, 1);
    sendRow->addWidget(m_send);

    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(grid);
    formLayout->addSpacing(6);
    formLayout->addWidget(commentLabel);
    formLayout->addWidget(m_comment);
    formLayout->addLayout(counterRow);
    formLayout->addLayout(sendRow);
    formLayout->addStretch(1);

    m_thanks = new QLabel(m_stack);
    m_thanks->setObjectName(QStringLiteral("pulseThanks"));
    m_thanks->setWordWrap(true);
    m_thanks->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_stack->addWidget(form);
    m_stack->addWidget(m_thanks);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Pulse")), content));
    layout->addWidget(m_quarter);
    layout->addWidget(privacy);
    layout->addSpacing(8);
    layout->addWidget(m_stack, 1);

    placeInScrollArea(this, content);

    connect(m_comment, &QPlainTextEdit::textChanged, this, &PulsePage::updateSend);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (const QString error = send(); !error.isEmpty())
            Q_EMIT problem(error);
    });
    connect(&m_workspace, &Workspace::sessionChanged, this, [this] {
        // Half-filled answers never stay on screen for whoever signs in next.
        clearForm();
        refresh();
    });
    connect(&m_workspace, &Workspace::reloaded, this, &PulsePage::refresh);
    refresh();
}

QIcon PulsePage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("face-smile"), drawnIcon());
}

void PulsePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh(); // a new quarter may have opened
}

bool PulsePage::answered() const
{
    return m_stack->currentWidget() == m_thanks;
}

void PulsePage::clearForm()
{
    for (QButtonGroup *group : m_questions) {
        // An exclusive group never unchecks its last button on its own.
        group->setExclusive(false);
        for (QAbstractButton *button : group->buttons())
            button->setChecked(false);
        group->setExclusive(true);
    }
    m_comment->clear();
    updateSend();
}

void PulsePage::updateSend()
{
    const int length = int(m_comment->toPlainText().trimmed().size());
    const bool tooLong = length > metrics::kLongestPulseComment;
    m_counter->setText(tr("%1 of %2 characters").arg(length).arg(metrics::kLongestPulseComment));
    m_counter->setStyleSheet(tooLong ? QStringLiteral("color: #b3261e; font-weight: bold;") : QStringLiteral("color: palette(dark);"));
    const bool complete = std::all_of(m_questions.begin(), m_questions.end(), [](const QButtonGroup *group) { return group->checkedId() > 0; });
    m_send->setEnabled(m_workspace.session() && complete && !tooLong);
}

void PulsePage::refresh()
{
    metrics::Pulse pulse(m_workspace.database());
    const metrics::Quarter quarter = pulse.openQuarter();
    m_quarter->setText(QStringLiteral("<b>%1</b>").arg(tr("Pulse for %1").arg(quarter.toString())));
    const QString nextOpens = QLocale().toString(quarter.next().first(), tr("d MMMM yyyy", "a long date: 1 January 2027"));
    m_thanks->setText(tr("Thank you. You answered the pulse for %1; the next one opens on %2.").arg(quarter.toString(), nextOpens));
    const consent::Session *session = m_workspace.session();
    bool done = false;
    if (session) {
        auto answered = pulse.hasAnswered(*session);
        if (!answered)
            Q_EMIT problem(answered.message());
        else
            done = *answered;
    }
    m_stack->setCurrentWidget(done ? static_cast<QWidget *>(m_thanks) : m_stack->widget(0));
    updateSend();
}

QString PulsePage::send()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    metrics::PulseAnswer answer;
    answer.comfort = m_questions[0]->checkedId();
    answer.pressure = m_questions[1]->checkedId();
    answer.satisfaction = m_questions[2]->checkedId();
    answer.comment = m_comment->toPlainText();
    if (auto sent = metrics::Pulse(m_workspace.database()).answer(*session, answer); !sent)
        return sent.message();
    clearForm();
    refresh();
    return {};
}

} // namespace consentric::ui
