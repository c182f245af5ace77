#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/storage/database.h"
#include "core/storage/readahead.h"

#include <QObject>

#include <functional>
#include <memory>

namespace salesdesk {

class ActivityService;
class BookSettings;
class CareerService;
class CommissionService;
class CurrencyService;
class CustomerService;
class FeedbackService;
class KpiService;
class MarketService;
class EvaluationService;
class PipelineService;
class ServerWatch;
class BookUserRepository;
struct BookUser;
class SegmentService;
class TargetService;
class TeamService;
class TrainingService;
namespace forecast {
class PipelineForecaster;
}

// 账簿: one open company file and every service over it, wired in one place (Book::wire) and
// loaded once. The window, every command of the command line and the tests open a book this way
// and ask it for the services; nothing else opens the database or builds a service.
class Book : public QObject
{
    Q_OBJECT

public:
    // Opens an existing book (migrating an older one after a backup copy).
    static Result<std::unique_ptr<Book>> open(const QString &path,
                                              Database::Access access = Database::Access::ReadWrite,
                                              const Clock &clock = {});
    // Whether this user can only read the book where it is (its file or folder may not be
    // written): it cannot be opened to change, but a copy of it can be saved elsewhere.
    static bool readOnlyHere(const QString &path);
    // Creates a new book; refuses to overwrite a file.
    static Result<std::unique_ptr<Book>> create(const QString &path,
                                                const Database::CreateOptions &options = {},
                                                const Clock &clock = {});
    ~Book() override;

    Database &database() { return *m_db; }
    const QString &path() const { return m_db->path(); }
    const Clock &clock() const { return m_clock; }
    // Every service reads the new clock from then on (tests pin a day; a demo writes as of one).
    void setClock(const Clock &clock) { m_clock = clock; }

    // Everything a view of one customer reads (its deals and their stages, activities, feedback,
    // contacts, key dates, segment facts and history), asked ahead in one exchange on a server
    // while what this returns lives: read the customer's figures through the services then.
    std::unique_ptr<ReadAhead> readAheadOfCustomer(qint64 customerId) const;

    // The company's name (a setting: company.name).
    QString companyName() const;
    static QString companyNameKey();

    BookSettings &settings() { return *m_settings; }
    CurrencyService &currencies() { return *m_currencies; }
    TeamService &team() { return *m_team; }
    SegmentService &segments() { return *m_segments; }
    CustomerService &customers() { return *m_customers; }
    FeedbackService &feedback() { return *m_feedback; }
    PipelineService &pipeline() { return *m_pipeline; }
    ActivityService &activities() { return *m_activities; }
    TargetService &targets() { return *m_targets; }
    KpiService &kpi() { return *m_kpi; }
    CommissionService &commission() { return *m_commission; }
    TrainingService &training() { return *m_training; }
    CareerService &career() { return *m_career; }
    MarketService &market() { return *m_market; }
    EvaluationService &evaluation() { return *m_evaluation; }
    forecast::PipelineForecaster &pipelineForecast() { return *m_pipelineForecast; }

    // The people of a book on a team server and what each of them is (bookusers.h); a file has
    // none, and refuses to get any.
    Status addUser(const BookUser &user, const QString &password = {});
    Result<QList<BookUser>> users() const;
    // The rep the person signed in works as, the owner their new deals get by default: a rep's
    // or a manager's own (a team server lets them add no deal for nobody); 0 for an owner, in a
    // file, or for someone the book does not list. Read once.
    qint64 ownRepId() const;

    // On a team server: from now on, changes others commit are read in as they come (within a
    // second or two), and changedElsewhere() says so after reloaded(). Nothing for a file.
    void followChangesElsewhere();

    // Reads everything again after a change written past the services (an import or its undo,
    // a merge of customers) and tells every view to start over.
    Status reload();
    // Every row of this book copied into `target` (a new file, or a book on a server moving up
    // or back), which is emptied first and then reloaded: all of it or nothing (copyBook).
    Status copyInto(Book &target, const std::function<void(qint64, qint64)> &progress = {});

    // Runs `edit` — several services' changes — as one transaction: all of it is kept, or
    // none (and the services read the book again, dropping what they had taken in).
    Status inOneEdit(const std::function<Status()> &edit);

signals:
    void reloaded();
    // Others' changes were read in (followChangesElsewhere), to these tables.
    void changedElsewhere(const QStringList &tables);

private:
    explicit Book(std::unique_ptr<Database> db, const Clock &clock);
    static Result<std::unique_ptr<Book>> adopt(Result<std::unique_ptr<Database>> db,
                                               const Clock &clock);
    void wire();
    Status load();

    std::unique_ptr<Database> m_db;
    Clock m_clock;
    ServerWatch *m_watch = nullptr;
    mutable std::optional<qint64> m_ownRepId;
    std::unique_ptr<BookUserRepository> m_users;
    std::unique_ptr<BookSettings> m_settings;
    std::unique_ptr<CurrencyService> m_currencies;
    std::unique_ptr<TeamService> m_team;
    std::unique_ptr<SegmentService> m_segments;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<FeedbackService> m_feedback;
    std::unique_ptr<PipelineService> m_pipeline;
    std::unique_ptr<ActivityService> m_activities;
    std::unique_ptr<TargetService> m_targets;
    std::unique_ptr<KpiService> m_kpi;
    std::unique_ptr<CommissionService> m_commission;
    std::unique_ptr<TrainingService> m_training;
    std::unique_ptr<CareerService> m_career;
    std::unique_ptr<MarketService> m_market;
    std::unique_ptr<EvaluationService> m_evaluation;
    std::unique_ptr<forecast::PipelineForecaster> m_pipelineForecast;
};

} // namespace salesdesk
