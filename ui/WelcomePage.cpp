#include "WelcomePage.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace consentric::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_where(new QLabel(this))
{
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/consentric.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(QStringLiteral("<h1>%1</h1>").arg(tr("Welcome to Consentric")), this);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Referrals and warm introductions through your team's networks, with every employee deciding, "
                               "connection by connection, what the business may see."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    m_where->setAlignment(Qt::AlignCenter);
    m_where->setWordWrap(true);
    m_where->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *demo = new QPushButton(tr("Load the &demo company"), this);
    demo->setToolTip(tr("A made-up company of 12 people with their connections, to look around safely."));
    auto *setUp = new QPushButton(tr("&Set up my organisation…"), this);
    setUp->setToolTip(tr("Name your organisation, its departments and its owner."));
    for (QPushButton *button : {demo, setUp}) {
        button->setMinimumHeight(44);
        button->setMinimumWidth(280);
    }
    demo->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(logo);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(24);
    layout->addWidget(demo, 0, Qt::AlignHCenter);
    layout->addWidget(setUp, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addWidget(m_where);
    layout->addStretch(3);
    layout->setContentsMargins(80, 24, 80, 24);

    connect(demo, &QPushButton::clicked, this, &WelcomePage::loadDemoRequested);
    connect(setUp, &QPushButton::clicked, this, &WelcomePage::setUpRequested);
}

void WelcomePage::setDatabaseName(const QString &name)
{
    m_where->setText(tr("This database is empty: %1").arg(name));
}

} // namespace consentric::ui
