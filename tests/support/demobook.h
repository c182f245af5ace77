#pragma once

#include "core/book/book.h"
#include "core/demo/demogenerator.h"
#include "tests/support/serverdatabase.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>

// The demo company, made as `salesdesk demo` makes it (a file) and opened with its clock on the
// demo's day. With SALESDESK_TEST_SERVER set (see TestBook), the file is copied into a new
// database on the throwaway server and that is the book the test reads.
struct DemoBook
{
    explicit DemoBook(const salesdesk::DemoGenerator::Options &options)
    {
        using namespace salesdesk;
        const QString file = dir.file(QStringLiteral("demo.salesdesk"));
        REQUIRE(DemoGenerator::generate(file, options).ok());
        auto opened = Book::open(file, Database::Access::ReadWrite, Clock::fixedOn(options.asOf));
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        book = std::move(opened).value();
        if (!qEnvironmentVariableIsSet("SALESDESK_TEST_SERVER")) {
            return;
        }
        server = std::make_unique<ServerDatabase>();
        auto created = Book::create(server->address(), {}, Clock::fixedOn(options.asOf));
        INFO(created.message().toStdString());
        REQUIRE(created.ok());
        const auto copied = book->copyInto(**created);
        INFO(copied.message().toStdString());
        REQUIRE(copied.ok());
        book = std::move(created).value();
    }

    salesdesk::Book *operator->() const { return book.get(); }
    salesdesk::Book &operator*() const { return *book; }

    TempDir dir;
    std::unique_ptr<ServerDatabase> server; // dropped after the book closes
    std::unique_ptr<salesdesk::Book> book;
};
