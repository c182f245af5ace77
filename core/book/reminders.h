#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace salesdesk {

class Book;

// Something to tell the user about now: an open activity falling due, or a customer's key date
// whose days of warning have begun. `key` names it for good (the activity, or the key date and
// the day it falls on), so a reminder is given once.
struct Reminder
{
    QString key;
    QDateTime due; // local; the day at midnight for a key date
    QString title;
    QString text;
};

// What the window reminds of while SalesDesk runs (a desktop notification). Open activities due
// from the start of today to `lead` after `now` (those missed earlier today too), soonest
// first; then the key dates whose warning covers today. Archived customers are left out.
class Reminders
{
    Q_DECLARE_TR_FUNCTIONS(Reminders)

public:
    static Result<QList<Reminder>> due(Book &book, const QDateTime &now, int leadMinutes = 15);
};

} // namespace salesdesk
