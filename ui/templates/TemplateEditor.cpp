#include "templates/TemplateEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

const QStringList &fieldOrder()
{
    static const QStringList fields{templates::kSubjectField, templates::kBodyField, templates::kDisclosureField, templates::kOptOutField};
    return fields;
}

QPlainTextEdit *makeTextField(int lines, QWidget *parent)
{
    auto *field = new QPlainTextEdit(parent);
    field->setTabChangesFocus(true);
    if (lines > 0)
        field->setFixedHeight(field->fontMetrics().lineSpacing() * lines + 2 * field->frameWidth() + 8);
    return field;
}

// The text as written. QPlainTextEdit::toPlainText() turns no-break spaces into spaces,
// which would change every French template (and mark it edited) just by showing it.
QString textOf(const QPlainTextEdit *field)
{
    QString text = field->document()->toRawText();
    for (QChar &c : text)
        if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = QLatin1Char('\n');
    return text;
}

// Text as HTML that keeps its line breaks and spaces.
QString asParagraph(const QString &text, const QString &style = {})
{
    return QStringLiteral("<p style=\"white-space: pre-wrap; %1\">%2</p>").arg(style, text.toHtmlEscaped());
}

// The character index of a 1-based line and column (columns count characters, as core does).
int indexIn(const QString &line, int column)
{
    int index = 0;
    for (int counted = 1; counted < column && index < line.size(); ++counted)
        index += line.at(index).isHighSurrogate() && index + 1 < line.size() ? 2 : 1;
    return index;
}

} // namespace

TemplateEditor::TemplateEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(makeTextField(0, this))
    , m_disclosure(makeTextField(4, this))
    , m_optOut(makeTextField(3, this))
    , m_active(new QCheckBox(tr("&Active: employees can choose this template"), this))
    , m_insert(new QToolButton(this))
    , m_preview(new QTextBrowser(this))
    , m_validation(new QLabel(this))
    , m_lastField(m_body)
{
    for (templates::Kind kind : templates::kinds())
        m_kind->addItem(templates::label(kind), templates::key(kind));
    for (const QString &code : templates::languages())
        m_language->addItem(templates::languageName(code), code);
    m_name->setAccessibleName(tr("Template name"));
    m_kind->setAccessibleName(tr("Kind"));
    m_language->setAccessibleName(tr("Language"));
    m_subject->setAccessibleName(tr("Subject"));
    m_body->setAccessibleName(tr("Body"));
    m_disclosure->setAccessibleName(tr("Disclosure"));
    m_optOut->setAccessibleName(tr("Opt-out line"));
    m_disclosure->setPlaceholderText(tr("Why the employee is writing, and on whose behalf"));
    m_optOut->setPlaceholderText(tr("How the recipient can say no to further contact"));
    m_disclosure->setToolTip(tr("Always sent after the body. Required before the template can be active."));
    m_optOut->setToolTip(tr("Always sent last. Required before the template can be active."));

    m_insert->setText(tr("Insert &placeholder"));
    m_insert->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_insert->setPopupMode(QToolButton::InstantPopup);
    m_insert->setFocusPolicy(Qt::NoFocus); // the cursor stays in the field being written
    m_insert->setToolTip(tr("Insert a placeholder where the cursor is in the subject, body, disclosure or opt-out line"));
    auto *menu = new QMenu(m_insert);
    for (const QString &name : templates::placeholders()) {
        QAction *action = menu->addAction(QStringLiteral("{{%1}} – %2").arg(name, templates::describe(name)));
        connect(action, &QAction::triggered, this, [this, name] { insertPlaceholder(name); });
    }
    m_insert->setMenu(menu);

    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    m_validation->setWordWrap(true);
    m_validation->setTextFormat(Qt::RichText);
    m_validation->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_validation->setAccessibleName(tr("Problems"));

    auto *kindAndLanguage = new QHBoxLayout;
    kindAndLanguage->addWidget(m_kind, 1);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    kindAndLanguage->addWidget(languageLabel);
    kindAndLanguage->addWidget(m_language);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind); // a row holding a layout gets no buddy by itself
    form->addRow(kindLabel, kindAndLanguage);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Body:"), m_body);
    form->addRow(tr("&Disclosure:"), m_disclosure);
    form->addRow(tr("&Opt-out line:"), m_optOut);
    form->addRow(QString(), m_active);

    auto *fields = new QVBoxLayout;
    fields->addWidget(m_insert, 0, Qt::AlignRight);
    fields->addLayout(form, 1);

    auto *previewColumn = new QVBoxLayout;
    auto *previewLabel = new QLabel(tr("<b>Preview</b> with sample details. The disclosure and the opt-out line always follow the body."), this);
    previewLabel->setWordWrap(true);
    previewColumn->addWidget(previewLabel);
    previewColumn->addWidget(m_preview, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(fields, 1);
    columns->addLayout(previewColumn, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    layout->addWidget(m_validation);

    const auto onEdit = [this] {
        if (m_loading)
            return;
        m_message.clear();
        refresh();
        Q_EMIT changed();
    };
    connect(m_name, &QLineEdit::textChanged, this, onEdit);
    connect(m_subject, &QLineEdit::textChanged, this, onEdit);
    for (QPlainTextEdit *field : {m_body, m_disclosure, m_optOut})
        connect(field, &QPlainTextEdit::textChanged, this, onEdit);
    connect(m_kind, &QComboBox::currentIndexChanged, this, onEdit);
    connect(m_language, &QComboBox::currentIndexChanged, this, onEdit);
    connect(m_active, &QCheckBox::toggled, this, onEdit);
    connect(m_validation, &QLabel::linkActivated, this, &TemplateEditor::jumpTo);
    // Where a placeholder goes: the text field written in last.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_subject || now == m_body || now == m_disclosure || now == m_optOut)
            m_lastField = now;
    });
    refresh();
}

void TemplateEditor::setTemplate(const templates::Template &t)
{
    m_loading = true;
    m_loaded = t;
    m_message.clear();
    m_name->setText(t.name);
    m_kind->setCurrentIndex(m_kind->findData(templates::key(t.kind)));
    if (m_language->findData(t.language) < 0)
        m_language->addItem(templates::languageName(t.language), t.language);
    m_language->setCurrentIndex(m_language->findData(t.language));
    m_subject->setText(t.subject);
    m_name->setCursorPosition(0); // long lines show their beginning
    m_subject->setCursorPosition(0);
    m_body->setPlainText(t.body);
    m_disclosure->setPlainText(t.disclosure);
    m_optOut->setPlainText(t.optOut);
    m_active->setChecked(t.active);
    m_loading = false;
    refresh();
}

templates::Template TemplateEditor::edited() const
{
    templates::Template t = m_loaded;
    t.name = m_name->text();
    t.kind = templates::kindFromKey(m_kind->currentData().toString()).value_or(templates::Kind::Customer);
    t.language = m_language->currentData().toString();
    t.subject = m_subject->text();
    t.body = textOf(m_body);
    t.disclosure = textOf(m_disclosure);
    t.optOut = textOf(m_optOut);
    t.active = m_active->isChecked();
    return t;
}

void TemplateEditor::setMessage(const QString &message)
{
    m_message = message;
    refresh();
}

void TemplateEditor::insertPlaceholder(const QString &name)
{
    const QString text = QStringLiteral("{{%1}}").arg(name);
    if (auto *line = qobject_cast<QLineEdit *>(m_lastField))
        line->insert(text);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(m_lastField))
        plain->insertPlainText(text);
    m_lastField->setFocus(Qt::OtherFocusReason);
}

void TemplateEditor::refresh()
{
    const templates::Template t = edited();
    const templates::Rendered rendered = templates::renderForPreview(t, templates::sampleValues(t.language));
    QString html = QStringLiteral("<p><b>%1</b> %2</p><hr/>").arg(tr("Subject:"), rendered.subject.toHtmlEscaped());
    for (const QString &part : {rendered.body, rendered.disclosure, rendered.optOut})
        if (!part.isEmpty())
            html += asParagraph(part);
    m_preview->setHtml(html);

    // What to write in the label: a refusal first, then every placeholder problem with a
    // link to its place, then whether the template can be (or is) active.
    QStringList lines;
    const QString error = QStringLiteral("color: #a1260d;");
    if (!m_message.isEmpty())
        lines << asParagraph(m_message, error);
    for (const templates::Problem &p : templates::check(t)) {
        const QString link = QStringLiteral("%1:%2:%3").arg(fieldOrder().indexOf(p.field)).arg(p.line).arg(p.column);
        lines << QStringLiteral("<p style=\"%1\">%2 <a href=\"%3\">%4</a></p>").arg(error, p.message.toHtmlEscaped(), link, tr("Show"));
    }
    const auto ready = templates::checkForActivation(t);
    const bool missingRequired = t.disclosure.trimmed().isEmpty() || t.optOut.trimmed().isEmpty();
    if (t.active && !ready && missingRequired && ready.message() != m_message)
        lines << asParagraph(ready.message(), error);
    else if (!t.active && missingRequired)
        lines << asParagraph(tr("A draft: employees are not offered it. It can be made active once it has a disclosure and an opt-out line."),
            QStringLiteral("color: gray;"));
    else if (!t.active)
        lines << asParagraph(tr("A draft: employees are not offered it until you tick Active and save."), QStringLiteral("color: gray;"));
    m_validation->setText(lines.join(QString()));
    m_validation->setVisible(!lines.isEmpty());
}

QWidget *TemplateEditor::fieldWidget(const QString &field) const
{
    if (field == templates::kSubjectField)
        return m_subject;
    if (field == templates::kDisclosureField)
        return m_disclosure;
    if (field == templates::kOptOutField)
        return m_optOut;
    return m_body;
}

void TemplateEditor::jumpTo(const QString &link)
{
    const QStringList parts = link.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return;
    const int line = parts[1].toInt();
    const int column = parts[2].toInt();
    QWidget *target = fieldWidget(fieldOrder().value(parts[0].toInt()));
    if (auto *edit = qobject_cast<QLineEdit *>(target)) {
        edit->setCursorPosition(indexIn(edit->text(), column));
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(target)) {
        const QTextBlock block = plain->document()->findBlockByNumber(line - 1);
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + indexIn(block.text(), column));
        plain->setTextCursor(cursor);
        plain->ensureCursorVisible();
    }
    target->setFocus(Qt::OtherFocusReason);
}

} // namespace consentric::ui
