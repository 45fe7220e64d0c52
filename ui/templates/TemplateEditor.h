// The editor of one template on the Templates page: name, kind, language, subject, body,
// disclosure, opt-out line and Active, with a live preview on sample data and the
// problems found so far written under it (each with a link to its place). It edits a copy;
// the page saves it through core.
#pragma once

#include "templates/Template.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;
class QToolButton;

namespace consentric::ui {

class TemplateEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEditor)

public:
    explicit TemplateEditor(QWidget *parent = nullptr);

    // Shows a template as stored (or a new draft): what Revert goes back to.
    void setTemplate(const templates::Template &t);
    const templates::Template &loaded() const { return m_loaded; }
    // The template as the fields hold it now.
    templates::Template edited() const;
    bool isModified() const { return edited() != m_loaded; }
    // A refusal from core (saving), shown above the live problems until the next edit.
    void setMessage(const QString &message);
    // Inserts {{name}} where the cursor was in the last text field used (the body at first).
    void insertPlaceholder(const QString &name);

    QLineEdit *nameField() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *subjectField() const { return m_subject; }
    QPlainTextEdit *bodyField() const { return m_body; }
    QPlainTextEdit *disclosureField() const { return m_disclosure; }
    QPlainTextEdit *optOutField() const { return m_optOut; }
    QCheckBox *activeBox() const { return m_active; }
    QTextBrowser *preview() const { return m_preview; }
    QLabel *validation() const { return m_validation; }
    QToolButton *placeholderButton() const { return m_insert; }

Q_SIGNALS:
    // Any field changed (by the person; not by setTemplate).
    void changed();

private:
    void refresh();
    void jumpTo(const QString &link);
    QWidget *fieldWidget(const QString &field) const;

    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_language;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_disclosure;
    QPlainTextEdit *m_optOut;
    QCheckBox *m_active;
    QToolButton *m_insert;
    QTextBrowser *m_preview;
    QLabel *m_validation;
    QWidget *m_lastField;
    templates::Template m_loaded;
    QString m_message;
    bool m_loading = false;
};

} // namespace consentric::ui
