// The bundled user guide (F1), opened at the section of the page in front of the person.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace consentric::ui {

class HelpBrowser final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpBrowser)

public:
    explicit HelpBrowser(QWidget *parent = nullptr);
    void showSection(const QString &anchor);
    // The guide for the current language, or English.
    static QString guideUrl();

private:
    QTextBrowser *m_browser;
};

} // namespace consentric::ui
