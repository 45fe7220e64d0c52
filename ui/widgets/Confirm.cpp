#include "widgets/Confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace consentric::ui {

bool Confirm::ask(QWidget *parent, const QString &title, const QString &text, const QString &action)
{
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *yes = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace consentric::ui
