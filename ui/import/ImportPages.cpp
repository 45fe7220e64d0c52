#include "import/ImportPages.h"

#include "Workspace.h"
#include "contacts/import/Decoding.h"
#include "import/ImportWizard.h"
#include "widgets/Tables.h"

#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

using contacts::import::Field;
using contacts::import::Format;
using contacts::import::Outcome;

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::Ignore: return ImportPreviewPage::tr("(ignore)");
    case Field::DisplayName: return ImportPreviewPage::tr("Name");
    case Field::GivenName: return ImportPreviewPage::tr("Given name");
    case Field::MiddleName: return ImportPreviewPage::tr("Middle name");
    case Field::FamilyName: return ImportPreviewPage::tr("Family name");
    case Field::Email: return ImportPreviewPage::tr("Email");
    case Field::Phone: return ImportPreviewPage::tr("Phone");
    case Field::ProfileUrl: return ImportPreviewPage::tr("Profile address");
    case Field::Company: return ImportPreviewPage::tr("Company");
    case Field::Title: return ImportPreviewPage::tr("Title");
    case Field::Notes: return ImportPreviewPage::tr("Notes");
    case Field::ConnectedOn: return ImportPreviewPage::tr("Connected on");
    }
    return {};
}

constexpr Field kFields[] = {Field::Ignore, Field::DisplayName, Field::GivenName, Field::MiddleName, Field::FamilyName, Field::Email, Field::Phone,
    Field::ProfileUrl, Field::Company, Field::Title, Field::Notes, Field::ConnectedOn};

QString outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::New: return ImportMatchesPage::tr("new, private");
    case Outcome::Identical: return ImportMatchesPage::tr("already there: skipped");
    case Outcome::Update: return ImportMatchesPage::tr("same email or profile: merged (empty fields filled, newer company and title)");
    case Outcome::PossibleDuplicate: return ImportMatchesPage::tr("same name and company: kept, listed as a possible duplicate");
    }
    return {};
}

} // namespace

ImportFilesPage::ImportFilesPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_list(new QListWidget(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Choose the files"));
    setSubTitle(tr("LinkedIn Connections.csv, Google or Outlook contacts (CSV), other CSV or TSV tables, and vCard files (.vcf). "
                   "Drop them here or add them. Everything you import starts private."));
    setAcceptDrops(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_list->setAccessibleName(tr("Files to import"));
    auto *addButton = new QPushButton(tr("&Add files…"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(addButton, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Contact files"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation), tr("Contact files (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)"));
        add(paths);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= int(m_wizard.files().size()))
            return;
        m_wizard.files().erase(m_wizard.files().begin() + row);
        refresh();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
}

void ImportFilesPage::initializePage()
{
    refresh();
}

bool ImportFilesPage::isComplete() const
{
    return !m_wizard.files().empty();
}

void ImportFilesPage::add(const QStringList &paths)
{
    m_problem->setText(m_wizard.addFiles(paths).join(QLatin1Char('\n')));
    refresh();
}

void ImportFilesPage::refresh()
{
    m_list->clear();
    for (const ImportFile &file : m_wizard.files()) {
        const QString detail
            = file.read.refused ? tr("cannot be imported") : tr("%1, %2").arg(contacts::import::formatLabel(file.read.format), file.read.encoding);
        m_list->addItem(tr("%1 — %2, contacts: %3").arg(QFileInfo(file.path).fileName(), detail).arg(file.read.contacts.size()));
    }
    Q_EMIT completeChanged();
}

void ImportFilesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportFilesPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    add(paths);
    event->acceptProposedAction();
}

ImportPreviewPage::ImportPreviewPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_file(new QComboBox(this))
    , m_format(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_context(new QComboBox(this))
    , m_mapping(new QTableWidget(1, 0, this))
    , m_preview(makeList({tr("Line"), tr("Name"), tr("Email"), tr("Company"), tr("Title")}, this))
    , m_problems(new QLabel(this))
{
    setTitle(tr("Check what was read"));
    setSubTitle(tr("Consentric detected each file's format and encoding. If names look wrong (Ã© instead of é), choose another encoding; "
                   "for a table, correct which column holds what."));
    m_encoding->addItems(contacts::import::knownEncodings());
    for (consent::Context c : {consent::Context::Professional, consent::Context::Personal, consent::Context::Family})
        m_context->addItem(consent::label(c), int(c));
    m_mapping->verticalHeader()->hide();
    m_mapping->setAccessibleName(tr("Column mapping"));
    m_preview->setAccessibleName(tr("The first contacts"));
    m_problems->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), m_file);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Context of these contacts:"), m_context);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_mapping);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems);

    connect(m_file, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::showFile);
    connect(m_encoding, &QComboBox::currentTextChanged, this, [this](const QString &encoding) {
        const int index = m_file->currentIndex();
        if (m_updating || index < 0)
            return;
        ImportFile &file = m_wizard.files()[size_t(index)];
        file.forcedEncoding = encoding;
        const consent::Context keep = file.context;
        m_wizard.reread(file);
        file.context = keep;
        showFile(index);
    });
    connect(m_context, &QComboBox::currentIndexChanged, this, [this] {
        const int index = m_file->currentIndex();
        if (!m_updating && index >= 0)
            m_wizard.files()[size_t(index)].context = static_cast<consent::Context>(m_context->currentData().toInt());
    });
}

void ImportPreviewPage::initializePage()
{
    m_updating = true;
    m_file->clear();
    for (const ImportFile &file : m_wizard.files())
        m_file->addItem(QFileInfo(file.path).fileName());
    m_updating = false;
    showFile(0);
}

// A scroll bar only when the columns are wider than the table (Outlook's 92 columns), kept
// on then so that it never covers the row of choices.
void ImportPreviewPage::fitMapping()
{
    if (m_mapping->columnCount() == 0)
        return;
    int columnsWidth = 2 * m_mapping->frameWidth();
    for (int column = 0; column < m_mapping->columnCount(); ++column)
        columnsWidth += m_mapping->columnWidth(column);
    const bool scrolls = columnsWidth > m_mapping->width();
    m_mapping->setHorizontalScrollBarPolicy(scrolls ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
    m_mapping->setFixedHeight(m_mapping->horizontalHeader()->sizeHint().height() + m_mapping->rowHeight(0) + 2 * m_mapping->frameWidth()
        + (scrolls ? m_mapping->horizontalScrollBar()->sizeHint().height() : 0));
}

void ImportPreviewPage::resizeEvent(QResizeEvent *event)
{
    QWizardPage::resizeEvent(event);
    fitMapping();
}

bool ImportPreviewPage::isComplete() const
{
    return std::any_of(
        m_wizard.files().begin(), m_wizard.files().end(), [](const ImportFile &f) { return !f.read.refused && !f.read.contacts.empty(); });
}

void ImportPreviewPage::showFile(int index)
{
    if (m_updating || index < 0 || index >= int(m_wizard.files().size()))
        return;
    m_updating = true;
    ImportFile &file = m_wizard.files()[size_t(index)];
    m_format->setText(file.read.refused ? tr("not a contact file Consentric can read") : contacts::import::formatLabel(file.read.format));
    m_encoding->setCurrentText(file.read.encoding);
    m_context->setCurrentIndex(m_context->findData(int(file.context)));
    const bool csv = file.read.format != Format::VCard && !file.read.headers.isEmpty();
    m_mapping->setVisible(csv);
    m_mapping->clear();
    m_mapping->setColumnCount(csv ? int(file.read.headers.size()) : 0);
    if (csv) {
        m_mapping->setHorizontalHeaderLabels(file.read.headers);
        for (int column = 0; column < int(file.read.headers.size()); ++column) {
            auto *box = new QComboBox(m_mapping);
            for (Field f : kFields)
                box->addItem(fieldLabel(f), int(f));
            const Field current = column < int(file.read.mapping.size()) ? file.read.mapping[size_t(column)] : Field::Ignore;
            box->setCurrentIndex(box->findData(int(current)));
            connect(box, &QComboBox::currentIndexChanged, this, [this, index, column, box] {
                if (m_updating)
                    return;
                ImportFile &f = m_wizard.files()[size_t(index)];
                f.mapping = f.read.mapping;
                f.mapping.resize(f.read.headers.size(), Field::Ignore);
                f.mapping[size_t(column)] = static_cast<Field>(box->currentData().toInt());
                f.hasHeader = f.read.hasHeader;
                const consent::Context keep = f.context;
                m_wizard.reread(f);
                f.context = keep;
                showPreview();
            });
            m_mapping->setCellWidget(0, column, box);
            // Wide enough for the longest field name and the header, in any language.
            const int header = m_mapping->horizontalHeader()->fontMetrics().horizontalAdvance(file.read.headers.at(column)) + 16;
            m_mapping->setColumnWidth(column, std::max(box->sizeHint().width(), header));
        }
        m_mapping->setRowHeight(0, m_mapping->cellWidget(0, 0) ? m_mapping->cellWidget(0, 0)->sizeHint().height() + 4 : 30);
        fitMapping();
    }
    m_updating = false;
    showPreview();
    Q_EMIT completeChanged();
}

void ImportPreviewPage::showPreview()
{
    const int index = m_file->currentIndex();
    if (index < 0)
        return;
    const ImportFile &file = m_wizard.files()[size_t(index)];
    const int shown = std::min<int>(20, int(file.read.contacts.size()));
    m_preview->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const auto &c = file.read.contacts[size_t(row)];
        m_preview->setItem(row, 0, new QTableWidgetItem(QString::number(c.line)));
        m_preview->setItem(row, 1, new QTableWidgetItem(c.displayName));
        m_preview->setItem(row, 2, new QTableWidgetItem(c.email));
        m_preview->setItem(row, 3, new QTableWidgetItem(c.company));
        m_preview->setItem(row, 4, new QTableWidgetItem(c.title));
    }
    QString text = tr("Contacts in this file: %1.").arg(file.read.contacts.size());
    if (!file.read.problems.empty())
        text += QLatin1Char(' ')
            + tr("Problems: %1 (listed line by line in the summary). The first: %2")
                  .arg(file.read.problems.size())
                  .arg(file.read.problems.front().message);
    m_problems->setText(text);
}

ImportMatchesPage::ImportMatchesPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_totals(new QLabel(this))
    , m_table(makeList({tr("File"), tr("Line"), tr("Name"), tr("Already there"), tr("What happens")}, this))
{
    setTitle(tr("What will happen"));
    setSubTitle(tr("Contacts already there are skipped; a contact with the same email or profile address is merged; one with only the same name "
                   "and company is kept and listed as a possible duplicate. Nothing is written until you choose Import."));
    setButtonText(QWizard::NextButton, tr("&Import"));
    m_totals->setWordWrap(true);
    m_table->setAccessibleName(tr("Contacts that match ones you have"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(m_table, 1);
}

void ImportMatchesPage::initializePage()
{
    if (const QString error = m_wizard.planAll(); !error.isEmpty()) {
        m_totals->setText(error);
        return;
    }
    int counts[4] = {0, 0, 0, 0};
    int rows = 0;
    for (const ImportFile &file : m_wizard.files()) {
        for (const auto &p : file.plan.contacts) {
            ++counts[int(p.outcome)];
            rows += p.outcome == Outcome::New ? 0 : 1;
        }
    }
    m_totals->setText(tr("New: %1 · already there (skipped): %2 · merged: %3 · possible duplicates: %4")
                          .arg(counts[int(Outcome::New)])
                          .arg(counts[int(Outcome::Identical)])
                          .arg(counts[int(Outcome::Update)])
                          .arg(counts[int(Outcome::PossibleDuplicate)]));
    m_table->setRowCount(rows);
    int row = 0;
    for (const ImportFile &file : m_wizard.files()) {
        for (const auto &p : file.plan.contacts) {
            if (p.outcome == Outcome::New)
                continue;
            m_table->setItem(row, 0, new QTableWidgetItem(QFileInfo(file.path).fileName()));
            m_table->setItem(row, 1, new QTableWidgetItem(QString::number(p.contact.line)));
            m_table->setItem(row, 2, new QTableWidgetItem(p.contact.displayName));
            m_table->setItem(row, 3, new QTableWidgetItem(p.existingName));
            m_table->setItem(row, 4, new QTableWidgetItem(outcomeLabel(p.outcome)));
            ++row;
        }
    }
    m_table->setVisible(rows > 0);
}

bool ImportMatchesPage::validatePage()
{
    if (const QString error = m_wizard.importAll(); !error.isEmpty()) {
        m_totals->setText(error);
        return false;
    }
    return true;
}

ImportSummaryPage::ImportSummaryPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_totals(new QLabel(this))
    , m_problems(new QPlainTextEdit(this))
    , m_duplicates(makeList({tr("Imported"), tr("Possibly the same as"), QString(), QString()}, this))
{
    setTitle(tr("Done"));
    m_totals->setWordWrap(true);
    m_totals->setObjectName(QStringLiteral("importTotals"));
    m_problems->setReadOnly(true);
    m_problems->setAccessibleName(tr("Problems, file:line"));
    m_problems->setMaximumHeight(140);
    auto *copy = new QPushButton(tr("&Copy problems"), this);
    auto *save = new QPushButton(tr("&Save problems…"), this);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_problems->toPlainText()); });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save problems"), QStringLiteral("import-problems.txt"), tr("Text (*.txt)"));
        if (path.isEmpty())
            return;
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(m_problems->toPlainText().toUtf8()) < 0 || !out.commit())
            m_totals->setText(tr("Could not write %1: %2.").arg(path, out.errorString()));
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addWidget(save);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(new QLabel(tr("Problems:"), this));
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    // The names take the room; the buttons keep their own size.
    QHeaderView *header = m_duplicates->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    m_duplicatesLabel = new QLabel(this);
    layout->addWidget(m_duplicatesLabel);
    layout->addWidget(m_duplicates, 1);
    layout->addStretch(0); // takes the room when there is no table of duplicates
}

void ImportSummaryPage::initializePage()
{
    QStringList lines;
    int rows = 0;
    for (const ImportFile &file : m_wizard.files()) {
        const QString name = QFileInfo(file.path).fileName();
        if (file.read.refused)
            lines << tr("%1: not imported; see the problems.").arg(name);
        else if (!file.failure.isEmpty())
            lines << tr("%1: not imported: %2").arg(name, file.failure);
        else if (file.summary) {
            lines << tr("%1: imported %2, merged %3, skipped %4 (already there), possible duplicates %5.")
                         .arg(name)
                         .arg(file.summary->imported)
                         .arg(file.summary->updated)
                         .arg(file.summary->skipped)
                         .arg(file.summary->possibleDuplicates.size());
            rows += int(file.summary->possibleDuplicates.size());
        }
    }
    m_totals->setText(lines.join(QLatin1Char('\n')));
    const QString problems = m_wizard.problemsText();
    m_problems->setPlainText(problems.isEmpty() ? tr("None.") : problems);
    m_duplicatesLabel->setText(rows > 0 ? tr("Possible duplicates (same name and company): merge each into the connection you had, or keep both.")
                                        : tr("Possible duplicates: none."));
    m_duplicates->setVisible(rows > 0);
    m_duplicates->setRowCount(rows);
    int row = 0;
    for (const ImportFile &file : m_wizard.files()) {
        if (!file.summary)
            continue;
        for (const auto &d : file.summary->possibleDuplicates) {
            auto *item = new QTableWidgetItem(d.name);
            item->setData(Qt::UserRole, d.newConnectionId);
            item->setData(Qt::UserRole + 1, d.existingConnectionId);
            m_duplicates->setItem(row, 0, item);
            m_duplicates->setItem(row, 1, new QTableWidgetItem(d.existingName));
            auto *merge = new QPushButton(tr("Merge"), m_duplicates);
            auto *keep = new QPushButton(tr("Keep both"), m_duplicates);
            connect(merge, &QPushButton::clicked, this, [this, row] { mergeRow(row, true); });
            connect(keep, &QPushButton::clicked, this, [this, row] { mergeRow(row, false); });
            m_duplicates->setCellWidget(row, 2, merge);
            m_duplicates->setCellWidget(row, 3, keep);
            ++row;
        }
    }
}

void ImportSummaryPage::mergeRow(int row, bool merge)
{
    const QTableWidgetItem *item = m_duplicates->item(row, 0);
    const consent::Session *session = m_wizard.workspace().session();
    if (!item || !session)
        return;
    QString outcome = tr("kept both");
    if (merge) {
        auto merged = contacts::import::Importer(m_wizard.workspace().database())
                          .merge(*session, item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toLongLong());
        outcome = merged ? tr("merged") : merged.message();
        m_wizard.workspace().announceChange();
    }
    m_duplicates->removeCellWidget(row, 2);
    m_duplicates->removeCellWidget(row, 3);
    m_duplicates->setItem(row, 2, new QTableWidgetItem(outcome));
}

} // namespace consentric::ui
