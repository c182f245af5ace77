#pragma once

#include "core/kpi/kpiservice.h"
#include "tests/support/testbook.h"

// A small book whose third quarter of 2026 every KPI test computes by hand (tests/core/test_kpi.cpp
// gives the figures and why): Acme, Beta, Gamma, Delta and Epsilon, five deals around the
// quarter, three activities, two answers of feedback and a ¥50,000 revenue target.
struct Book2026Q3 : TestBook
{
    Book2026Q3()
        : TestBook(QDate(2026, 10, 15))
    { }

    static QDateTime at(int y, int m, int d, int hour = 12)
    {
        return QDateTime(QDate(y, m, d), QTime(hour, 0)).toUTC();
    }
    qint64 stage(const QString &code)
    {
        for (const salesdesk::Stage &s : book->pipeline().activeStages()) {
            if (s.code == code) {
                return s.id;
            }
        }
        FAIL("no stage " << code.toStdString());
        return 0;
    }
    qint64 deal(const QString &customer, qint64 yuan, const QDateTime &created)
    {
        salesdesk::Deal d;
        d.title = QStringLiteral("Deal %1").arg(++made);
        d.customerId = *book->customers().ensureCustomer(customer);
        d.valueMinor = yuan * 100;
        auto id = book->pipeline().addDeal(d, created);
        REQUIRE(id.ok());
        return *id;
    }
    void move(qint64 id, const QString &stageCode, const QDateTime &when)
    {
        REQUIRE(book->pipeline()
                        .moveDeal(id, {stage(stageCode), salesdesk::DealStatus::Open, 0, {}}, when)
                        .ok());
    }
    void close(qint64 id, salesdesk::DealStatus status, const QDateTime &when)
    {
        REQUIRE(book->pipeline().moveDeal(id, {0, status, 0, {}}, when).ok());
    }

    // The scenario; returns Acme's Q3 deal (the one activities and feedback hang on).
    qint64 fill()
    {
        using namespace salesdesk;
        using namespace Qt::Literals::StringLiterals;
        Book2026Q3 &b = *this;
        // Acme: created 20 Jun, won 10 Jul (20 days), ¥10,000; its first win was 30 Jun (¥4,000,
        // created 10 Apr: 81 days), so Acme is not new in Q3.
        const qint64 first = b.deal(u"Acme"_s, 4000, at(2026, 4, 10));
        b.close(first, DealStatus::Won, at(2026, 6, 30));
        const qint64 a = b.deal(u"Acme"_s, 10000, at(2026, 6, 20));
        b.close(a, DealStatus::Won, at(2026, 7, 10));
        // Beta: created 1 Jul, won 15 Aug (45 days), ¥30,000: a new customer.
        const qint64 beta = b.deal(u"Beta"_s, 30000, at(2026, 7, 1));
        b.close(beta, DealStatus::Won, at(2026, 8, 15));
        // Lost on 1 Sep.
        const qint64 c = b.deal(u"Gamma"_s, 5000, at(2026, 7, 5));
        b.close(c, DealStatus::Lost, at(2026, 9, 1));
        // Open at the quarter's end in Proposal (60 %), moved on to Negotiation (80 %) after it.
        const qint64 d = b.deal(u"Delta"_s, 20000, at(2026, 8, 1));
        b.move(d, u"proposal"_s, at(2026, 9, 10));
        b.move(d, u"negotiation"_s, at(2026, 10, 5));
        // A lead (10 %) at the quarter's end, lost after it.
        const qint64 e = b.deal(u"Epsilon"_s, 8000, at(2026, 9, 20));
        b.close(e, DealStatus::Lost, at(2026, 10, 2));
        // Activities: one done in Q3; one due 25 Sep still open (overdue at the quarter's end); one
        // due 28 Sep done on 3 Oct (overdue at the end, though done since).
        const auto activity = [&](const QDateTime &due, const QDateTime &done) {
            Activity x;
            x.subject = u"Call"_s;
            x.customerId = b.book->pipeline().dealSummary(a)->customerId;
            x.dueAt = due;
            x.done = done.isValid();
            x.doneAt = done;
            REQUIRE(b.book->activities().addActivity(x).ok());
        };
        activity(QDateTime(QDate(2026, 8, 3), QTime(10, 0)), at(2026, 8, 3));
        activity(QDateTime(QDate(2026, 9, 25), QTime(10, 0)), {});
        activity(QDateTime(QDate(2026, 9, 28), QTime(10, 0)), at(2026, 10, 3));
        // Feedback in Q3: 4 and 2 (CSAT 3.0); NPS 9 (a promoter) and 5 (a detractor): 0.
        for (const auto &[day, csat, nps] :
             {std::tuple {QDate(2026, 8, 10), 4, 9}, std::tuple {QDate(2026, 9, 10), 2, 5}}) {
            Feedback f;
            f.customerId = b.book->pipeline().dealSummary(a)->customerId;
            f.receivedOn = day;
            f.satisfaction = csat;
            f.nps = nps;
            REQUIRE(b.book->feedback().add(f).ok());
        }
        // The company's revenue target of exactly 2026Q3: ¥50,000.
        Target t;
        t.name = u"Revenue 2026Q3"_s;
        t.metric = Metric::Revenue;
        t.period = Period::quarter(2026, 3);
        t.value = 5000000;
        REQUIRE(b.book->targets().addTarget(t).ok());

        return a;
    }
    int made = 0;
};
