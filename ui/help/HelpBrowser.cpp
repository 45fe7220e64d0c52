#include "help/HelpBrowser.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace consentric::ui {

HelpBrowser::HelpBrowser(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Consentric user guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(guideUrl()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 620);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString HelpBrowser::guideUrl()
{
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    const QString localised = QStringLiteral(":/guide/index_%1.html").arg(language);
    return QFile::exists(localised) ? QStringLiteral("qrc") + localised : QStringLiteral("qrc:/guide/index.html");
}

void HelpBrowser::showSection(const QString &anchor)
{
    QUrl url(guideUrl());
    url.setFragment(anchor);
    m_browser->setSource(url);
    m_browser->scrollToAnchor(anchor);
}

} // namespace consentric::ui
