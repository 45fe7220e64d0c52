// The Templates page, offscreen, on both engines: the list and its language filter (models
// checked by QAbstractItemModelTester), the live preview, problems shown under the editor,
// activation refused with the reason, saving with undo and redo, and the empty state.
#include "templates/TemplatesPage.h"
#include "WorkspaceTest.h"
#include "templates/TemplateEditor.h"
#include "templates/TemplateStore.h"
#include "templates/TemplatesModel.h"
#include "widgets/Confirm.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace consentric;
using namespace consentric::test;

class TemplatesPageTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
        person(QStringLiteral("Sam Rivera"), QStringLiteral("Sales"), true);
        openWorkspace();
        signInAs(QStringLiteral("olive.owner@test.example"));
        page = std::make_unique<ui::TemplatesPage>(*workspace);
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(page->model()), static_cast<QAbstractItemModel *>(page->proxy())})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
    void TearDown() override
    {
        testers.clear();
        page.reset();
        WorkspaceTest::TearDown();
    }

    templates::Template stored(qint64 id)
    {
        auto found = templates::TemplateStore(workspace->database()).byId(id);
        EXPECT_TRUE(found.ok() && found->has_value());
        return found && found->has_value() ? **found : templates::Template{};
    }

    ui::TemplateEditor &editor() { return *page->editor(); }
    QString preview() { return editor().preview()->toPlainText(); }
    QString validation() { return editor().validation()->text(); }

    std::unique_ptr<ui::TemplatesPage> page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};
INSTANTIATE_TEST_SUITE_P(Engines, TemplatesPageTest, testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

TEST_P(TemplatesPageTest, ListsTheDefaultsAndFiltersByLanguage)
{
    EXPECT_EQ(page->model()->rowCount(), 20);
    EXPECT_EQ(page->proxy()->rowCount(), 20);
    EXPECT_EQ(page->pageId(), QStringLiteral("templates"));
    EXPECT_FALSE(page->icon().isNull());
    // The first template is being edited from the start.
    ASSERT_NE(editor().loaded().id, 0);
    EXPECT_EQ(editor().loaded().language, QStringLiteral("en"));
    EXPECT_TRUE(editor().isEnabled());

    page->setLanguageFilter(QStringLiteral("de"));
    ASSERT_EQ(page->proxy()->rowCount(), 5);
    for (int row = 0; row < 5; ++row)
        EXPECT_EQ(page->proxy()->index(row, ui::TemplatesModel::Language).data().toString(), QStringLiteral("Deutsch"));
    EXPECT_EQ(editor().loaded().language, QStringLiteral("de")); // nothing unsaved: the editor follows
    EXPECT_FALSE(page->emptyState()->isVisibleTo(page.get()));
    page->setLanguageFilter(QString());
    EXPECT_EQ(page->proxy()->rowCount(), 20);
}

TEST_P(TemplatesPageTest, EditingUpdatesThePreview)
{
    EXPECT_TRUE(preview().contains(QStringLiteral("Hi Alex,"))) << preview().toStdString();
    EXPECT_TRUE(preview().contains(QStringLiteral("Harbor Lane Studio")));
    editor().bodyField()->setPlainText(QStringLiteral("Dear {{contact.name}},\nshort and sweet."));
    EXPECT_TRUE(preview().startsWith(QStringLiteral("Subject:"))) << preview().toStdString();
    EXPECT_TRUE(preview().contains(QStringLiteral("Dear Alex Morgan,\nshort and sweet."))) << preview().toStdString();
    // The disclosure and the opt-out line follow the body.
    const qsizetype body = preview().indexOf(QStringLiteral("short and sweet."));
    const qsizetype disclosure = preview().indexOf(QStringLiteral("Why you're getting this"));
    const qsizetype optOut = preview().indexOf(QStringLiteral("no thanks"));
    EXPECT_LT(body, disclosure);
    EXPECT_LT(disclosure, optOut);

    // Typing: the placeholder menu's words and the preview follow each key.
    editor().bodyField()->moveCursor(QTextCursor::End);
    editor().insertPlaceholder(QStringLiteral("employee.first_name"));
    QTest::keyClicks(editor().bodyField(), QStringLiteral(" {{contact.nam}}"));
    EXPECT_TRUE(preview().contains(QStringLiteral("short and sweet.Sam {{contact.nam}}"))) << preview().toStdString();
    EXPECT_TRUE(validation().contains(QStringLiteral("unknown placeholder {{contact.nam}} at line 2, column 41"))) << validation().toStdString();

    // A different language previews with that language's sample details.
    editor().languageBox()->setCurrentIndex(editor().languageBox()->findData(QStringLiteral("de")));
    EXPECT_TRUE(preview().contains(QStringLiteral("Dear Jonas Weber,"))) << preview().toStdString();
    EXPECT_TRUE(editor().isModified());
    page->revert();
    EXPECT_FALSE(editor().isModified());
    EXPECT_TRUE(preview().contains(QStringLiteral("Hi Alex,")));
}

TEST_P(TemplatesPageTest, ActivationRefusedShowsTheMessage)
{
    const templates::Template before = editor().loaded();
    ASSERT_TRUE(before.active);
    editor().optOutField()->clear();
    // Already while typing, the reason is written under the editor.
    EXPECT_TRUE(validation().contains(QStringLiteral("The opt-out line is empty"))) << validation().toStdString();
    const QString refused = page->save();
    EXPECT_EQ(
        refused, QStringLiteral("The opt-out line is empty: write how the recipient can say no to further contact, then activate the template."));
    EXPECT_TRUE(validation().contains(QStringLiteral("The opt-out line is empty"))) << validation().toStdString();
    EXPECT_EQ(stored(before.id), before);
    EXPECT_EQ(workspace->undoStack().count(), 0);

    // As a draft it may be kept.
    editor().activeBox()->setChecked(false);
    EXPECT_TRUE(validation().contains(QStringLiteral("A draft"))) << validation().toStdString();
    EXPECT_EQ(page->save(), QString());
    EXPECT_FALSE(stored(before.id).active);
    EXPECT_TRUE(stored(before.id).optOut.isEmpty());

    editor().disclosureField()->clear();
    editor().activeBox()->setChecked(true);
    EXPECT_TRUE(page->save().startsWith(QStringLiteral("The disclosure and the opt-out line are empty")));
}

TEST_P(TemplatesPageTest, SaveThenUndoRestores)
{
    QUndoStack &undo = workspace->undoStack();
    const templates::Template before = editor().loaded();
    editor().subjectField()->setText(QStringLiteral("A new subject for {{contact.company}}"));
    ASSERT_EQ(page->save(), QString());
    EXPECT_EQ(stored(before.id).subject, QStringLiteral("A new subject for {{contact.company}}"));
    EXPECT_EQ(undo.count(), 1);
    EXPECT_FALSE(editor().isModified());

    undo.undo();
    EXPECT_EQ(stored(before.id).subject, before.subject);
    EXPECT_EQ(editor().subjectField()->text(), before.subject); // the editor follows
    EXPECT_EQ(stored(before.id), before);
    undo.redo();
    EXPECT_EQ(stored(before.id).subject, QStringLiteral("A new subject for {{contact.company}}"));
    EXPECT_EQ(editor().subjectField()->text(), QStringLiteral("A new subject for {{contact.company}}"));
}

TEST_P(TemplatesPageTest, NewTemplateSavedUndoneAndRedoneKeepsItsId)
{
    page->setLanguageFilter(QStringLiteral("fr"));
    // Showing a template changes nothing: French no-break spaces survive the editor.
    EXPECT_FALSE(editor().isModified());
    EXPECT_TRUE(editor().edited().disclosure.contains(QChar(0x00A0)));
    page->newTemplate();
    EXPECT_EQ(editor().loaded().id, 0);
    EXPECT_EQ(editor().loaded().language, QStringLiteral("fr"));
    EXPECT_FALSE(editor().activeBox()->isChecked());
    EXPECT_FALSE(editor().disclosureField()->toPlainText().isEmpty()); // started from the shipped one
    editor().nameField()->setText(QStringLiteral("Court et simple"));
    editor().bodyField()->setPlainText(QStringLiteral("Bonjour {{contact.first_name}},"));
    editor().activeBox()->setChecked(true);
    ASSERT_EQ(page->save(), QString());
    const qint64 id = editor().loaded().id;
    ASSERT_NE(id, 0);
    EXPECT_EQ(page->proxy()->rowCount(), 6);
    EXPECT_TRUE(stored(id).active);

    workspace->undoStack().undo();
    EXPECT_EQ(page->proxy()->rowCount(), 5);
    EXPECT_FALSE(templates::TemplateStore(workspace->database()).byId(id)->has_value());
    EXPECT_NE(editor().loaded().id, id);
    workspace->undoStack().redo();
    EXPECT_EQ(page->proxy()->rowCount(), 6);
    EXPECT_EQ(stored(id).name, QStringLiteral("Court et simple"));
    EXPECT_TRUE(page->showTemplate(id));

    page->duplicate();
    EXPECT_EQ(editor().loaded().id, 0);
    EXPECT_EQ(editor().nameField()->text(), QStringLiteral("Court et simple (copy)"));
    EXPECT_FALSE(editor().activeBox()->isChecked());
}

TEST_P(TemplatesPageTest, ProblemsLinkToTheirPlace)
{
    editor().disclosureField()->setPlainText(QStringLiteral("First line\nsecond {{oops}}"));
    const QString text = validation();
    ASSERT_TRUE(text.contains(QStringLiteral("href=\"2:2:8\""))) << text.toStdString();
    Q_EMIT editor().validation()->linkActivated(QStringLiteral("2:2:8"));
    const QTextCursor cursor = editor().disclosureField()->textCursor();
    EXPECT_EQ(cursor.blockNumber(), 1);
    EXPECT_EQ(cursor.positionInBlock(), 7);
}

TEST_P(TemplatesPageTest, AnEmptyLanguageSaysWhatToDo)
{
    templates::TemplateStore store(workspace->database());
    for (const templates::Template &t : *store.all()) {
        if (t.language == QStringLiteral("es")) {
            ASSERT_TRUE(store.remove(*workspace->session(), t.id).ok());
        }
    }
    page->refresh();
    page->setLanguageFilter(QStringLiteral("es"));
    EXPECT_EQ(page->proxy()->rowCount(), 0);
    EXPECT_TRUE(page->emptyState()->isVisibleTo(page.get()));
    EXPECT_TRUE(page->emptyState()->text().contains(QStringLiteral("New template")));
}

TEST_P(TemplatesPageTest, UnsavedEditsAreNotDroppedSilently)
{
    const qint64 first = editor().loaded().id;
    editor().nameField()->setText(QStringLiteral("Changed"));
    const qint64 other = page->proxy()->index(1, 0).data(ui::TemplatesModel::IdRole).toLongLong();
    ui::Confirm::setNextAnswer(false);
    page->showTemplate(other);
    EXPECT_EQ(editor().loaded().id, first);
    EXPECT_EQ(editor().nameField()->text(), QStringLiteral("Changed"));
    ui::Confirm::setNextAnswer(true);
    EXPECT_TRUE(page->showTemplate(other));
    EXPECT_FALSE(editor().isModified());
}

TEST_P(TemplatesPageTest, AnEmployeeIsRefused)
{
    workspace->signOut();
    signInAs(QStringLiteral("sam.rivera@test.example"));
    editor().subjectField()->setText(QStringLiteral("Mine now"));
    const QString refused = page->save();
    EXPECT_TRUE(refused.contains(QStringLiteral("owner or an admin"))) << refused.toStdString();
    EXPECT_TRUE(validation().contains(QStringLiteral("owner or an admin")));
}
