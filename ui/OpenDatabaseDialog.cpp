#include "OpenDatabaseDialog.h"

#include "storage/Location.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace consentric::ui {

OpenDatabaseDialog::OpenDatabaseDialog(QWidget *parent)
    : QDialog(parent)
    , m_fileChoice(new QRadioButton(tr("A database &file on this computer (SQLite)"), this))
    , m_serverChoice(new QRadioButton(tr("A team &server (PostgreSQL)"), this))
    , m_path(new QLineEdit(this))
    , m_url(new QLineEdit(this))
{
    setWindowTitle(tr("Open database"));
    m_fileChoice->setChecked(true);
    m_path->setPlaceholderText(storage::Location::defaultSqlitePath());
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/consentric"));
    m_url->setEnabled(false);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *hint = new QLabel(tr("The password is read from your PGPASSFILE, or asked for; never put it in the URL."), this);
    hint->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(m_fileChoice, 0, 0, 1, 2);
    grid->addWidget(m_path, 1, 0);
    grid->addWidget(browse, 1, 1);
    grid->addWidget(m_serverChoice, 2, 0, 1, 2);
    grid->addWidget(m_url, 3, 0, 1, 2);
    grid->addWidget(hint, 4, 0, 1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_fileChoice, &QRadioButton::toggled, this, [this, browse](bool file) {
        m_path->setEnabled(file);
        browse->setEnabled(file);
        m_url->setEnabled(!file);
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = m_path->text().isEmpty() ? QFileInfo(storage::Location::defaultSqlitePath()).path() : m_path->text();
        const QString file
            = QFileDialog::getOpenFileName(this, tr("Open database"), start, tr("Consentric databases (*.sqlite *.db);;All files (*)"));
        if (!file.isEmpty())
            m_path->setText(file);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString OpenDatabaseDialog::location() const
{
    return m_fileChoice->isChecked() ? m_path->text().trimmed() : m_url->text().trimmed();
}

} // namespace consentric::ui
