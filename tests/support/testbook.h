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
#include "tests/support/serverdatabase.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>

// A new book in a folder of its own, opened the one way the app opens books (Book), with its
// clock pinned: tests never read the machine's clock for what they assert.
//
// With SALESDESK_TEST_SERVER set (ctest's "server core: " run), the book is a new database on
// the throwaway PostgreSQL server instead: the same module tests, the other engine. Tests about
// the file itself (its bytes, backups beside it, SQLite's own answers) carry the tag [file] and
// are left out of that run.
struct TestBook
{
    static bool onServer() { return qEnvironmentVariableIsSet("SALESDESK_TEST_SERVER"); }

    // The day most tests live on: a Monday in the middle of a quarter, far from any year end.
    static QDate defaultToday() { return QDate(2026, 5, 18); }

    explicit TestBook(const QDate &today = defaultToday(),
                      const QString &currency = QStringLiteral("CNY"),
                      const QString &fileName = QStringLiteral("book.salesdesk"))
    {
        if (onServer()) {
            server = std::make_unique<ServerDatabase>();
        }
        auto created = salesdesk::Book::create(server ? server->address() : dir.file(fileName),
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
    std::unique_ptr<ServerDatabase> server; // dropped after the book closes
    std::unique_ptr<salesdesk::Book> book;
};
