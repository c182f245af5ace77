#pragma once

#include "core/book/book.h"
#include "core/book/settings.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/customers/feedback.h"
#include "core/customers/segmentservice.h"
#include "core/pipeline/activityservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/targets/targetservice.h"
#include "core/team/teamservice.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>

// A new book in a folder of its own, opened the one way the app opens books (Book), with its
// clock pinned: tests never read the machine's clock for what they assert.
struct TestBook
{
    // The day most tests live on: a Monday in the middle of a quarter, far from any year end.
    static QDate defaultToday() { return QDate(2026, 5, 18); }

    explicit TestBook(const QDate &today = defaultToday(),
                      const QString &currency = QStringLiteral("CNY"),
                      const QString &fileName = QStringLiteral("book.salesdesk"))
    {
        auto created = salesdesk::Book::create(dir.file(fileName),
                                               {QStringLiteral("Test"), currency, {}},
                                               salesdesk::Clock::fixedOn(today));
        REQUIRE(created.ok());
        book = std::move(created).value();
    }

    salesdesk::Book *operator->() const { return book.get(); }
    salesdesk::Book &operator*() const { return *book; }
    QString path() const { return book->path(); }
    // Moves the book's clock to another day (noon local time).
    void setToday(const QDate &day) { book->setClock(salesdesk::Clock::fixedOn(day)); }

    TempDir dir;
    std::unique_ptr<salesdesk::Book> book;
};
