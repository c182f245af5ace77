// Two people at work on one book on a server.

#include "core/storage/database.h"
#include "core/storage/readahead.h"
#include "tests/support/serverbook.h"

using namespace Qt::Literals::StringLiterals;
using namespace salesdesk;

namespace {

// A book on the server with one deal, "Fit-out" (¥12,000), and two users of it.
struct TwoUsers
{
    ServerDatabase server;
    QString anna, ben;
    qint64 dealId = 0;

    TwoUsers()
    {
        dealId = bookWithADeal(server).first;
        anna = server.addUser(u"anna"_s);
        ben = server.addUser(u"ben"_s);
    }
    std::unique_ptr<Book> open(const QString &user)
    {
        auto book = Book::open(server.addressAs(user));
        INFO(book.message().toStdString());
        REQUIRE(book);
        return std::move(book).value();
    }
};

} // namespace

TEST_CASE("two users save one deal: the second is told who changed what, and nothing is lost",
          "[server]")
{
    TwoUsers team;
    auto anna = team.open(team.anna);
    auto ben = team.open(team.ben);
    auto annaOpened = anna->pipeline().deal(team.dealId);
    auto benOpened = ben->pipeline().deal(team.dealId);
    REQUIRE(annaOpened);
    REQUIRE(benOpened);
    CHECK(benOpened->version.number == 1);

    Deal annaEdit = *annaOpened;
    annaEdit.valueMinor = 2000000;
    REQUIRE(anna->pipeline().updateDeal(annaEdit));

    Deal benEdit = *benOpened;
    benEdit.title = u"Fit-out, two floors"_s;
    const Status refused = ben->pipeline().updateDeal(benEdit);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().conflict);
    CHECK(refused.error().kind == Error::Kind::Data); // the command line exits 2
    CHECK(refused.message().contains(team.anna));

    // Anna's change is there, Ben's is not (yet): nothing was overwritten.
    auto now = ben->pipeline().deal(team.dealId);
    REQUIRE(now);
    CHECK(now->valueMinor == 2000000);
    CHECK(now->title == u"Fit-out"_s);
    CHECK(now->version.number == 2);
    CHECK(now->version.changedBy == team.anna);

    auto conflict = ben->pipeline().dealConflict(*benOpened);
    REQUIRE(conflict);
    CHECK(conflict->changedBy == team.anna);
    CHECK(conflict->fields == QStringList {u"value"_s});

    // Ben's change on top of Anna's: both are kept.
    REQUIRE(ben->pipeline().updateDealOnTop(*benOpened, benEdit));
    now = anna->pipeline().deal(team.dealId);
    REQUIRE(now);
    CHECK(now->valueMinor == 2000000);
    CHECK(now->title == u"Fit-out, two floors"_s);
    CHECK(now->version.number == 3);
    CHECK(now->version.changedBy == team.ben);

    // The command line's moves check the version they read just as well: a move of a deal read
    // before Ben's save is refused.
    Deal stale = *annaOpened;
    stale.notes = u"Call back Monday"_s;
    CHECK(anna->pipeline().updateDeal(stale).error().conflict);
}

TEST_CASE("undo of one's edit after someone else changed the deal is refused", "[server]")
{
    TwoUsers team;
    auto anna = team.open(team.anna);
    auto ben = team.open(team.ben);

    auto before = anna->pipeline().snapshot(team.dealId);
    REQUIRE(before);
    Deal edit = before->deal;
    edit.valueMinor = 1500000;
    REQUIRE(anna->pipeline().updateDeal(edit));
    auto after = anna->pipeline().snapshot(team.dealId);
    REQUIRE(after);

    // Anna may undo and redo her own edit while nobody else touches the deal.
    REQUIRE(anna->pipeline().restoreDeal(team.dealId, *before, after->deal.version));
    CHECK(anna->pipeline().deal(team.dealId)->valueMinor == 1200000);
    REQUIRE(anna->pipeline().restoreDeal(team.dealId, *after, before->deal.version));
    CHECK(anna->pipeline().deal(team.dealId)->valueMinor == 1500000);

    auto benOpened = ben->pipeline().deal(team.dealId);
    REQUIRE(benOpened);
    Deal benEdit = *benOpened;
    benEdit.product = u"Carpets"_s;
    REQUIRE(ben->pipeline().updateDeal(benEdit));

    const Status undo = anna->pipeline().restoreDeal(team.dealId, *before, after->deal.version);
    REQUIRE_FALSE(undo);
    CHECK(undo.error().conflict);
    CHECK(undo.message().contains(team.ben));
    auto now = anna->pipeline().deal(team.dealId);
    REQUIRE(now);
    CHECK(now->valueMinor == 1500000);
    CHECK(now->product == u"Carpets"_s);
}

TEST_CASE("opening a book on a server asks whether it is one, and its version, in one exchange",
          "[server]")
{
    ServerDatabase server;
    // No book there yet: refused, and what was asked ahead of the version was not answered.
    const ReadAhead::Tally empty = ReadAhead::tally();
    auto none = Database::open(server.address());
    REQUIRE_FALSE(none);
    CHECK(none.message().contains(u"holds no SalesDesk book"_s));
    CHECK(ReadAhead::tally().asked - empty.asked == 1);
    CHECK(ReadAhead::tally().used - empty.used == 1);

    bookWithADeal(server);
    const ReadAhead::Tally before = ReadAhead::tally();
    auto db = Database::open(server.address());
    REQUIRE(db);
    const ReadAhead::Tally after = ReadAhead::tally();
    CHECK(after.asked - before.asked == 2);
    CHECK(after.used - before.used == 2);
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
}
