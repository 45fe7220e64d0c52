#include "oneonones/SiloMapPanel.h"

#include "oneonones/MeetingText.h"
#include "widgets/Notes.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

constexpr int kCellSize = 46;

// A swatch and its words: the legend never relies on colour alone (the cells hold numbers).
QWidget *legendEntry(const QColor &colour, const QString &text, QWidget *parent)
{
    auto *entry = new QWidget(parent);
    auto *swatch = new QFrame(entry);
    swatch->setFixedSize(18, 18);
    swatch->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #9aa5a8;").arg(colour.name()));
    auto *layout = new QHBoxLayout(entry);
    layout->setContentsMargins(0, 0, 12, 0);
    layout->addWidget(swatch);
    layout->addWidget(new QLabel(text, entry));
    return entry;
}

} // namespace

QColor SiloMapPanel::cellColour(int count, bool diagonal)
{
    if (diagonal)
        return count > 0 ? QColor(0xd9, 0xd2, 0xe9) : QColor(0xee, 0xeb, 0xf4);
    if (count <= 0)
        return QColor(0xf6, 0xf6, 0xf6);
    if (count == 1)
        return QColor(0xcf, 0xe8, 0xe3);
    if (count == 2)
        return QColor(0x98, 0xcf, 0xc4);
    return QColor(0x5c, 0xae, 0x9f);
}

SiloMapPanel::SiloMapPanel(QWidget *parent)
    : QWidget(parent)
    , m_period(new QLabel(this))
    , m_empty(makeEmptyNote(QString(), this))
    , m_grid(new QTableWidget(this))
    , m_legend(new QWidget(this))
    , m_pairs(new QLabel(this))
    , m_figures(new QLabel(this))
{
    m_period->setObjectName(QStringLiteral("siloPeriod"));
    m_period->setWordWrap(true);
    m_grid->setObjectName(QStringLiteral("siloGrid"));
    m_grid->setAccessibleName(tr("Silo map: one-to-ones between departments"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setFocusPolicy(Qt::StrongFocus);
    m_grid->setShowGrid(true);
    m_grid->setWordWrap(true);
    m_grid->setStyleSheet(QStringLiteral("QTableWidget { gridline-color: #ffffff; } QTableWidget::item:selected { border: 2px solid #2b5f68; }"));
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_grid->horizontalHeader()->setMinimumSectionSize(kCellSize);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(kCellSize);
    // The grid takes the room it needs, so the page scrolls rather than the grid.
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_grid->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_pairs->setObjectName(QStringLiteral("siloPairs"));
    m_pairs->setWordWrap(true);
    m_figures->setObjectName(QStringLiteral("siloFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);

    auto *legend = new QHBoxLayout(m_legend);
    legend->setContentsMargins(0, 0, 0, 0);
    legend->addWidget(legendEntry(cellColour(0, false), tr("not met"), m_legend));
    legend->addWidget(legendEntry(cellColour(1, false), tr("once"), m_legend));
    legend->addWidget(legendEntry(cellColour(2, false), tr("twice"), m_legend));
    legend->addWidget(legendEntry(cellColour(3, false), tr("three times or more"), m_legend));
    legend->addWidget(legendEntry(cellColour(1, true), tr("within one department (the diagonal)"), m_legend));
    legend->addStretch(1);

    auto *gridRow = new QHBoxLayout;
    gridRow->addWidget(m_grid);
    gridRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_period);
    layout->addWidget(m_empty);
    layout->addLayout(gridRow);
    layout->addWidget(m_legend);
    layout->addWidget(m_pairs);
    layout->addSpacing(6);
    layout->addWidget(m_figures);
    layout->addStretch(1);
    m_empty->hide();
}

void SiloMapPanel::showProblem(const QString &message)
{
    m_empty->setText(message);
    m_empty->show();
    m_grid->hide();
    m_legend->hide();
    m_pairs->clear();
    m_figures->clear();
}

void SiloMapPanel::show(const metrics::Quarter &quarter, bool current, const oneonones::SiloMap &map, const oneonones::Figures &figures)
{
    const QLocale locale;
    m_period->setText(tr("Which departments met in one-to-ones in %1 (%2 to %3), counting meetings whose time has come.")
                          .arg(quarter.toString(), locale.toString(map.from, QLocale::LongFormat), locale.toString(map.to, QLocale::LongFormat)));
    const int n = int(map.departments.size());
    m_grid->clear();
    m_grid->setRowCount(n);
    m_grid->setColumnCount(n);
    m_grid->setHorizontalHeaderLabels(map.departments);
    m_grid->setVerticalHeaderLabels(map.departments);
    // Every column as wide as the longest name, so that the grid stays square and nothing is cut.
    int width = kCellSize;
    const QFontMetrics metrics(m_grid->horizontalHeader()->font());
    for (const QString &name : map.departments)
        width = std::max(width, std::min(metrics.horizontalAdvance(name) + 24, 200));
    m_grid->horizontalHeader()->setDefaultSectionSize(width);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const int count = map.meetings[size_t(i)][size_t(j)];
            auto *cell = new QTableWidgetItem(QString::number(count));
            cell->setTextAlignment(Qt::AlignCenter);
            cell->setBackground(cellColour(count, i == j));
            cell->setForeground(QColor(count >= 3 && i != j ? 0xffffff : 0x1d2b2e));
            QFont font = cell->font();
            font.setBold(count > 0);
            cell->setFont(font);
            cell->setToolTip(i == j ? tr("Within %1: %2").arg(map.departments[i], MeetingText::oneToOnes(count))
                                    : tr("%1 and %2: %3").arg(map.departments[i], map.departments[j], MeetingText::oneToOnes(count)));
            m_grid->setItem(i, j, cell);
        }
    }
    const bool empty = n == 0;
    m_grid->setVisible(!empty);
    m_legend->setVisible(!empty);
    m_empty->setVisible(empty || map.total == 0);
    // Written for this quarter, or for an earlier one chosen above the map.
    const QString period = current ? tr("this quarter") : tr("in %1").arg(quarter.toString());
    m_empty->setText(empty ? tr("The organisation has no departments yet: add people with their departments on the Team page.")
            : current
            ? tr("No one-to-one has taken place this quarter yet. Start a round under New round; the map fills in as the meetings' times come.")
            : tr("No one-to-one took place in %1.").arg(quarter.toString()));
    m_pairs->setText(map.pairsPossible() == 1
            ? tr("%1 of 1 pair of departments has met %2.").arg(map.pairsMet()).arg(period)
            : tr("%1 of %2 pairs of departments have met %3.").arg(map.pairsMet()).arg(map.pairsPossible()).arg(period));

    const QString members = figures.membersPercent
        ? tr("%1 (%2% of the %3 employees)").arg(figures.members.toString()).arg(*figures.membersPercent).arg(figures.team)
        : figures.members.toString();
    const QString held = figures.heldPercent ? tr("%1%").arg(*figures.heldPercent)
                                             : tr("hidden: %1 people marked their meetings in any month").arg(figures.marked.toString());
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style=\"padding-right:18px\">%1</td><td><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    m_figures->setText(QStringLiteral("<table>") + row(tr("Members now"), members)
        + row(tr("Rounds dated in %1").arg(quarter.toString()), QString::number(figures.rounds))
        + row(tr("One-to-ones arranged in %1").arg(quarter.toString()), QString::number(figures.meetings))
        + row(tr("Across departments"), QString::number(figures.acrossDepartments)) + row(tr("Held rate"), held) + QStringLiteral("</table>"));
}

} // namespace consentric::ui
