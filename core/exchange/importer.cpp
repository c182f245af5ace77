#include "importer.h"

#include "common/money.h"
#include "pipeline/pipelinerepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QFile>
#include <QSaveFile>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

constexpr qint64 WonStage = -1;
constexpr qint64 LostStage = -2;

// Names compared without regard to case. toLower() rather than toCaseFolded(): the same for
// the names of customers, reps and stages, and it returns the string itself, unallocated, when
// nothing changes (a Chinese name, a lower-case code).
QString key(const QString &text)
{
    return text.trimmed().toLower();
}

// Phone numbers compared by their digits, so "138 0000 0001" and "+86 13800000001" both end
// the same way: the last 11 digits (a Chinese mobile number, or a full number elsewhere).
QString phoneKey(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    return digits.size() > 11 ? digits.right(11) : digits;
}

// The stage names of the four CRMs (and the usual Chinese ones) → a built-in stage code, or
// "won" / "lost".
const QHash<QString, QString> &knownStageNames()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> h;
        const auto add = [&h](const char *code, std::initializer_list<const char *> texts) {
            for (const char *t : texts) {
                h.insert(key(QString::fromUtf8(t)), QString::fromUtf8(code));
            }
        };
        add("lead", {"lead", "leads", "lead in", "new", "appointmentscheduled",
                     "appointment scheduled", "qualification", "线索", "潜在客户", "新建"});
        add("initial_contact", {"initial contact", "contact made", "qualified", "qualifiedtobuy",
                                "qualified to buy", "contacted", "初步接触", "初次接触", "已联系"});
        add("needs_analysis",
            {"needs analysis", "needs defined", "demo scheduled", "presentationscheduled",
             "presentation scheduled", "value proposition", "id. decision makers",
             "perception analysis", "需求分析", "需求确认"});
        add("proposal",
            {"proposal", "proposal & demo", "proposal made", "proposition", "proposal/price quote",
             "decisionmakerboughtin", "decision maker bought-in", "方案报价", "报价", "方案演示"});
        add("negotiation",
            {"negotiation", "negotiation & contract", "negotiations started", "negotiation/review",
             "contractsent", "contract sent", "商务谈判", "谈判", "谈判签约"});
        add("won",
            {"won", "closed won", "closedwon", "closed-won", "赢单", "成交", "已成交", "签约"});
        add("lost", {"lost", "closed lost", "closedlost", "closed-lost",
                     "closed lost to competition", "输单", "丢单", "失败"});
        return h;
    }();
    return names;
}

std::optional<DealStatus> statusFromText(const QString &text)
{
    const QString k = key(text);
    if (k.isEmpty() || k == "open"_L1 || k == u"进行中"_s || k == u"跟进中"_s) {
        return DealStatus::Open;
    }
    if (k == "won"_L1 || k == "closed won"_L1 || k == u"赢单"_s || k == u"成交"_s
        || k == u"已成交"_s) {
        return DealStatus::Won;
    }
    if (k == "lost"_L1 || k == "closed lost"_L1 || k == u"输单"_s || k == u"丢单"_s) {
        return DealStatus::Lost;
    }
    return std::nullopt;
}

std::optional<ActivityKind> activityKindFromText(const QString &text)
{
    const QString k = key(text);
    if (k.isEmpty()) {
        return ActivityKind::Task;
    }
    if (auto kind = PipelineText::activityKind(k)) {
        return kind;
    }
    static const QHash<QString, ActivityKind> names = {
            {u"phone call"_s, ActivityKind::Call}, {u"电话"_s, ActivityKind::Call},
            {u"致电"_s, ActivityKind::Call},       {u"lunch"_s, ActivityKind::Meeting},
            {u"会议"_s, ActivityKind::Meeting},    {u"会面"_s, ActivityKind::Meeting},
            {u"拜访"_s, ActivityKind::Visit},      {u"上门拜访"_s, ActivityKind::Visit},
            {u"邮件"_s, ActivityKind::Email},      {u"演示"_s, ActivityKind::Demo},
            {u"deadline"_s, ActivityKind::Task},   {u"to-do"_s, ActivityKind::Task},
            {u"todo"_s, ActivityKind::Task},       {u"任务"_s, ActivityKind::Task},
            {u"待办"_s, ActivityKind::Task},
    };
    const auto at = names.constFind(k);
    if (at != names.cend()) {
        return *at;
    }
    for (auto kind : PipelineText::activityKinds()) {
        if (key(PipelineText::name(kind)) == k) {
            return kind;
        }
    }
    return std::nullopt;
}

CustomerKind customerKindFromText(const QString &text)
{
    const QString k = key(text);
    return k == "individual"_L1 || k == "person"_L1 || k == u"个人"_s || k == "false"_L1
                           || k == key(PipelineText::name(CustomerKind::Individual))
                   ? CustomerKind::Individual
                   : CustomerKind::Company;
}

DealSource dealSourceFromText(const QString &text)
{
    const QString k = key(text);
    if (k.isEmpty()) {
        return DealSource::None;
    }
    for (auto s : PipelineText::dealSources()) {
        if (PipelineText::code(s) == k || key(PipelineText::name(s)) == k) {
            return s;
        }
    }
    return DealSource::Other;
}

QDateTime noonUtc(const QDate &date)
{
    return QDateTime(date, QTime(12, 0)).toUTC();
}

} // namespace

bool ImportJournal::isEmpty() const
{
    return reps.isEmpty() && customers.isEmpty() && contacts.isEmpty() && deals.isEmpty()
           && activities.isEmpty() && customersBefore.isEmpty() && contactsBefore.isEmpty()
           && dealsBefore.isEmpty() && activitiesBefore.isEmpty();
}

// The book as far as the rows need it, kept current while rows are processed (so a dry run
// sees the customers that earlier rows would create).
struct Importer::State
{
    explicit State(QSqlDatabase db)
        : book(db)
        , stagesRepo(db)
        , parties(db)
        , deals(db)
        , activities(db)
        , contacts(db)
    { }

    BookRepository book;
    StageRepository stagesRepo;
    PartyRepository parties;
    DealRepository deals;
    ActivityRepository activities;
    ContactRepository contacts;

    QString currency;
    QList<Stage> stages; // open stages by position
    QHash<QString, qint64> stageByName;
    QHash<QString, qint64> lostReasonByName;
    qint64 otherLostReason = 0;

    QHash<qint64, Customer> customers;
    QHash<QString, qint64> customerByName, customerByEmail, customerByPhone;
    QHash<QString, qint64> customerByExactName; // the name as written: no case folding needed
    qint64 findCustomer(const QString &name) const
    {
        if (qint64 id = customerByExactName.value(name)) {
            return id;
        }
        return customerByName.value(key(name));
    }
    QHash<QString, qint64> repByName;
    QHash<qint64, QList<Contact>> contactsOf;
    QHash<QString, qint64> dealByKey; // customer id + '\x1f' + title key
    QHash<QString, qint64> activityByKey;
    qint64 nextFakeId = -1000; // ids of rows a dry run pretends to create
    // New deals and their history, written a few hundred at a time.
    qint64 nextDealId = 0;
    QList<Deal> pendingDeals;
    QList<StageChange> pendingHistory;
    Status flush()
    {
        if (auto st = deals.insertMany(pendingDeals); !st) {
            return st;
        }
        if (auto st = deals.appendHistoryMany(pendingHistory); !st) {
            return st;
        }
        pendingDeals.clear();
        pendingHistory.clear();
        return {};
    }

    Status load();
    void rememberCustomer(const Customer &c);
    void rememberContact(const Contact &c);
};

Status Importer::State::load()
{
    auto cur = book.property(u"currency"_s);
    currency = cur ? *cur : u"CNY"_s;
    auto all = stagesRepo.stages();
    if (!all) {
        return all.error();
    }
    for (const Stage &s : std::as_const(*all)) {
        if (s.archived) {
            continue;
        }
        stages.append(s);
        for (const QString &name : {s.code, s.customName, s.displayName()}) {
            if (!name.isEmpty()) {
                stageByName.insert(key(name), s.id);
            }
        }
    }
    if (stages.isEmpty()) {
        return Error::user(Importer::tr("The book has no stages to put deals in."));
    }
    auto reasons = stagesRepo.lostReasons();
    if (!reasons) {
        return reasons.error();
    }
    for (const LostReason &r : std::as_const(*reasons)) {
        for (const QString &name : {r.code, r.customName, r.displayName()}) {
            if (!name.isEmpty()) {
                lostReasonByName.insert(key(name), r.id);
            }
        }
        if (r.code == "other"_L1) {
            otherLostReason = r.id;
        }
    }
    auto reps = parties.reps();
    if (!reps) {
        return reps.error();
    }
    for (const Rep &r : std::as_const(*reps)) {
        repByName.insert(key(r.name), r.id);
    }
    auto cs = parties.customers();
    if (!cs) {
        return cs.error();
    }
    for (const Customer &c : std::as_const(*cs)) {
        rememberCustomer(c);
    }
    auto people = contacts.contacts();
    if (!people) {
        return people.error();
    }
    for (const Contact &c : std::as_const(*people)) {
        rememberContact(c);
    }
    return {};
}

void Importer::State::rememberCustomer(const Customer &c)
{
    customers.insert(c.id, c);
    customerByName.insert(key(c.name), c.id);
    customerByExactName.insert(c.name, c.id);
    if (!c.email.isEmpty()) {
        customerByEmail.insert(key(c.email), c.id);
    }
    if (const QString p = phoneKey(c.phone); !p.isEmpty()) {
        customerByPhone.insert(p, c.id);
    }
}

void Importer::State::rememberContact(const Contact &c)
{
    auto &list = contactsOf[c.customerId];
    const auto at = std::find_if(list.begin(), list.end(),
                                 [&](const Contact &o) { return o.id == c.id; });
    if (at != list.end()) {
        *at = c;
    } else {
        list.append(c);
    }
    if (!c.email.isEmpty()) {
        customerByEmail.insert(key(c.email), c.customerId);
    }
    if (const QString p = phoneKey(c.phone); !p.isEmpty()) {
        customerByPhone.insert(p, c.customerId);
    }
}

Importer::Importer(Database &database, ImportOptions options)
    : m_database(database)
    , m_options(std::move(options))
{ }

Importer::~Importer() = default;

Result<ImportReport> Importer::dryRun(const CsvTable &table, const Progress &progress)
{
    return process(table, false, nullptr, progress);
}

Result<ImportReport> Importer::run(const CsvTable &table, ImportJournal *journal,
                                   const Progress &progress)
{
    return process(table, true, journal, progress);
}

Result<ImportReport> Importer::process(const CsvTable &table, bool write, ImportJournal *journal,
                                       const Progress &progress)
{
    ImportReport report;
    const ImportSource source = m_options.source == ImportSource::Auto
                                        ? ImportColumns::detect(table.header)
                                        : m_options.source;
    report.source = ImportColumns::code(source);
    const auto mapping = m_options.mapping.isEmpty()
                                 ? ImportColumns::map(table.header, m_options.entity, source)
                                 : m_options.mapping;
    QHash<Field, qsizetype> column;
    for (qsizetype i = 0; i < mapping.size() && i < table.header.size(); ++i) {
        if (mapping[i] && !column.contains(*mapping[i])) {
            column.insert(*mapping[i], i);
        }
    }
    const auto has = [&](Field f) {
        return column.contains(f);
    };
    for (Field f : ImportColumns::required(m_options.entity)) {
        const bool nameParts
                = f == Field::ContactName && (has(Field::FirstName) || has(Field::LastName));
        if (!has(f) && !nameParts) {
            return Error::data(tr("No column holds the %1; map one to import %2.")
                                       .arg(ImportColumns::name(f),
                                            ImportColumns::name(m_options.entity).toLower()));
        }
    }

    // The date order of each date column, decided from the whole column.
    QHash<Field, DateOrder> dateOrder;
    for (Field f :
         {Field::CreatedAt, Field::ExpectedClose, Field::ClosedAt, Field::DueAt, Field::DoneAt}) {
        if (!has(f)) {
            continue;
        }
        DateOrder order = m_options.dateOrder;
        if (order == DateOrder::Auto || order == DateOrder::Ambiguous) {
            QStringList values;
            values.reserve(table.rows.size());
            for (const auto &row : table.rows) {
                values.append(row[column[f]]);
            }
            order = ImportValues::detectOrder(values);
            if (order == DateOrder::Ambiguous) {
                report.ambiguousDateColumns.append(table.header[column[f]]);
            }
        }
        dateOrder.insert(f, order);
    }

    QSqlDatabase db = m_database.connection();
    State st(db);
    if (auto loaded = st.load(); !loaded) {
        return loaded.error();
    }
    std::optional<Transaction> transaction;
    if (write) {
        transaction.emplace(db);
        if (!transaction->active()) {
            return transaction->beginStatus().error();
        }
    }
    ImportJournal local;
    ImportJournal &j = journal ? *journal : local;
    j = {};
    const QDateTime now = QDateTime::currentDateTimeUtc();

    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (progress && r % 500 == 0 && !progress(int(r), int(table.rows.size()))) {
            report.cancelled = true;
            j = {};
            return report; // the transaction rolls back
        }
        const QStringList &row = table.rows[r];
        const int line = table.lines.value(r);
        ++report.read;
        QList<ImportProblem> problems;
        const auto text = [&](Field f) -> QString {
            return has(f) ? row[column.value(f)] : QString(); // trimmed when read
        };
        const auto problem = [&](Field f, const QString &message) {
            problems.append({line, has(f) ? table.header[column[f]] : QString(), message});
        };
        const auto dateOf = [&](Field f) -> std::optional<QDate> {
            const QString t = text(f);
            if (t.isEmpty()) {
                return std::nullopt;
            }
            auto d = ImportValues::date(t, dateOrder.value(f));
            if (!d) {
                problem(f, d.message());
                return std::nullopt;
            }
            return *d;
        };
        // A date column as a point in time: an ISO timestamp keeps its time ("…T08:30:00Z",
        // as SalesDesk exports), a plain date means noon that day.
        const auto whenOf = [&](Field f) -> std::optional<QDateTime> {
            const QString t = text(f);
            if (t.size() > 10 && t[4] == u'-' && t[10] == u'T') {
                const QDateTime exact = QDateTime::fromString(t, Qt::ISODate);
                if (exact.isValid()) {
                    return exact.toUTC();
                }
            }
            const auto d = dateOf(f);
            return d ? std::optional<QDateTime>(noonUtc(*d)) : std::nullopt;
        };
        const auto contactName = [&]() -> QString {
            QString name = text(Field::ContactName);
            if (name.isEmpty()) {
                const QString first = text(Field::FirstName), last = text(Field::LastName);
                const bool cjk = !last.isEmpty() && last.front().script() == QChar::Script_Han;
                name = cjk ? last + first : QStringList {first, last}.join(u' ').trimmed();
            }
            return name;
        };
        // Finds the rep named in the Owner column, creating it.
        const auto ownerId = [&]() -> Result<qint64> {
            const QString name = text(Field::Owner);
            if (name.isEmpty()) {
                return qint64(0);
            }
            if (qint64 id = st.repByName.value(key(name))) {
                return id;
            }
            qint64 id = st.nextFakeId--;
            if (write) {
                auto made = st.parties.insertRep({0, name, true}, now);
                if (!made) {
                    return made;
                }
                id = *made;
                j.reps.append(id);
            }
            st.repByName.insert(key(name), id);
            return id;
        };
        // Finds the customer by name (then email, phone), creating it when `create`.
        const auto customerId = [&](const QString &name, bool create) -> Result<qint64> {
            if (qint64 id = st.findCustomer(name)) {
                return id;
            }
            if (!create) {
                return qint64(0);
            }
            Customer c;
            c.name = name;
            c.contactPerson = contactName();
            c.phone = text(Field::Phone);
            c.email = text(Field::Email);
            c.createdAt = now;
            c.id = st.nextFakeId--;
            if (write) {
                auto made = st.parties.insertCustomer(c);
                if (!made) {
                    return made;
                }
                c.id = *made;
                j.customers.append(c.id);
            }
            st.rememberCustomer(c);
            return c.id;
        };
        const auto fail = [&](const Error &e) -> Result<ImportReport> {
            return Error {e.kind, tr("Line %1: %2").arg(line).arg(e.message)};
        };

        enum class Outcome { Imported, Updated, Skipped, Rejected } outcome = Outcome::Imported;

        switch (m_options.entity) {
        case ImportEntity::Customers: {
            const QString name = text(Field::CustomerName);
            if (name.isEmpty()) {
                problem(Field::CustomerName, tr("the customer has no name"));
                break;
            }
            const auto created = whenOf(Field::CreatedAt);
            if (!problems.isEmpty()) {
                break;
            }
            qint64 existing = st.findCustomer(name);
            if (!existing && !text(Field::Email).isEmpty()) {
                existing = st.customerByEmail.value(key(text(Field::Email)));
            }
            if (!existing && !phoneKey(text(Field::Phone)).isEmpty()) {
                existing = st.customerByPhone.value(phoneKey(text(Field::Phone)));
            }
            if (existing && m_options.duplicates == DuplicatePolicy::Skip) {
                outcome = Outcome::Skipped;
                break;
            }
            auto owner = ownerId();
            if (!owner) {
                return fail(owner.error());
            }
            const bool update = existing && m_options.duplicates == DuplicatePolicy::Update;
            Customer c = update ? st.customers.value(existing) : Customer {};
            const Customer before = c;
            const auto set = [&](Field f, QString &target) {
                if (!text(f).isEmpty()) {
                    target = text(f);
                }
            };
            c.name = update ? c.name : name;
            if (has(Field::CustomerKind) && !text(Field::CustomerKind).isEmpty()) {
                c.kind = customerKindFromText(text(Field::CustomerKind));
            }
            set(Field::Industry, c.industry);
            set(Field::Region, c.region);
            set(Field::Address, c.address);
            set(Field::CustomerSource, c.source);
            set(Field::ServiceNotes, c.serviceNotes);
            if (!text(Field::Tags).isEmpty()) {
                QStringList tags = c.tags;
                for (const QString &t : splitTags(text(Field::Tags))) {
                    if (!tags.contains(t, Qt::CaseInsensitive)) {
                        tags.append(t);
                    }
                }
                c.tags = tags;
            }
            if (*owner != 0) {
                c.ownerId = *owner;
            }
            if (const QString person = contactName(); !person.isEmpty()) {
                c.contactPerson = person;
            }
            set(Field::Phone, c.phone);
            set(Field::Email, c.email);
            if (!update) {
                c.createdAt = created ? *created : now;
                c.id = st.nextFakeId--;
            }
            if (write) {
                if (update) {
                    if (auto s = st.parties.updateCustomer(c); !s) {
                        return fail(s.error());
                    }
                    j.customersBefore.append(before);
                } else {
                    auto made = st.parties.insertCustomer(c);
                    if (!made) {
                        return fail(made.error());
                    }
                    c.id = *made;
                    j.customers.append(c.id);
                }
                // Role and WeChat belong to the primary contact the customer row just wrote.
                if (!text(Field::Role).isEmpty() || !text(Field::WeChat).isEmpty()) {
                    auto people = st.contacts.contacts(c.id);
                    if (!people) {
                        return fail(people.error());
                    }
                    for (Contact p : std::as_const(*people)) {
                        if (p.primary) {
                            set(Field::Role, p.role);
                            set(Field::WeChat, p.wechat);
                            if (auto s = st.contacts.update(p); !s) {
                                return fail(s.error());
                            }
                        }
                    }
                }
            }
            st.rememberCustomer(c);
            outcome = update ? Outcome::Updated : Outcome::Imported;
            break;
        }
        case ImportEntity::Contacts: {
            const QString person = contactName();
            const QString company = text(Field::CustomerName);
            if (person.isEmpty()) {
                problem(Field::ContactName, tr("the contact has no name"));
            }
            if (company.isEmpty()) {
                problem(Field::CustomerName, tr("the contact names no customer"));
            }
            const auto primary = ImportValues::flag(text(Field::Primary));
            if (!primary) {
                problem(Field::Primary, tr("“%1” is neither yes nor no").arg(text(Field::Primary)));
            }
            if (!problems.isEmpty()) {
                break;
            }
            auto customer = customerId(company, false);
            if (!customer) {
                return fail(customer.error());
            }
            qint64 cid = *customer;
            QList<Contact> &known = st.contactsOf[cid];
            const QString email = key(text(Field::Email));
            const QString phone = phoneKey(text(Field::Phone));
            auto match = std::find_if(known.begin(), known.end(), [&](const Contact &c) {
                return (!email.isEmpty() && key(c.email) == email)
                       || (!phone.isEmpty() && phoneKey(c.phone) == phone)
                       || key(c.name) == key(person);
            });
            const bool duplicate = cid != 0 && match != known.end();
            if (duplicate && m_options.duplicates == DuplicatePolicy::Skip) {
                outcome = Outcome::Skipped;
                break;
            }
            const bool update = duplicate && m_options.duplicates == DuplicatePolicy::Update;
            if (cid == 0) {
                auto made = customerId(company, true);
                if (!made) {
                    return fail(made.error());
                }
                cid = *made;
                // A customer made for this row already holds the row's person as its primary
                // contact.
                const Customer &c = st.customers[cid];
                Contact p;
                p.customerId = cid;
                p.name = c.contactPerson.isEmpty() ? c.name : c.contactPerson;
                p.phone = c.phone;
                p.email = c.email;
                p.primary = true;
                p.createdAt = now;
                p.id = st.nextFakeId--;
                if (write) {
                    auto people = st.contacts.contacts(cid);
                    if (!people) {
                        return fail(people.error());
                    }
                    if (!people->isEmpty()) {
                        p = people->first();
                        p.role = text(Field::Role);
                        p.wechat = text(Field::WeChat);
                        p.notes = text(Field::ContactNotes);
                        if (auto s = st.contacts.update(p); !s) {
                            return fail(s.error());
                        }
                    }
                }
                st.rememberContact(p);
                outcome = Outcome::Imported;
                break;
            }
            Contact c = update ? *match : Contact {};
            const Contact before = c;
            const auto set = [&](Field f, QString &target) {
                if (!text(f).isEmpty()) {
                    target = text(f);
                }
            };
            c.customerId = cid;
            if (!update) {
                c.name = person;
                c.createdAt = now;
                const bool hasPrimary = std::any_of(known.cbegin(), known.cend(),
                                                    [](const Contact &o) { return o.primary; });
                c.primary = !hasPrimary;
            }
            set(Field::Role, c.role);
            set(Field::Phone, c.phone);
            set(Field::Email, c.email);
            set(Field::WeChat, c.wechat);
            set(Field::ContactNotes, c.notes);
            if (write) {
                if (update) {
                    if (auto s = st.contacts.update(c); !s) {
                        return fail(s.error());
                    }
                    j.contactsBefore.append(before);
                } else {
                    auto made = st.contacts.insert(c);
                    if (!made) {
                        return fail(made.error());
                    }
                    c.id = *made;
                    j.contacts.append(c.id);
                }
            } else if (!update) {
                c.id = st.nextFakeId--;
            }
            st.rememberContact(c);
            outcome = update ? Outcome::Updated : Outcome::Imported;
            break;
        }
        case ImportEntity::Deals: {
            const QString title = text(Field::Title);
            const QString company = text(Field::CustomerName);
            if (title.isEmpty()) {
                problem(Field::Title, tr("the deal has no title"));
            }
            if (company.isEmpty()) {
                problem(Field::CustomerName, tr("the deal names no customer"));
            }
            QString currency = text(Field::Currency).toUpper();
            if (currency.isEmpty()) {
                currency = ImportValues::currencyOf(text(Field::Value)).value_or(st.currency);
                if (!currency::isValidCode(currency)) {
                    currency = st.currency;
                }
            } else if (!currency::isValidCode(currency)) {
                problem(Field::Currency, tr("“%1” is not a currency code").arg(currency));
                currency = st.currency;
            }
            qint64 value = 0;
            if (!text(Field::Value).isEmpty()) {
                auto v = ImportValues::amount(text(Field::Value), currency::decimals(currency));
                if (!v) {
                    problem(Field::Value, v.message());
                } else if (*v < 0) {
                    problem(Field::Value, tr("a deal cannot be worth less than nothing"));
                } else {
                    value = *v;
                }
            }
            // Stage and status: the stage column may itself say won or lost.
            auto status = statusFromText(text(Field::Status));
            if (!status) {
                problem(Field::Status,
                        tr("“%1” is not open, won or lost").arg(text(Field::Status)));
            }
            qint64 stageId = 0;
            if (const QString stageText = text(Field::Stage); !stageText.isEmpty()) {
                const QString k = key(stageText);
                qint64 id = m_options.stageMap.value(k, 0);
                if (!id) {
                    id = st.stageByName.value(k, 0);
                }
                if (!id) {
                    const QString code = knownStageNames().value(k);
                    if (code == "won"_L1) {
                        id = WonStage;
                    } else if (code == "lost"_L1) {
                        id = LostStage;
                    } else if (!code.isEmpty()) {
                        id = st.stageByName.value(code, 0);
                    }
                }
                if (id == WonStage || id == LostStage) {
                    if (status && *status == DealStatus::Open) {
                        status = id == WonStage ? DealStatus::Won : DealStatus::Lost;
                    }
                    stageId = st.stages.last().id;
                } else if (id) {
                    stageId = id;
                } else {
                    problem(Field::Stage, tr("the book has no stage “%1”").arg(stageText));
                    if (!report.unknownStages.contains(stageText)) {
                        report.unknownStages.append(stageText);
                    }
                }
            } else {
                stageId = status && *status != DealStatus::Open ? st.stages.last().id
                                                                : st.stages.first().id;
            }
            std::optional<int> probability;
            if (QString p = text(Field::Probability); !p.isEmpty()) {
                p.remove(u'%');
                bool ok = false;
                const double number = p.trimmed().toDouble(&ok);
                if (!ok || number < 0 || number > 100) {
                    problem(Field::Probability, tr("“%1” is not a probability from 0 to 100")
                                                        .arg(text(Field::Probability)));
                } else {
                    probability = int(std::lround(
                            number > 0 && number < 1 && p.contains(u'.') ? number * 100 : number));
                }
            }
            const auto expected = dateOf(Field::ExpectedClose);
            const auto created = whenOf(Field::CreatedAt);
            const auto closed = whenOf(Field::ClosedAt);
            if (!problems.isEmpty()) {
                break;
            }
            auto customer = customerId(company, false);
            if (!customer) {
                return fail(customer.error());
            }
            const QString dealKey = QString::number(*customer) + u'\x1f' + key(title);
            const qint64 existing = *customer ? st.dealByKey.value(dealKey) : 0;
            bool duplicate = existing != 0;
            if (!duplicate && *customer > 0 && m_options.duplicates != DuplicatePolicy::Create) {
                // The book's deals are looked up lazily: only those of customers the file names.
                auto theirs = st.deals.summariesForCustomer(*customer);
                if (!theirs) {
                    return fail(theirs.error());
                }
                for (const auto &d : std::as_const(*theirs)) {
                    st.dealByKey.insert(QString::number(*customer) + u'\x1f' + key(d.title), d.id);
                }
                duplicate = st.dealByKey.contains(dealKey);
            }
            if (duplicate && m_options.duplicates == DuplicatePolicy::Skip) {
                outcome = Outcome::Skipped;
                break;
            }
            auto owner = ownerId();
            if (!owner) {
                return fail(owner.error());
            }
            auto cid = customerId(company, true);
            if (!cid) {
                return fail(cid.error());
            }
            qint64 lostReason = 0;
            QString lostNote;
            if (*status == DealStatus::Lost) {
                const QString reason = text(Field::LostReason);
                lostReason = st.lostReasonByName.value(key(reason), st.otherLostReason);
                if (!st.lostReasonByName.contains(key(reason))) {
                    lostNote = reason;
                }
            }
            const bool update = duplicate && m_options.duplicates == DuplicatePolicy::Update;
            Deal d;
            QList<StageChange> historyBefore;
            if (update && write) {
                auto old = st.deals.deal(st.dealByKey.value(dealKey));
                if (!old) {
                    return fail(old.error());
                }
                d = *old;
                auto h = st.deals.history(d.id);
                if (!h) {
                    return fail(h.error());
                }
                historyBefore = *h;
            }
            const Deal before = d;
            d.title = update ? d.title : title;
            d.customerId = *cid;
            if (*owner) {
                d.ownerId = *owner;
            }
            if (has(Field::Value) || !update) {
                d.valueMinor = value;
                d.currency = currency;
            }
            if (expected) {
                d.expectedClose = *expected;
            }
            if (probability) {
                d.probability = probability;
            }
            const auto set = [&](Field f, QString &target) {
                if (!text(f).isEmpty()) {
                    target = text(f);
                }
            };
            set(Field::Product, d.product);
            set(Field::Competitor, d.competitor);
            set(Field::NextStep, d.nextStep);
            set(Field::Notes, d.notes);
            if (!text(Field::DealSource).isEmpty()) {
                d.source = dealSourceFromText(text(Field::DealSource));
            }
            const QDateTime createdAt = update ? d.createdAt : (created ? *created : now);
            QDateTime closedAt;
            if (*status != DealStatus::Open) {
                closedAt = closed ? *closed : (expected ? noonUtc(*expected) : createdAt);
                if (closedAt < createdAt) {
                    closedAt = createdAt;
                }
            }
            const bool moved = !update || d.stageId != stageId || d.status != *status;
            d.lostReasonId = lostReason;
            d.lostNote = lostNote;
            d.stageId = stageId;
            d.status = *status;
            d.closedAt = closedAt;
            d.serviceStatus = *status == DealStatus::Won
                                      ? (update && before.status == DealStatus::Won
                                                 ? d.serviceStatus
                                                 : ServiceStatus::Onboarding)
                                      : ServiceStatus::None;
            if (!update) {
                d.createdAt = createdAt;
            }
            QList<StageChange> added;
            if (moved) {
                const QDateTime enteredAt
                        = update ? (closedAt.isValid() ? std::max(closedAt, now) : now) : createdAt;
                added.append({0, 0, stageId, DealStatus::Open, enteredAt});
                if (*status != DealStatus::Open) {
                    added.last().enteredAt = update ? enteredAt : createdAt;
                    added.append({0, 0, stageId, *status, update ? enteredAt : closedAt});
                }
                if (update) {
                    added = {added.last()};
                }
                d.stageEnteredAt = added.last().enteredAt;
            }
            d.updatedAt = std::max({d.createdAt, d.stageEnteredAt, update ? now : d.createdAt});
            if (write) {
                if (update) {
                    if (auto s = st.deals.update(d); !s) {
                        return fail(s.error());
                    }
                    j.dealsBefore.append(before);
                    j.dealHistoriesBefore.append(historyBefore);
                    for (StageChange &c : added) {
                        c.dealId = d.id;
                        if (auto h = st.deals.appendHistory(c); !h) {
                            return fail(h.error());
                        }
                    }
                } else {
                    // New deals are written in bulk, with ids given here.
                    if (st.nextDealId == 0) {
                        auto next = st.deals.nextId();
                        if (!next) {
                            return fail(next.error());
                        }
                        st.nextDealId = *next;
                    }
                    d.id = st.nextDealId++;
                    j.deals.append(d.id);
                    for (StageChange &c : added) {
                        c.dealId = d.id;
                        st.pendingHistory.append(c);
                    }
                    st.pendingDeals.append(d);
                    if (st.pendingDeals.size() >= 512) {
                        if (auto flushed = st.flush(); !flushed) {
                            return fail(flushed.error());
                        }
                    }
                }
            } else if (!update) {
                d.id = st.nextFakeId--;
            }
            st.dealByKey.insert(QString::number(d.customerId) + u'\x1f' + key(d.title), d.id);
            outcome = update ? Outcome::Updated : Outcome::Imported;
            break;
        }
        case ImportEntity::Activities: {
            const QString subject = text(Field::Subject);
            if (subject.isEmpty()) {
                problem(Field::Subject, tr("the activity has no subject"));
            }
            const auto kind = activityKindFromText(text(Field::ActivityKind));
            if (!kind) {
                problem(Field::ActivityKind,
                        tr("“%1” is not a kind of activity").arg(text(Field::ActivityKind)));
            }
            const auto due = dateOf(Field::DueAt);
            if (!due && text(Field::DueAt).isEmpty()) {
                problem(Field::DueAt, tr("the activity has no due date"));
            }
            const auto doneAt = whenOf(Field::DoneAt);
            auto done = ImportValues::flag(text(Field::Done));
            if (!done) {
                problem(Field::Done, tr("“%1” is neither yes nor no").arg(text(Field::Done)));
            }
            if (!problems.isEmpty()) {
                break;
            }
            const bool isDone = *done || doneAt.has_value();
            // The time of day, when the due column has one ("2026-09-12 14:30").
            QTime dueTime(9, 0);
            {
                const QString t = text(Field::DueAt);
                const qsizetype colon = t.indexOf(u':');
                if (colon >= 2) {
                    const QTime parsed
                            = QTime::fromString(t.mid(colon - 2, 5).trimmed(), u"HH:mm"_s);
                    if (parsed.isValid()) {
                        dueTime = parsed;
                    }
                }
            }
            const QString company = text(Field::CustomerName);
            Result<qint64> cid = qint64(0);
            if (!company.isEmpty()) {
                cid = customerId(company, true);
                if (!cid) {
                    return fail(cid.error());
                }
            }
            qint64 dealId = 0;
            if (const QString dealTitle = text(Field::DealTitle); !dealTitle.isEmpty()) {
                const QString dk = QString::number(*cid) + u'\x1f' + key(dealTitle);
                dealId = st.dealByKey.value(dk);
                if (!dealId && *cid > 0) {
                    auto theirs = st.deals.summariesForCustomer(*cid);
                    if (!theirs) {
                        return fail(theirs.error());
                    }
                    for (const auto &d : std::as_const(*theirs)) {
                        st.dealByKey.insert(QString::number(*cid) + u'\x1f' + key(d.title), d.id);
                    }
                    dealId = st.dealByKey.value(dk);
                }
                if (!dealId) {
                    problem(Field::DealTitle, tr("the customer has no deal “%1”").arg(dealTitle));
                    break;
                }
            }
            const QString activityKey = key(subject) + u'\x1f' + due->toString(Qt::ISODate)
                                        + u'\x1f' + QString::number(*cid);
            if (st.activityByKey.isEmpty()) {
                auto all = st.activities.activities(QDate(1900, 1, 1));
                if (!all) {
                    return fail(all.error());
                }
                for (const Activity &a : std::as_const(*all)) {
                    st.activityByKey.insert(key(a.subject) + u'\x1f'
                                                    + a.dueAt.date().toString(Qt::ISODate) + u'\x1f'
                                                    + QString::number(a.customerId),
                                            a.id);
                }
                st.activityByKey.insert(u"\x1f"_s, 0); // loaded, even when the book has none
            }
            const qint64 existing = st.activityByKey.value(activityKey);
            if (existing && m_options.duplicates == DuplicatePolicy::Skip) {
                outcome = Outcome::Skipped;
                break;
            }
            auto owner = ownerId();
            if (!owner) {
                return fail(owner.error());
            }
            const bool update = existing && m_options.duplicates == DuplicatePolicy::Update;
            Activity a;
            if (update && write) {
                auto old = st.activities.activity(existing);
                if (!old) {
                    return fail(old.error());
                }
                a = *old;
            }
            const Activity before = a;
            a.kind = *kind;
            a.subject = subject;
            a.dueAt = QDateTime(*due, dueTime);
            a.done = isDone;
            a.doneAt = isDone ? (doneAt ? *doneAt : a.dueAt.toUTC()) : QDateTime();
            if (!text(Field::Outcome).isEmpty()) {
                a.outcome = text(Field::Outcome);
            }
            a.customerId = *cid > 0 ? *cid : a.customerId;
            a.dealId = dealId ? dealId : a.dealId;
            a.repId = *owner ? *owner : a.repId;
            if (!update) {
                a.createdAt = now;
            }
            if (write) {
                if (update) {
                    if (auto s = st.activities.update(a); !s) {
                        return fail(s.error());
                    }
                    j.activitiesBefore.append(before);
                } else {
                    auto made = st.activities.insert(a);
                    if (!made) {
                        return fail(made.error());
                    }
                    a.id = *made;
                    j.activities.append(a.id);
                }
            } else if (!update) {
                a.id = st.nextFakeId--;
            }
            st.activityByKey.insert(activityKey, a.id);
            outcome = update ? Outcome::Updated : Outcome::Imported;
            break;
        }
        }

        if (!problems.isEmpty()) {
            outcome = Outcome::Rejected;
        }
        switch (outcome) {
        case Outcome::Imported:
            ++report.imported;
            break;
        case Outcome::Updated:
            ++report.updated;
            break;
        case Outcome::Skipped:
            ++report.skipped;
            break;
        case Outcome::Rejected:
            ++report.rejected;
            report.rejectedRows.append(int(r));
            report.errors.append(problems);
            break;
        }
    }
    if (progress) {
        progress(int(table.rows.size()), int(table.rows.size()));
    }
    if (!write || (report.rejected > 0 && !m_options.skipInvalid)) {
        j = {};
        return report; // nothing written: the transaction rolls back
    }
    if (auto flushed = st.flush(); !flushed) {
        j = {};
        return flushed.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        j = {};
        return committed.error();
    }
    report.written = true;
    return report;
}

Status Importer::undo(Database &database, const ImportJournal &j)
{
    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    if (!transaction.active()) {
        return transaction.beginStatus();
    }
    PartyRepository parties(db);
    DealRepository deals(db);
    ActivityRepository activities(db);
    ContactRepository contacts(db);
    for (auto it = j.activities.crbegin(); it != j.activities.crend(); ++it) {
        if (auto s = activities.remove(*it); !s) {
            return s;
        }
    }
    for (const Activity &a : j.activitiesBefore) {
        if (auto s = activities.update(a); !s) {
            return s;
        }
    }
    for (auto it = j.deals.crbegin(); it != j.deals.crend(); ++it) {
        if (auto s = deals.remove(*it); !s) {
            return s;
        }
    }
    for (qsizetype i = 0; i < j.dealsBefore.size(); ++i) {
        if (auto s = deals.update(j.dealsBefore[i]); !s) {
            return s;
        }
        if (auto s = deals.replaceHistory(j.dealsBefore[i].id, j.dealHistoriesBefore[i]); !s) {
            return s;
        }
    }
    for (auto it = j.contacts.crbegin(); it != j.contacts.crend(); ++it) {
        if (auto s = contacts.remove(*it); !s) {
            return s;
        }
    }
    for (const Contact &c : j.contactsBefore) {
        if (auto s = contacts.update(c); !s) {
            return s;
        }
    }
    for (const Customer &c : j.customersBefore) {
        if (auto s = parties.updateCustomer(c); !s) {
            return s;
        }
    }
    for (auto it = j.customers.crbegin(); it != j.customers.crend(); ++it) {
        if (auto s = parties.removeCustomer(*it); !s) {
            return s;
        }
    }
    for (auto it = j.reps.crbegin(); it != j.reps.crend(); ++it) {
        if (auto s = parties.removeRep(*it); !s) {
            return s;
        }
    }
    return transaction.commit();
}

Status Importer::writeRejects(const QString &path, const CsvTable &table,
                              const ImportReport &report)
{
    QHash<int, QStringList> reasons;
    for (const ImportProblem &p : report.errors) {
        reasons[p.line].append(p.column.isEmpty() ? p.message
                                                  : u"%1: %2"_s.arg(p.column, p.message));
    }
    QString out;
    const QChar d = table.delimiter.isNull() ? u',' : table.delimiter;
    const auto writeRow = [&](const QStringList &fields) {
        QStringList cells;
        for (const QString &f : fields) {
            cells.append(csvField(f, d, false));
        }
        out += cells.join(d) + u"\r\n"_s;
    };
    writeRow(table.header + QStringList {tr("Rejected because")});
    for (int r : report.rejectedRows) {
        const int line = table.lines.value(r);
        writeRow(table.rows[r] + QStringList {reasons.value(line).join(u"; "_s)});
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::user(tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    }
    file.write("\xEF\xBB\xBF");
    file.write(out.toUtf8());
    if (!file.commit()) {
        return Error::user(tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace salesdesk
