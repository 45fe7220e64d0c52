// File → Open database: an SQLite file on this computer, or a PostgreSQL server URL.
#pragma once

#include <QDialog>

class QLineEdit;
class QRadioButton;

namespace consentric::ui {

class OpenDatabaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenDatabaseDialog)

public:
    explicit OpenDatabaseDialog(QWidget *parent = nullptr);
    // The path or URL to open.
    QString location() const;

private:
    QRadioButton *m_fileChoice;
    QRadioButton *m_serverChoice;
    QLineEdit *m_path;
    QLineEdit *m_url;
};

} // namespace consentric::ui
