#include "core/book/book.h"

#include "core/book/bookusers.h"
#include "core/book/settings.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/customers/feedback.h"
#include "core/customers/segmentservice.h"
#include "core/evaluation/evaluationservice.h"
#include "core/forecast/pipelineforecast.h"
#include "core/kpi/kpiservice.h"
#include "core/market/marketservice.h"
#include "core/pipeline/activityservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/storage/bookcopy.h"
#include "core/storage/booklock.h"
#include "core/storage/serverwatch.h"
#include "core/storage/transaction.h"
#include "core/targets/targetservice.h"
#include "core/team/career.h"
#include "core/team/commissionservice.h"
#include "core/team/teamservice.h"
#include "core/team/training.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

Book::Book(std::unique_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

// Services go before the database they use: the members are destroyed in reverse order.
Book::~Book() = default;

// The one place the services are made: a new module is one line here (and its loading below).
void Book::wire()
{
    Database &db = *m_db;
    m_users = std::make_unique<BookUserRepository>(db.connection());
    m_settings = std::make_unique<BookSettings>(db);
    m_settings->declare({{companyNameKey(), SettingSpec::Kind::Text, QString(), 0, 0,
                          QT_TRANSLATE_NOOP("BookSettings", "The company's name.")}});
    m_currencies = std::make_unique<CurrencyService>(db, *m_settings);
    m_team = std::make_unique<TeamService>(db, m_clock);
    m_segments = std::make_unique<SegmentService>(db, *m_settings, *m_currencies, m_clock);
    m_customers = std::make_unique<CustomerService>(db, *m_segments, m_clock);
    m_feedback = std::make_unique<FeedbackService>(db, m_clock);
    m_pipeline
            = std::make_unique<PipelineService>(db, *m_customers, *m_team, *m_currencies, m_clock);
    m_activities = std::make_unique<ActivityService>(db, m_clock);
    m_targets = std::make_unique<TargetService>(db, *m_team, *m_currencies, *m_settings, m_clock);
    m_kpi = std::make_unique<KpiService>(db, *m_targets, *m_feedback, *m_pipeline, *m_currencies,
                                         m_clock);
    m_commission = std::make_unique<CommissionService>(db, *m_team, *m_pipeline, *m_targets, *m_kpi,
                                                       *m_currencies, m_clock);
    m_training = std::make_unique<TrainingService>(db, *m_team, *m_kpi, m_clock);
    m_career = std::make_unique<CareerService>(db, *m_team, *m_kpi, m_clock);
    m_market = std::make_unique<MarketService>(db, *m_kpi, *m_targets, m_clock);
    m_evaluation = std::make_unique<EvaluationService>(
            db, *m_kpi, *m_targets, *m_team, *m_customers, *m_feedback, *m_commission, m_clock);
    m_pipelineForecast = std::make_unique<forecast::PipelineForecaster>(db, *m_kpi, *m_pipeline,
                                                                        *m_targets, m_clock);
    // A deal may name a competitor the register does not have yet: the deal adds it.
    connect(m_pipeline.get(), &PipelineService::competitorsAdded, m_market.get(),
            &MarketService::refreshCompetitors);
}

Status Book::load()
{
    // On a server the lists below are asked in one exchange (they are read again at every
    // reload, when others change the book).
    const ReadAhead ahead(m_db->connection(),
                          BookSettings::loadReads() + CurrencyService::loadReads()
                                  + TeamService::loadReads() + PipelineService::loadReads());
    // Settings first: the home currency and the rules are read from them.
    if (auto st = m_settings->load(); !st) {
        return st;
    }
    if (auto st = m_currencies->load(); !st) {
        return st;
    }
    if (auto st = m_team->load(); !st) {
        return st;
    }
    if (auto st = m_customers->load(); !st) {
        return st;
    }
    if (auto st = m_commission->load(); !st) {
        return st;
    }
    if (auto st = m_training->load(); !st) {
        return st;
    }
    if (auto st = m_market->load(); !st) {
        return st;
    }
    return m_pipeline->load();
}

Result<std::unique_ptr<Book>> Book::adopt(Result<std::unique_ptr<Database>> db, const Clock &clock)
{
    if (!db) {
        return db.error();
    }
    std::unique_ptr<Book> book(new Book(std::move(db).value(), clock));
    book->wire();
    if (auto st = book->load(); !st) {
        return st.error();
    }
    return book;
}

bool Book::readOnlyHere(const QString &path)
{
    return BookLock::readOnlyHere(path);
}

Result<std::unique_ptr<Book>> Book::open(const QString &path, Database::Access access,
                                         const Clock &clock)
{
    return adopt(Database::open(path, access), clock);
}

Result<std::unique_ptr<Book>>
Book::create(const QString &path, const Database::CreateOptions &options, const Clock &clock)
{
    return adopt(Database::create(path, options), clock);
}

QString Book::companyNameKey()
{
    return u"company.name"_s;
}

std::unique_ptr<ReadAhead> Book::readAheadOfCustomer(qint64 customerId) const
{
    QList<SqlStatement> reads = PipelineService::customerReads(customerId);
    reads += ActivityService::customerReads(customerId);
    reads += FeedbackService::customerReads(customerId);
    reads += CustomerService::customerReads(customerId);
    reads += m_segments->customerReads(customerId);
    return std::make_unique<ReadAhead>(m_db->connection(), reads);
}

QString Book::companyName() const
{
    return m_settings->value(companyNameKey());
}

Status Book::inOneEdit(const std::function<Status()> &edit)
{
    Status result;
    {
        Transaction tx(m_db->connection());
        if (!tx.active()) {
            return tx.beginStatus();
        }
        result = edit();
        if (result) {
            result = tx.commit();
        }
    }
    if (!result) {
        // Rolled back: what the services took in of it is gone from the book.
        if (auto st = reload(); !st) {
            qWarning("Could not read the book again: %s", qPrintable(st.message()));
        }
    }
    return result;
}

Status Book::copyInto(Book &target, const std::function<void(qint64, qint64)> &progress)
{
    if (auto st = copyBook(*m_db, *target.m_db, progress); !st) {
        return st;
    }
    return target.reload();
}

Status Book::addUser(const BookUser &user, const QString &password)
{
    return m_users->add(user, password);
}

Result<QList<BookUser>> Book::users() const
{
    return m_users->users();
}

qint64 Book::ownRepId() const
{
    if (!m_ownRepId) {
        auto me = m_users->signedIn();
        if (!me) {
            qWarning("Could not read who is signed in: %s", qPrintable(me.error().message));
            return 0;
        }
        m_ownRepId = *me && (*me)->kind != UserKind::Owner ? (*me)->repId : 0;
    }
    return *m_ownRepId;
}

void Book::followChangesElsewhere()
{
    if (m_watch || m_db->engine() != Engine::PostgreSQL) {
        return;
    }
    m_watch = new ServerWatch(*m_db, this);
    connect(m_watch, &ServerWatch::changedElsewhere, this, [this](const QStringList &tables) {
        if (auto st = reload(); !st) {
            qWarning("Could not read others' changes: %s", qPrintable(st.message()));
            return;
        }
        emit changedElsewhere(tables);
    });
}

Status Book::reload()
{
    auto st = load();
    emit reloaded();
    return st;
}

} // namespace salesdesk
