// The import wizard (employee side): choose files (or drop them on the window); see each
// file's detected format and encoding, correct the encoding or a CSV file's column mapping,
// and preview the first contacts; choose the relationship context; see which contacts match
// ones already there and what will happen; import with progress and Cancel (one transaction
// per file, off the GUI thread); read a summary with every problem as file:line, to copy or
// save, and merge or keep each possible duplicate.
#pragma once

#include "consent/Levels.h"
#include "contacts/import/Importer.h"

#include <QWizard>
#include <vector>

namespace consentric::ui {

class Workspace;

// One file, as read with the person's choices.
struct ImportFile
{
    QString path;
    QByteArray bytes;
    QString forcedEncoding; // empty: detected
    std::vector<contacts::import::Field> mapping; // CSV: the person's corrected mapping, empty: detected
    bool hasHeader = true;
    contacts::import::ReadResult read;
    consent::Context context = consent::Context::Personal;
    contacts::import::ImportPlan plan;
    std::optional<contacts::import::ImportSummary> summary;
    QString failure; // the file could not be imported
};

class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    ImportWizard(Workspace &workspace, const QStringList &files, QWidget *parent = nullptr);

    std::vector<ImportFile> &files() { return m_files; }
    Workspace &workspace() { return m_workspace; }
    // Reads (or re-reads) one file with its current choices.
    void reread(ImportFile &file);
    // Adds files; returns a sentence for each that could not be opened.
    QStringList addFiles(const QStringList &paths);
    // Plans every file (what would happen), without writing.
    QString planAll();
    // Imports every file, each in its own transaction, off the GUI thread.
    QString importAll();
    // The problems of every file, one "file:line: message" a line.
    QString problemsText() const;

private:
    Workspace &m_workspace;
    std::vector<ImportFile> m_files;
};

} // namespace consentric::ui
