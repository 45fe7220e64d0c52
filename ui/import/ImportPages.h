// The pages of the import wizard (ImportWizard.h): files, preview and mapping, matches,
// summary.
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace consentric::ui {

class ImportWizard;

class ImportFilesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilesPage)

public:
    explicit ImportFilesPage(ImportWizard &wizard);
    bool isComplete() const override;
    void initializePage() override;

protected:
    void dragEnterEvent(class QDragEnterEvent *event) override;
    void dropEvent(class QDropEvent *event) override;

private:
    void add(const QStringList &paths);
    void refresh();
    ImportWizard &m_wizard;
    QListWidget *m_list;
    QLabel *m_problem;
};

class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewPage)

public:
    explicit ImportPreviewPage(ImportWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showFile(int index);
    void showPreview();
    void fitMapping();
    ImportWizard &m_wizard;
    QComboBox *m_file;
    QLabel *m_format;
    QComboBox *m_encoding;
    QComboBox *m_context;
    QTableWidget *m_mapping;
    QTableWidget *m_preview;
    QLabel *m_problems;
    bool m_updating = false;
};

class ImportMatchesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMatchesPage)

public:
    explicit ImportMatchesPage(ImportWizard &wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    ImportWizard &m_wizard;
    QLabel *m_totals;
    QTableWidget *m_table;
};

class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryPage)

public:
    explicit ImportSummaryPage(ImportWizard &wizard);
    void initializePage() override;

private:
    void mergeRow(int row, bool merge);
    ImportWizard &m_wizard;
    QLabel *m_totals;
    QPlainTextEdit *m_problems;
    QLabel *m_duplicatesLabel = nullptr;
    QTableWidget *m_duplicates;
};

} // namespace consentric::ui
