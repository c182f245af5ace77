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

namespace {

// What became of a row. A rejected row has said why through Row::problem.
enum class Outcome { Imported, Updated, Skipped, Rejected };

// One row of the file being imported: its fields by what they hold, and what is wrong with it.
class Row
{
public:
    Row(const CsvTable &table, qsizetype index, const QHash<Field, qsizetype> &column,
        const QHash<Field, DateOrder> &dateOrder)
        : m_table(table)
        , m_row(table.rows[index])
        , m_line(table.lines.value(index))
        , m_column(column)
        , m_dateOrder(dateOrder)
    { }

    bool has(Field f) const { return m_column.contains(f); }
    // The field's text (trimmed when the file was read), empty when the file has no such column.
    QString text(Field f) const { return has(f) ? m_row[m_column.value(f)] : QString(); }
    // Puts the field's text into `target` when the row has some: an update keeps what the row
    // leaves empty.
    void fill(Field f, QString &target) const
    {
        if (const QString t = text(f); !t.isEmpty()) {
            target = t;
        }
    }
    void problem(Field f, const QString &message)
    {
        m_problems.append(
                {m_line, has(f) ? m_table.header[m_column.value(f)] : QString(), message});
    }
    const QList<ImportProblem> &problems() const { return m_problems; }
    // A failure of the book itself (not of the row), named by the row's line.
    Error fail(const Error &e) const
    {
        return {e.kind, Importer::tr("Line %1: %2").arg(m_line).arg(e.message)};
    }

    std::optional<QDate> date(Field f)
    {
        const QString t = text(f);
        if (t.isEmpty()) {
            return std::nullopt;
        }
        auto d = ImportValues::date(t, m_dateOrder.value(f));
        if (!d) {
            problem(f, d.message());
            return std::nullopt;
        }
        return *d;
    }
    // A date column as a point in time: an ISO timestamp keeps its time ("…T08:30:00Z", as
    // SalesDesk exports), a plain date means noon that day.
    std::optional<QDateTime> when(Field f)
    {
        const QString t = text(f);
        if (t.size() > 10 && t[4] == u'-' && t[10] == u'T') {
            const QDateTime exact = QDateTime::fromString(t, Qt::ISODate);
            if (exact.isValid()) {
                return exact.toUTC();
            }
        }
        const auto d = date(f);
        return d ? std::optional<QDateTime>(noonUtc(*d)) : std::nullopt;
    }
    // The contact's name, from one column or from first and last name ("王" + "芳" → "王芳",
    // "Mia" + "Chen" → "Mia Chen").
    QString contactName() const
    {
        QString name = text(Field::ContactName);
        if (name.isEmpty()) {
            const QString first = text(Field::FirstName), last = text(Field::LastName);
            const bool cjk = !last.isEmpty() && last.front().script() == QChar::Script_Han;
            name = cjk ? last + first : QStringList {first, last}.join(u' ').trimmed();
        }
        return name;
    }

private:
    const CsvTable &m_table;
    const QStringList &m_row;
    int m_line;
    const QHash<Field, qsizetype> &m_column;
    const QHash<Field, DateOrder> &m_dateOrder;
    QList<ImportProblem> m_problems;
};

// The book as far as the rows need it, kept current while rows are processed (so a dry run
// sees the customers that earlier rows would create).
struct State
{
    State(QSqlDatabase db, const ImportOptions &options, bool write, ImportJournal &journal)
        : options(options)
        , write(write)
        , journal(journal)
        , now(QDateTime::currentDateTimeUtc())
        , book(db)
        , stagesRepo(db)
        , parties(db)
        , deals(db)
        , activities(db)
        , contacts(db)
    { }

    const ImportOptions &options;
    const bool write; // false in a dry run: nothing is written, ids are pretended
    ImportJournal &journal;
    const QDateTime now;
    QStringList unknownStages;

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
    // Writes a record a row made: an update (keeping how it was, for undo) or an insert (keeping
    // its id); in a dry run a new record gets a pretend id.
    template<typename Record, typename Repository>
    Status keep(Repository &repository, Record &record, bool update, const Record &before,
                QList<Record> &updated, QList<qint64> &created)
    {
        if (!write) {
            if (!update) {
                record.id = nextFakeId--;
            }
            return {};
        }
        if (update) {
            if (auto st = repository.update(record); !st) {
                return st;
            }
            updated.append(before);
            return {};
        }
        auto made = repository.insert(record);
        if (!made) {
            return made.error();
        }
        record.id = *made;
        created.append(record.id);
        return {};
    }
    // The rep named in the row's Owner column (0 for none), created when the book has no such rep.
    Result<qint64> owner(const Row &row);
    // The customer of that name (0 when there is none and not `create`), created with the row's
    // contact as its primary contact.
    Result<qint64> customer(const Row &row, const QString &name, bool create);
};

Status State::load()
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

void State::rememberCustomer(const Customer &c)
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

void State::rememberContact(const Contact &c)
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

Result<qint64> State::owner(const Row &row)
{
    const QString name = row.text(Field::Owner);
    if (name.isEmpty()) {
        return qint64(0);
    }
    if (qint64 id = repByName.value(key(name))) {
        return id;
    }
    qint64 id = nextFakeId--;
    if (write) {
        auto made = parties.insertRep({0, name, true}, now);
        if (!made) {
            return made;
        }
        id = *made;
        journal.reps.append(id);
    }
    repByName.insert(key(name), id);
    return id;
}

Result<qint64> State::customer(const Row &row, const QString &name, bool create)
{
    if (qint64 id = findCustomer(name)) {
        return id;
    }
    if (!create) {
        return qint64(0);
    }
    Customer c;
    c.name = name;
    c.contactPerson = row.contactName();
    c.phone = row.text(Field::Phone);
    c.email = row.text(Field::Email);
    c.createdAt = now;
    c.id = nextFakeId--;
    if (write) {
        auto made = parties.insertCustomer(c);
        if (!made) {
            return made;
        }
        c.id = *made;
        journal.customers.append(c.id);
    }
    rememberCustomer(c);
    return c.id;
}

// A row of a customers file: a new customer, or (updating) one the book has.
Result<Outcome> importCustomer(State &st, Row &row)
{
    const QString name = row.text(Field::CustomerName);
    if (name.isEmpty()) {
        row.problem(Field::CustomerName, Importer::tr("the customer has no name"));
        return Outcome::Rejected;
    }
    const auto created = row.when(Field::CreatedAt);
    if (!row.problems().isEmpty()) {
        return Outcome::Rejected;
    }
    qint64 existing = st.findCustomer(name);
    if (!existing && !row.text(Field::Email).isEmpty()) {
        existing = st.customerByEmail.value(key(row.text(Field::Email)));
    }
    if (!existing && !phoneKey(row.text(Field::Phone)).isEmpty()) {
        existing = st.customerByPhone.value(phoneKey(row.text(Field::Phone)));
    }
    if (existing && st.options.duplicates == DuplicatePolicy::Skip) {
        return Outcome::Skipped;
    }
    auto owner = st.owner(row);
    if (!owner) {
        return row.fail(owner.error());
    }
    const bool update = existing && st.options.duplicates == DuplicatePolicy::Update;
    Customer c = update ? st.customers.value(existing) : Customer {};
    const Customer before = c;
    c.name = update ? c.name : name;
    if (row.has(Field::CustomerKind) && !row.text(Field::CustomerKind).isEmpty()) {
        c.kind = customerKindFromText(row.text(Field::CustomerKind));
    }
    row.fill(Field::Industry, c.industry);
    row.fill(Field::Region, c.region);
    row.fill(Field::Address, c.address);
    row.fill(Field::CustomerSource, c.source);
    row.fill(Field::ServiceNotes, c.serviceNotes);
    if (!row.text(Field::Tags).isEmpty()) {
        QStringList tags = c.tags;
        for (const QString &t : splitTags(row.text(Field::Tags))) {
            if (!tags.contains(t, Qt::CaseInsensitive)) {
                tags.append(t);
            }
        }
        c.tags = tags;
    }
    if (*owner != 0) {
        c.ownerId = *owner;
    }
    if (const QString person = row.contactName(); !person.isEmpty()) {
        c.contactPerson = person;
    }
    row.fill(Field::Phone, c.phone);
    row.fill(Field::Email, c.email);
    if (!update) {
        c.createdAt = created ? *created : st.now;
        c.id = st.nextFakeId--;
    }
    if (st.write) {
        if (update) {
            if (auto s = st.parties.updateCustomer(c); !s) {
                return row.fail(s.error());
            }
            st.journal.customersBefore.append(before);
        } else {
            auto made = st.parties.insertCustomer(c);
            if (!made) {
                return row.fail(made.error());
            }
            c.id = *made;
            st.journal.customers.append(c.id);
        }
        // Role and WeChat belong to the primary contact the customer row just wrote.
        if (!row.text(Field::Role).isEmpty() || !row.text(Field::WeChat).isEmpty()) {
            auto people = st.contacts.contacts(c.id);
            if (!people) {
                return row.fail(people.error());
            }
            for (Contact p : std::as_const(*people)) {
                if (p.primary) {
                    row.fill(Field::Role, p.role);
                    row.fill(Field::WeChat, p.wechat);
                    if (auto s = st.contacts.update(p); !s) {
                        return row.fail(s.error());
                    }
                }
            }
        }
    }
    st.rememberCustomer(c);
    return update ? Outcome::Updated : Outcome::Imported;
}

// A row of a contacts file: a person at a customer the book has or the row names.
Result<Outcome> importContact(State &st, Row &row)
{
    const QString person = row.contactName();
    const QString company = row.text(Field::CustomerName);
    if (person.isEmpty()) {
        row.problem(Field::ContactName, Importer::tr("the contact has no name"));
    }
    if (company.isEmpty()) {
        row.problem(Field::CustomerName, Importer::tr("the contact names no customer"));
    }
    const auto primary = ImportValues::flag(row.text(Field::Primary));
    if (!primary) {
        row.problem(Field::Primary,
                    Importer::tr("“%1” is neither yes nor no").arg(row.text(Field::Primary)));
    }
    if (!row.problems().isEmpty()) {
        return Outcome::Rejected;
    }
    auto customer = st.customer(row, company, false);
    if (!customer) {
        return row.fail(customer.error());
    }
    qint64 cid = *customer;
    QList<Contact> &known = st.contactsOf[cid];
    const QString email = key(row.text(Field::Email));
    const QString phone = phoneKey(row.text(Field::Phone));
    auto match = std::find_if(known.begin(), known.end(), [&](const Contact &c) {
        return (!email.isEmpty() && key(c.email) == email)
               || (!phone.isEmpty() && phoneKey(c.phone) == phone) || key(c.name) == key(person);
    });
    const bool duplicate = cid != 0 && match != known.end();
    if (duplicate && st.options.duplicates == DuplicatePolicy::Skip) {
        return Outcome::Skipped;
    }
    const bool update = duplicate && st.options.duplicates == DuplicatePolicy::Update;
    if (cid == 0) {
        auto made = st.customer(row, company, true);
        if (!made) {
            return row.fail(made.error());
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
        p.createdAt = st.now;
        p.id = st.nextFakeId--;
        if (st.write) {
            auto people = st.contacts.contacts(cid);
            if (!people) {
                return row.fail(people.error());
            }
            if (!people->isEmpty()) {
                p = people->first();
                p.role = row.text(Field::Role);
                p.wechat = row.text(Field::WeChat);
                p.notes = row.text(Field::ContactNotes);
                if (auto s = st.contacts.update(p); !s) {
                    return row.fail(s.error());
                }
            }
        }
        st.rememberContact(p);
        return Outcome::Imported;
    }
    Contact c = update ? *match : Contact {};
    const Contact before = c;
    c.customerId = cid;
    if (!update) {
        c.name = person;
        c.createdAt = st.now;
        const bool hasPrimary = std::any_of(known.cbegin(), known.cend(),
                                            [](const Contact &o) { return o.primary; });
        c.primary = !hasPrimary;
    }
    row.fill(Field::Role, c.role);
    row.fill(Field::Phone, c.phone);
    row.fill(Field::Email, c.email);
    row.fill(Field::WeChat, c.wechat);
    row.fill(Field::ContactNotes, c.notes);
    if (auto kept
        = st.keep(st.contacts, c, update, before, st.journal.contactsBefore, st.journal.contacts);
        !kept) {
        return row.fail(kept.error());
    }
    st.rememberContact(c);
    return update ? Outcome::Updated : Outcome::Imported;
}

// A row of a deals file, with its stage history; new deals wait in the state to be written in bulk.
Result<Outcome> importDeal(State &st, Row &row)
{
    const QString title = row.text(Field::Title);
    const QString company = row.text(Field::CustomerName);
    if (title.isEmpty()) {
        row.problem(Field::Title, Importer::tr("the deal has no title"));
    }
    if (company.isEmpty()) {
        row.problem(Field::CustomerName, Importer::tr("the deal names no customer"));
    }
    QString currency = row.text(Field::Currency).toUpper();
    if (currency.isEmpty()) {
        currency = ImportValues::currencyOf(row.text(Field::Value)).value_or(st.currency);
        if (!currency::isValidCode(currency)) {
            currency = st.currency;
        }
    } else if (!currency::isValidCode(currency)) {
        row.problem(Field::Currency, Importer::tr("“%1” is not a currency code").arg(currency));
        currency = st.currency;
    }
    qint64 value = 0;
    if (!row.text(Field::Value).isEmpty()) {
        auto v = ImportValues::amount(row.text(Field::Value), currency::decimals(currency));
        if (!v) {
            row.problem(Field::Value, v.message());
        } else if (*v < 0) {
            row.problem(Field::Value, Importer::tr("a deal cannot be worth less than nothing"));
        } else {
            value = *v;
        }
    }
    // Stage and status: the stage column may itself say won or lost.
    auto status = statusFromText(row.text(Field::Status));
    if (!status) {
        row.problem(Field::Status,
                    Importer::tr("“%1” is not open, won or lost").arg(row.text(Field::Status)));
    }
    qint64 stageId = 0;
    if (const QString stageText = row.text(Field::Stage); !stageText.isEmpty()) {
        const QString k = key(stageText);
        qint64 id = st.options.stageMap.value(k, 0);
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
            row.problem(Field::Stage, Importer::tr("the book has no stage “%1”").arg(stageText));
            if (!st.unknownStages.contains(stageText)) {
                st.unknownStages.append(stageText);
            }
        }
    } else {
        stageId = status && *status != DealStatus::Open ? st.stages.last().id
                                                        : st.stages.first().id;
    }
    std::optional<int> probability;
    if (QString p = row.text(Field::Probability); !p.isEmpty()) {
        p.remove(u'%');
        bool ok = false;
        const double number = p.trimmed().toDouble(&ok);
        if (!ok || number < 0 || number > 100) {
            row.problem(Field::Probability, Importer::tr("“%1” is not a probability from 0 to 100")
                                                    .arg(row.text(Field::Probability)));
        } else {
            probability = int(std::lround(
                    number > 0 && number < 1 && p.contains(u'.') ? number * 100 : number));
        }
    }
    const auto expected = row.date(Field::ExpectedClose);
    const auto created = row.when(Field::CreatedAt);
    const auto closed = row.when(Field::ClosedAt);
    if (!row.problems().isEmpty()) {
        return Outcome::Rejected;
    }
    auto customer = st.customer(row, company, false);
    if (!customer) {
        return row.fail(customer.error());
    }
    const QString dealKey = QString::number(*customer) + u'\x1f' + key(title);
    const qint64 existing = *customer ? st.dealByKey.value(dealKey) : 0;
    bool duplicate = existing != 0;
    if (!duplicate && *customer > 0 && st.options.duplicates != DuplicatePolicy::Create) {
        // The book's deals are looked up lazily: only those of customers the file names.
        auto theirs = st.deals.summariesForCustomer(*customer);
        if (!theirs) {
            return row.fail(theirs.error());
        }
        for (const auto &d : std::as_const(*theirs)) {
            st.dealByKey.insert(QString::number(*customer) + u'\x1f' + key(d.title), d.id);
        }
        duplicate = st.dealByKey.contains(dealKey);
    }
    if (duplicate && st.options.duplicates == DuplicatePolicy::Skip) {
        return Outcome::Skipped;
    }
    auto owner = st.owner(row);
    if (!owner) {
        return row.fail(owner.error());
    }
    auto cid = st.customer(row, company, true);
    if (!cid) {
        return row.fail(cid.error());
    }
    qint64 lostReason = 0;
    QString lostNote;
    if (*status == DealStatus::Lost) {
        const QString reason = row.text(Field::LostReason);
        lostReason = st.lostReasonByName.value(key(reason), st.otherLostReason);
        if (!st.lostReasonByName.contains(key(reason))) {
            lostNote = reason;
        }
    }
    const bool update = duplicate && st.options.duplicates == DuplicatePolicy::Update;
    Deal d;
    QList<StageChange> historyBefore;
    if (update && st.write) {
        auto old = st.deals.deal(st.dealByKey.value(dealKey));
        if (!old) {
            return row.fail(old.error());
        }
        d = *old;
        auto h = st.deals.history(d.id);
        if (!h) {
            return row.fail(h.error());
        }
        historyBefore = *h;
    }
    const Deal before = d;
    d.title = update ? d.title : title;
    d.customerId = *cid;
    if (*owner) {
        d.ownerId = *owner;
    }
    if (row.has(Field::Value) || !update) {
        d.valueMinor = value;
        d.currency = currency;
    }
    if (expected) {
        d.expectedClose = *expected;
    }
    if (probability) {
        d.probability = probability;
    }
    row.fill(Field::Product, d.product);
    row.fill(Field::Competitor, d.competitor);
    row.fill(Field::NextStep, d.nextStep);
    row.fill(Field::Notes, d.notes);
    if (!row.text(Field::DealSource).isEmpty()) {
        d.source = dealSourceFromText(row.text(Field::DealSource));
    }
    const QDateTime createdAt = update ? d.createdAt : (created ? *created : st.now);
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
    d.serviceStatus = *status == DealStatus::Won ? (update && before.status == DealStatus::Won
                                                            ? d.serviceStatus
                                                            : ServiceStatus::Onboarding)
                                                 : ServiceStatus::None;
    if (!update) {
        d.createdAt = createdAt;
    }
    QList<StageChange> added;
    if (moved) {
        const QDateTime enteredAt
                = update ? (closedAt.isValid() ? std::max(closedAt, st.now) : st.now) : createdAt;
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
    d.updatedAt = std::max({d.createdAt, d.stageEnteredAt, update ? st.now : d.createdAt});
    if (st.write) {
        if (update) {
            if (auto s = st.deals.update(d); !s) {
                return row.fail(s.error());
            }
            st.journal.dealsBefore.append(before);
            st.journal.dealHistoriesBefore.append(historyBefore);
            for (StageChange &c : added) {
                c.dealId = d.id;
                if (auto h = st.deals.appendHistory(c); !h) {
                    return row.fail(h.error());
                }
            }
        } else {
            // New deals are written in bulk, with ids given here.
            if (st.nextDealId == 0) {
                auto next = st.deals.nextId();
                if (!next) {
                    return row.fail(next.error());
                }
                st.nextDealId = *next;
            }
            d.id = st.nextDealId++;
            st.journal.deals.append(d.id);
            for (StageChange &c : added) {
                c.dealId = d.id;
                st.pendingHistory.append(c);
            }
            st.pendingDeals.append(d);
            if (st.pendingDeals.size() >= 512) {
                if (auto flushed = st.flush(); !flushed) {
                    return row.fail(flushed.error());
                }
            }
        }
    } else if (!update) {
        d.id = st.nextFakeId--;
    }
    st.dealByKey.insert(QString::number(d.customerId) + u'\x1f' + key(d.title), d.id);
    return update ? Outcome::Updated : Outcome::Imported;
}

// A row of an activities file, linked to its customer and deal.
Result<Outcome> importActivity(State &st, Row &row)
{
    const QString subject = row.text(Field::Subject);
    if (subject.isEmpty()) {
        row.problem(Field::Subject, Importer::tr("the activity has no subject"));
    }
    const auto kind = activityKindFromText(row.text(Field::ActivityKind));
    if (!kind) {
        row.problem(
                Field::ActivityKind,
                Importer::tr("“%1” is not a kind of activity").arg(row.text(Field::ActivityKind)));
    }
    const auto due = row.date(Field::DueAt);
    if (!due && row.text(Field::DueAt).isEmpty()) {
        row.problem(Field::DueAt, Importer::tr("the activity has no due date"));
    }
    const auto doneAt = row.when(Field::DoneAt);
    auto done = ImportValues::flag(row.text(Field::Done));
    if (!done) {
        row.problem(Field::Done,
                    Importer::tr("“%1” is neither yes nor no").arg(row.text(Field::Done)));
    }
    if (!row.problems().isEmpty()) {
        return Outcome::Rejected;
    }
    const bool isDone = *done || doneAt.has_value();
    // The time of day, when the due column has one ("2026-09-12 14:30").
    QTime dueTime(9, 0);
    {
        const QString t = row.text(Field::DueAt);
        const qsizetype colon = t.indexOf(u':');
        if (colon >= 2) {
            const QTime parsed = QTime::fromString(t.mid(colon - 2, 5).trimmed(), u"HH:mm"_s);
            if (parsed.isValid()) {
                dueTime = parsed;
            }
        }
    }
    const QString company = row.text(Field::CustomerName);
    Result<qint64> cid = qint64(0);
    if (!company.isEmpty()) {
        cid = st.customer(row, company, true);
        if (!cid) {
            return row.fail(cid.error());
        }
    }
    qint64 dealId = 0;
    if (const QString dealTitle = row.text(Field::DealTitle); !dealTitle.isEmpty()) {
        const QString dk = QString::number(*cid) + u'\x1f' + key(dealTitle);
        dealId = st.dealByKey.value(dk);
        if (!dealId && *cid > 0) {
            auto theirs = st.deals.summariesForCustomer(*cid);
            if (!theirs) {
                return row.fail(theirs.error());
            }
            for (const auto &d : std::as_const(*theirs)) {
                st.dealByKey.insert(QString::number(*cid) + u'\x1f' + key(d.title), d.id);
            }
            dealId = st.dealByKey.value(dk);
        }
        if (!dealId) {
            row.problem(Field::DealTitle,
                        Importer::tr("the customer has no deal “%1”").arg(dealTitle));
            return Outcome::Rejected;
        }
    }
    const QString activityKey
            = key(subject) + u'\x1f' + due->toString(Qt::ISODate) + u'\x1f' + QString::number(*cid);
    if (st.activityByKey.isEmpty()) {
        auto all = st.activities.activities(QDate(1900, 1, 1));
        if (!all) {
            return row.fail(all.error());
        }
        for (const Activity &a : std::as_const(*all)) {
            st.activityByKey.insert(key(a.subject) + u'\x1f' + a.dueAt.date().toString(Qt::ISODate)
                                            + u'\x1f' + QString::number(a.customerId),
                                    a.id);
        }
        st.activityByKey.insert(u"\x1f"_s, 0); // loaded, even when the book has none
    }
    const qint64 existing = st.activityByKey.value(activityKey);
    if (existing && st.options.duplicates == DuplicatePolicy::Skip) {
        return Outcome::Skipped;
    }
    auto owner = st.owner(row);
    if (!owner) {
        return row.fail(owner.error());
    }
    const bool update = existing && st.options.duplicates == DuplicatePolicy::Update;
    Activity a;
    if (update && st.write) {
        auto old = st.activities.activity(existing);
        if (!old) {
            return row.fail(old.error());
        }
        a = *old;
    }
    const Activity before = a;
    a.kind = *kind;
    a.subject = subject;
    a.dueAt = QDateTime(*due, dueTime);
    a.done = isDone;
    a.doneAt = isDone ? (doneAt ? *doneAt : a.dueAt.toUTC()) : QDateTime();
    if (!row.text(Field::Outcome).isEmpty()) {
        a.outcome = row.text(Field::Outcome);
    }
    a.customerId = *cid > 0 ? *cid : a.customerId;
    a.dealId = dealId ? dealId : a.dealId;
    a.repId = *owner ? *owner : a.repId;
    if (!update) {
        a.createdAt = st.now;
    }
    if (auto kept = st.keep(st.activities, a, update, before, st.journal.activitiesBefore,
                            st.journal.activities);
        !kept) {
        return row.fail(kept.error());
    }
    st.activityByKey.insert(activityKey, a.id);
    return update ? Outcome::Updated : Outcome::Imported;
}

} // namespace

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
    for (Field f : ImportColumns::required(m_options.entity)) {
        const bool nameParts
                = f == Field::ContactName
                  && (column.contains(Field::FirstName) || column.contains(Field::LastName));
        if (!column.contains(f) && !nameParts) {
            return Error::data(tr("No column holds the %1; map one to import %2.")
                                       .arg(ImportColumns::name(f),
                                            ImportColumns::name(m_options.entity).toLower()));
        }
    }

    // The date order of each date column, decided from the whole column.
    QHash<Field, DateOrder> dateOrder;
    for (Field f :
         {Field::CreatedAt, Field::ExpectedClose, Field::ClosedAt, Field::DueAt, Field::DoneAt}) {
        if (!column.contains(f)) {
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
    ImportJournal local;
    ImportJournal &j = journal ? *journal : local;
    j = {};
    State st(db, m_options, write, j);
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
    const auto importRow = [&](Row &row) -> Result<Outcome> {
        switch (m_options.entity) {
        case ImportEntity::Customers:
            return importCustomer(st, row);
        case ImportEntity::Contacts:
            return importContact(st, row);
        case ImportEntity::Deals:
            return importDeal(st, row);
        case ImportEntity::Activities:
            return importActivity(st, row);
        }
        return Error::internal(u"unknown kind of import"_s);
    };

    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (progress && r % 500 == 0 && !progress(int(r), int(table.rows.size()))) {
            report.cancelled = true;
            j = {};
            return report; // the transaction rolls back
        }
        ++report.read;
        Row row(table, r, column, dateOrder);
        const auto outcome = importRow(row);
        if (!outcome) {
            j = {};
            return outcome.error();
        }
        if (*outcome == Outcome::Rejected || !row.problems().isEmpty()) {
            ++report.rejected;
            report.rejectedRows.append(int(r));
            report.errors.append(row.problems());
        } else if (*outcome == Outcome::Imported) {
            ++report.imported;
        } else if (*outcome == Outcome::Updated) {
            ++report.updated;
        } else {
            ++report.skipped;
        }
    }
    report.unknownStages = st.unknownStages;
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
