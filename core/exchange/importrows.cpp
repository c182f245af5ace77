#include "core/exchange/importrows.h"

#include "core/common/money.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::importing {

namespace {

// What ImportOptions::stageMap maps a stage text to for won and lost.
constexpr qint64 WonStage = -1;
constexpr qint64 LostStage = -2;

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

CustomerKind customerKindFromText(const QString &text)
{
    const QString k = key(text);
    return k == "individual"_L1 || k == "person"_L1 || k == u"个人"_s || k == "false"_L1
                           || k == key(CustomerText::name(CustomerKind::Individual))
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

// A deal's forecast category: SalesDesk's codes and names in either language, and the words
// Salesforce ("Omitted", "Best Case", "Closed") and HubSpot ("Not forecasted", "Closed won")
// export. A closed deal's category means nothing, so theirs read as pipeline.
std::optional<ForecastCategory> forecastCategoryFromText(const QString &text)
{
    const QString k = key(text);
    if (k.isEmpty() || k == "closed"_L1 || k == "closed won"_L1 || k == "closed lost"_L1) {
        return ForecastCategory::Pipeline;
    }
    if (k == "not forecasted"_L1 || k == "omit"_L1) {
        return ForecastCategory::Omitted;
    }
    if (k == "best case"_L1 || k == "bestcase"_L1) {
        return ForecastCategory::BestCase;
    }
    for (ForecastCategory c : PipelineText::forecastCategories()) {
        if (PipelineText::code(c) == k || key(PipelineText::name(c)) == k) {
            return c;
        }
    }
    static const QHash<QString, ForecastCategory> chinese {
            {u"管道"_s, ForecastCategory::Pipeline},
            {u"最佳情况"_s, ForecastCategory::BestCase},
            {u"承诺"_s, ForecastCategory::Commit},
            {u"排除"_s, ForecastCategory::Omitted}};
    if (const auto it = chinese.constFind(k); it != chinese.cend()) {
        return *it;
    }
    return std::nullopt;
}

} // namespace

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
            if (auto s = st.customersRepo.update(c); !s) {
                return row.fail(s.error());
            }
            st.journal.customersBefore.append(before);
        } else {
            auto made = st.customersRepo.insert(c);
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

bool Row::textIsClean()
{
    bool clean = true;
    for (auto it = m_column.constBegin(); it != m_column.constEnd(); ++it) {
        for (const QChar c : m_row[*it]) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f) {
                problem(it.key(),
                        Importer::tr("the text holds a control character (U+%1), "
                                     "which is not text; remove it from the file")
                                .arg(QString::number(u, 16).rightJustified(4, u'0').toUpper()));
                clean = false;
                break;
            }
        }
    }
    return clean;
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
    const State::CustomerContacts &known = st.contactsOf[cid];
    const QString email = key(row.text(Field::Email));
    const QString phone = phoneKey(row.text(Field::Phone));
    // The customer's contact this row stands for, among those no other row has taken (the
    // first of them in the book): the same email or phone; else the same name, unless the
    // email or phone says it is someone else (two people called 林涛 at one company).
    qsizetype match = -1;
    const auto consider = [&](qsizetype at) {
        if (match < 0 || at < match) {
            match = at;
        }
    };
    if (!email.isEmpty()) {
        for (auto [it, end] = known.byEmail.equal_range(email); it != end; ++it) {
            consider(*it);
        }
    }
    if (!phone.isEmpty()) {
        for (auto [it, end] = known.byPhone.equal_range(phone); it != end; ++it) {
            consider(*it);
        }
    }
    if (match < 0) {
        for (auto [it, end] = known.byName.equal_range(key(person)); it != end; ++it) {
            const Contact &c = known.people.at(*it);
            const bool otherEmail = !email.isEmpty() && !c.email.isEmpty();
            const bool otherPhone = !phone.isEmpty() && !phoneKey(c.phone).isEmpty();
            if (!otherEmail && !otherPhone) {
                consider(*it);
            }
        }
    }
    const bool duplicate = cid != 0 && match >= 0;
    if (duplicate) {
        st.claimContact(cid, known.people.at(match).id);
    }
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
        st.rememberContact(p, true);
        return Outcome::Imported;
    }
    Contact c = update ? st.contactsOf[cid].people.at(match) : Contact {};
    const Contact before = c;
    c.customerId = cid;
    if (!update) {
        c.name = person;
        c.createdAt = st.now;
        c.primary = st.contactsOf[cid].primaries == 0;
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
    st.rememberContact(c, true);
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
        // "RMB", "人民币", "US$": what people write for a currency, when it names one.
        if (const auto named = ImportValues::currencyOf(row.text(Field::Currency));
            named && currency::isValidCode(*named)) {
            currency = *named;
        } else {
            row.problem(Field::Currency, Importer::tr("“%1” is not a currency code").arg(currency));
            currency = st.currency;
        }
    }
    if (!st.canConvert(currency)) {
        st.missingRates[currency].append(row.line());
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
    const auto category = forecastCategoryFromText(row.text(Field::ForecastCategory));
    if (!category) {
        row.problem(Field::ForecastCategory,
                    Importer::tr("“%1” is not a forecast category (pipeline, best case, commit or "
                                 "omitted)")
                            .arg(row.text(Field::ForecastCategory)));
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
    // A deal closed before it was created is a mistake in the file, told, not mended in silence.
    if (created && closed && *closed < *created) {
        row.problem(Field::ClosedAt,
                    Importer::tr("it closed on %1, before it was created on %2")
                            .arg(dateText(localDate(*closed)), dateText(localDate(*created))));
    }
    if (!row.problems().isEmpty()) {
        return Outcome::Rejected;
    }
    auto customer = st.customer(row, company, false);
    if (!customer) {
        return row.fail(customer.error());
    }
    qint64 existingId = 0;
    if (*customer > 0 && st.options.duplicates != DuplicatePolicy::Create) {
        auto existing = st.claimDeal(*customer, title, created);
        if (!existing) {
            return row.fail(existing.error());
        }
        existingId = *existing;
    }
    const bool duplicate = existingId != 0;
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
        auto old = st.deals.deal(existingId);
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
    if (const QString named = row.text(Field::Competitor); !named.isEmpty()) {
        d.competitors = PipelineText::competitorNames(named);
    }
    if (row.has(Field::ForecastCategory) || !update) {
        d.forecastCategory = *category;
    }
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
    return update ? Outcome::Updated : Outcome::Imported;
}

} // namespace salesdesk::importing
