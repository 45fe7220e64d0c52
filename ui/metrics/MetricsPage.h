// The owner's Metrics page: the referral program's and the one-to-ones' figures over a range
// of whole months, four charts, and the pulse comments of a quarter. Every rule about small
// numbers is applied in core (metrics::Metrics, metrics::Pulse, oneonones::Overview); this
// page only shows what core returns, in the words core gives ("fewer than 3", "at least 12"),
// and explains each figure in its tooltip.
#pragma once

#include "Page.h"

#include "metrics/Metrics.h"

#include <QHash>
#include <QIcon>

#include <array>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QListWidget;
class QVBoxLayout;
class QWidget;

namespace consentric::ui {

class ChartWidget;
class Workspace;

class MetricsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsPage)

public:
    // The choices of the period box, in its order.
    enum class Preset { ThisQuarter, LastQuarter, LastTwelveMonths, SinceStart, Custom };
    enum class Chart { Participation, Answers, Pulse, Concerns };

    explicit MetricsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("metrics"); }
    QString title() const override { return tr("Metrics"); }
    QString helpAnchor() const override { return QStringLiteral("metrics"); }
    QIcon icon() const override;

    // Chooses a preset and shows its months (Custom keeps the dates as they are).
    void setPreset(Preset preset);
    // Any two dates, widened to whole months; the period box then says Custom.
    void setDates(QDate from, QDate to);
    // The months shown: the chosen dates, snapped to whole months.
    metrics::MonthRange range() const;
    // Computes the figures again (and the comments of the chosen quarter).
    void refresh();

    QComboBox *presetBox() const { return m_preset; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *rangeLabel() const { return m_rangeLabel; }
    // The value label of a figure, by the key in its objectName ("figure-<key>").
    QLabel *figure(const QString &key) const { return m_figures.value(key); }
    ChartWidget *chart(Chart which) const { return m_charts[size_t(which)]; }
    QComboBox *quarterBox() const { return m_quarter; }
    QListWidget *commentsList() const { return m_comments; }
    QLabel *commentsNote() const { return m_commentsNote; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void makeRangeRow(QVBoxLayout *layout, QWidget *parent);
    QWidget *makeFigures(QWidget *parent);
    void makeComments(QVBoxLayout *layout, QWidget *parent);
    QLabel *addFigure(QGridLayout *grid, const QString &key, const QString &name, const QString &explanation, const QIcon &icon = {});
    void presetChosen();
    void putDates(QDate from, QDate to);
    void clear();
    void showFigures(const metrics::ProgramMetrics &m);
    void showCharts(const metrics::ProgramMetrics &m);
    void showComments();
    // The months and quarters of the range that have begun: figures for later ones are not
    // hidden, they do not exist yet.
    std::size_t monthsSoFar(const metrics::ProgramMetrics &m) const;
    std::vector<metrics::PulseResults> pulsesSoFar(const metrics::ProgramMetrics &m) const;

    Workspace &m_workspace;
    std::optional<metrics::ProgramMetrics> m_metrics;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_participationName = nullptr;
    QHash<QString, QLabel *> m_figures;
    std::array<ChartWidget *, 4> m_charts{};
    QComboBox *m_quarter = nullptr;
    QListWidget *m_comments = nullptr;
    QLabel *m_commentsNote = nullptr;
};

} // namespace consentric::ui
