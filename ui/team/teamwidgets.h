#pragma once

#include <QAction>
#include <QHeaderView>
#include <QTableWidget>
#include <QTableWidgetItem>
#include <QToolButton>

namespace salesdesk::ui {

// The Team tab's tables show figures; nothing in them is edited in place.
inline QTableWidgetItem *readOnlyCell(const QString &text, Qt::Alignment align = Qt::AlignLeft)
{
    auto *i = new QTableWidgetItem(text);
    i->setTextAlignment(align | Qt::AlignVCenter);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return i;
}

// A table of such cells: whole rows chosen one at a time, nothing edited in place.
inline QTableWidget *figureTable(const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}

// A figure, right-aligned.
inline QTableWidgetItem *figureCell(const QString &text)
{
    return readOnlyCell(text, Qt::AlignRight);
}

// A text button for an action of the page's bar (the same action is in the Team menu).
inline QToolButton *actionButton(QAction *action)
{
    auto *b = new QToolButton;
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace salesdesk::ui
