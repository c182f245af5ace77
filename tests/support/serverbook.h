#pragma once

#include "core/book/book.h"
#include "core/customers/customerservice.h"
#include "core/pipeline/pipelineservice.h"
#include "tests/support/serverdatabase.h"

// A book made on the test server with one deal, "Fit-out" (¥12,000, customer Harbour Hotel) in
// the first stage: the deal's id, and the id of the Proposal stage.
inline std::pair<qint64, qint64> bookWithADeal(const ServerDatabase &server)
{
    using namespace Qt::Literals::StringLiterals;
    using namespace salesdesk;
    auto owner = Book::create(server.address(), {u"Acme"_s, u"CNY"_s, {}});
    REQUIRE(owner);
    CustomerRecord record;
    record.customer.name = u"Harbour Hotel"_s;
    auto customer = (*owner)->customers().add(record);
    REQUIRE(customer);
    Deal d;
    d.title = u"Fit-out"_s;
    d.customerId = *customer;
    d.valueMinor = 1200000;
    d.currency = u"CNY"_s;
    auto id = (*owner)->pipeline().addDeal(d);
    REQUIRE(id);
    return {*id, (*owner)->pipeline().activeStages().at(3).id};
}
