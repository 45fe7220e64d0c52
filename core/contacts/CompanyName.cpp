#include "contacts/CompanyName.h"

#include <QSet>
#include <QStringList>

namespace consentric::contacts {

namespace {

const QSet<QString> &legalForms()
{
    static const QSet<QString> forms{
        QStringLiteral("inc"),
        QStringLiteral("incorporated"),
        QStringLiteral("llc"),
        QStringLiteral("llp"),
        QStringLiteral("ltd"),
        QStringLiteral("limited"),
        QStringLiteral("plc"),
        QStringLiteral("corp"),
        QStringLiteral("corporation"),
        QStringLiteral("co"),
        QStringLiteral("company"),
        QStringLiteral("gmbh"),
        QStringLiteral("ag"),
        QStringLiteral("kg"),
        QStringLiteral("sa"),
        QStringLiteral("sas"),
        QStringLiteral("sarl"),
        QStringLiteral("srl"),
        QStringLiteral("spa"),
        QStringLiteral("bv"),
        QStringLiteral("nv"),
        QStringLiteral("oy"),
        QStringLiteral("ab"),
        QStringLiteral("as"),
        QStringLiteral("aps"),
        QStringLiteral("kk"),
        QStringLiteral("pty"),
        QStringLiteral("pvt"),
        QStringLiteral("sl"),
        QStringLiteral("se"),
    };
    return forms;
}

} // namespace

QString normaliseCompanyName(const QString &name)
{
    QString text = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    // QString folds case one character at a time; the one full folding that matters for
    // company names is German ß.
    text.replace(QChar(0x00DF), QLatin1String("ss"));
    // Dots inside abbreviations join their letters ("S.A." → "sa"); other punctuation and
    // symbols separate words.
    text.remove(QLatin1Char('.'));
    for (QChar &c : text) {
        if (c.isPunct() || c.isSymbol())
            c = QLatin1Char(' ');
    }
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // "&" became a separator; "and" does not matter for matching either.
    words.removeAll(QStringLiteral("and"));
    while (words.size() > 1 && legalForms().contains(words.last()))
        words.removeLast();
    return words.join(QLatin1Char(' '));
}

} // namespace consentric::contacts
