#include "core/exchange/columns.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

constexpr unsigned All = 0xF;
constexpr unsigned bit(ImportEntity e)
{
    return 1u << unsigned(e);
}
constexpr unsigned CustomersOnly = bit(ImportEntity::Customers);
constexpr unsigned ContactsOnly = bit(ImportEntity::Contacts);
constexpr unsigned NotContacts = All & ~ContactsOnly;
constexpr unsigned ActivitiesOnly = bit(ImportEntity::Activities);

// Column names as each program writes them ('|' between alternatives), matched without regard
// to case. Source Other holds the names any file may use, English and Chinese.
struct Alias
{
    Field field;
    ImportSource source;
    unsigned entities;
    const char *names;
};

constexpr Alias Aliases[] = {
        // SalesDesk's own export
        {Field::CustomerName, ImportSource::SalesDesk, NotContacts, "Customer|Name"},
        {Field::CustomerName, ImportSource::SalesDesk, ContactsOnly, "Customer"},
        {Field::ContactName, ImportSource::SalesDesk, ContactsOnly, "Name"},
        {Field::ContactName, ImportSource::SalesDesk, NotContacts, "Primary contact"},
        {Field::CustomerKind, ImportSource::SalesDesk, All, "Customer kind"},
        {Field::ServiceNotes, ImportSource::SalesDesk, All, "Service notes"},
        {Field::CreatedAt, ImportSource::SalesDesk, All, "Created at"},
        {Field::ExpectedClose, ImportSource::SalesDesk, All, "Expected close"},
        {Field::ClosedAt, ImportSource::SalesDesk, All, "Closed at"},
        {Field::DealSource, ImportSource::SalesDesk, All, "Deal source"},
        {Field::LostReason, ImportSource::SalesDesk, All, "Lost reason"},
        {Field::NextStep, ImportSource::SalesDesk, All, "Next step"},
        {Field::DueAt, ImportSource::SalesDesk, All, "Due at"},
        {Field::DoneAt, ImportSource::SalesDesk, All, "Done at"},
        {Field::DealTitle, ImportSource::SalesDesk, ActivitiesOnly, "Deal"},
        {Field::DealCreatedAt, ImportSource::SalesDesk, ActivitiesOnly, "Deal created at"},
        {Field::ActivityKind, ImportSource::SalesDesk, All, "Kind"},
        // Pipedrive
        {Field::Title, ImportSource::Pipedrive, All, "Deal - Title"},
        {Field::Value, ImportSource::Pipedrive, All, "Deal - Value"},
        {Field::Currency, ImportSource::Pipedrive, All, "Deal - Currency"},
        {Field::Stage, ImportSource::Pipedrive, All, "Deal - Stage"},
        {Field::Status, ImportSource::Pipedrive, All, "Deal - Status"},
        {Field::Owner, ImportSource::Pipedrive, All,
         "Deal - Owner|Organization - Owner|Person - Owner|Activity - Assigned to user"},
        {Field::ExpectedClose, ImportSource::Pipedrive, All, "Deal - Expected close date"},
        {Field::CreatedAt, ImportSource::Pipedrive, All,
         "Deal - Deal created|Organization - Organization created|Person - Person created|"
         "Activity - Add time"},
        {Field::ClosedAt, ImportSource::Pipedrive, All,
         "Deal - Won time|Deal - Lost time|Deal - Deal closed on"},
        {Field::LostReason, ImportSource::Pipedrive, All, "Deal - Lost reason"},
        {Field::Probability, ImportSource::Pipedrive, All, "Deal - Probability"},
        {Field::Product, ImportSource::Pipedrive, All, "Deal - Product name|Deal - Products"},
        {Field::CustomerName, ImportSource::Pipedrive, All,
         "Organization - Name|Deal - Organization|Person - Organization|Activity - Organization"},
        {Field::Address, ImportSource::Pipedrive, All, "Organization - Address"},
        {Field::Tags, ImportSource::Pipedrive, All,
         "Organization - Label|Person - Label|Deal - Label"},
        {Field::ContactName, ImportSource::Pipedrive, All,
         "Person - Name|Deal - Contact person|Activity - Contact person"},
        {Field::Email, ImportSource::Pipedrive, All, "Person - Email"},
        {Field::Phone, ImportSource::Pipedrive, All, "Person - Phone"},
        {Field::Subject, ImportSource::Pipedrive, All, "Activity - Subject"},
        {Field::ActivityKind, ImportSource::Pipedrive, All, "Activity - Type"},
        {Field::DueAt, ImportSource::Pipedrive, All, "Activity - Due date"},
        {Field::Done, ImportSource::Pipedrive, All, "Activity - Done"},
        {Field::DoneAt, ImportSource::Pipedrive, All, "Activity - Marked as done time"},
        {Field::Outcome, ImportSource::Pipedrive, All, "Activity - Note"},
        {Field::DealTitle, ImportSource::Pipedrive, All, "Activity - Deal"},
        // HubSpot
        {Field::Title, ImportSource::HubSpot, All, "Deal Name"},
        {Field::Stage, ImportSource::HubSpot, All, "Deal Stage"},
        {Field::ExpectedClose, ImportSource::HubSpot, All, "Close Date"},
        {Field::Value, ImportSource::HubSpot, All, "Amount"},
        {Field::Owner, ImportSource::HubSpot, All,
         "Deal owner|Company owner|Contact owner|Activity assigned to"},
        {Field::CreatedAt, ImportSource::HubSpot, All, "Create Date"},
        {Field::CustomerName, ImportSource::HubSpot, All,
         "Associated Company|Company name|Associated Company (Primary)"},
        {Field::Industry, ImportSource::HubSpot, All, "Industry"},
        {Field::Region, ImportSource::HubSpot, All, "City|Country/Region|State/Region"},
        {Field::Address, ImportSource::HubSpot, All, "Street Address"},
        {Field::Phone, ImportSource::HubSpot, All, "Phone Number|Mobile Phone Number"},
        {Field::Role, ImportSource::HubSpot, All, "Job Title"},
        {Field::FirstName, ImportSource::HubSpot, All, "First Name"},
        {Field::LastName, ImportSource::HubSpot, All, "Last Name"},
        {Field::Currency, ImportSource::HubSpot, All, "Currency"},
        {Field::DealSource, ImportSource::HubSpot, All, "Original Source|Original Traffic Source"},
        {Field::Subject, ImportSource::HubSpot, All, "Task Title|Activity subject"},
        {Field::DueAt, ImportSource::HubSpot, All, "Due date|Activity date"},
        {Field::ActivityKind, ImportSource::HubSpot, All, "Activity type|Task Type"},
        // Zoho CRM
        {Field::Title, ImportSource::Zoho, All, "Deal Name|Potential Name"},
        {Field::CustomerName, ImportSource::Zoho, All, "Account Name"},
        {Field::ExpectedClose, ImportSource::Zoho, All, "Closing Date"},
        {Field::Stage, ImportSource::Zoho, All, "Stage"},
        {Field::Value, ImportSource::Zoho, All, "Amount"},
        {Field::Owner, ImportSource::Zoho, All,
         "Deal Owner|Account Owner|Contact Owner|Task Owner"},
        {Field::ContactName, ImportSource::Zoho, All, "Contact Name"},
        {Field::Probability, ImportSource::Zoho, All, "Probability (%)"},
        {Field::CreatedAt, ImportSource::Zoho, All, "Created Time"},
        {Field::DealSource, ImportSource::Zoho, All, "Lead Source"},
        {Field::Region, ImportSource::Zoho, All, "Billing City|Mailing City"},
        {Field::Address, ImportSource::Zoho, All, "Billing Street|Mailing Street"},
        {Field::Industry, ImportSource::Zoho, All, "Industry"},
        {Field::Role, ImportSource::Zoho, ContactsOnly, "Title"},
        {Field::FirstName, ImportSource::Zoho, All, "First Name"},
        {Field::LastName, ImportSource::Zoho, All, "Last Name"},
        {Field::Notes, ImportSource::Zoho, All, "Description"},
        {Field::ClosedAt, ImportSource::Zoho, All, "Closed Time"},
        {Field::DueAt, ImportSource::Zoho, All, "Due Date"},
        // Odoo
        {Field::Title, ImportSource::Odoo, All, "Opportunity"},
        {Field::CustomerName, ImportSource::Odoo, NotContacts, "Customer|Company Name"},
        {Field::CustomerName, ImportSource::Odoo, ContactsOnly, "Company Name|Related Company"},
        {Field::Value, ImportSource::Odoo, All, "Expected Revenue"},
        {Field::ExpectedClose, ImportSource::Odoo, All, "Expected Closing"},
        {Field::Owner, ImportSource::Odoo, All, "Salesperson|Assigned to"},
        {Field::Stage, ImportSource::Odoo, All, "Stage"},
        {Field::Probability, ImportSource::Odoo, All, "Probability"},
        {Field::CreatedAt, ImportSource::Odoo, All, "Created on"},
        {Field::ContactName, ImportSource::Odoo, All, "Contact Name"},
        {Field::Role, ImportSource::Odoo, All, "Job Position"},
        {Field::Region, ImportSource::Odoo, All, "City|Country"},
        {Field::Address, ImportSource::Odoo, All, "Street"},
        {Field::Tags, ImportSource::Odoo, All, "Tags"},
        {Field::ClosedAt, ImportSource::Odoo, All, "Closed Date"},
        {Field::LostReason, ImportSource::Odoo, All, "Lost Reason"},
        {Field::Subject, ImportSource::Odoo, All, "Summary"},
        {Field::ActivityKind, ImportSource::Odoo, All, "Activity Type"},
        {Field::DueAt, ImportSource::Odoo, All, "Due Date"},
        // Any file: generic English names and the usual Chinese labels
        {Field::CustomerName, ImportSource::Other, NotContacts,
         "Customer|Customer name|Company|Company name|Organization|Organisation|Account|"
         "Account name|Client|"
         "Name|客户|客户名称|公司|公司名称|企业名称|名称"},
        {Field::CustomerName, ImportSource::Other, ContactsOnly,
         "Customer|Customer name|Company|Company "
         "name|Organization|Account|客户|客户名称|公司|公司名称"},
        {Field::ContactName, ImportSource::Other, ContactsOnly,
         "Name|Contact|Contact name|Full name|Person|姓名|联系人|联系人姓名"},
        {Field::ContactName, ImportSource::Other, NotContacts,
         "Contact|Contact name|Contact person|联系人|联系人姓名"},
        {Field::FirstName, ImportSource::Other, All, "First name|Given name|名"},
        {Field::LastName, ImportSource::Other, All, "Last name|Surname|Family name|姓"},
        {Field::CustomerKind, ImportSource::Other, All, "Type|Customer type|Kind|客户类型|类型"},
        {Field::Industry, ImportSource::Other, All, "Industry|Sector|行业|所属行业"},
        {Field::Region, ImportSource::Other, All, "Region|City|Area|Province|地区|区域|城市|省份"},
        {Field::Address, ImportSource::Other, All, "Address|Street|地址|详细地址"},
        {Field::CustomerSource, ImportSource::Other, CustomersOnly,
         "Source|Lead source|客户来源|来源"},
        {Field::Tags, ImportSource::Other, All, "Tags|Labels|Label|标签"},
        {Field::Owner, ImportSource::Other, All,
         "Owner|Sales rep|Salesperson|Rep|Assigned to|负责人|销售员|销售代表|业务员|跟进人"},
        {Field::ServiceNotes, ImportSource::Other, CustomersOnly,
         "Notes|Preferences|备注|客户偏好"},
        {Field::CreatedAt, ImportSource::Other, All,
         "Created|Created at|Created on|Date created|Creation date|创建时间|创建日期"},
        {Field::Role, ImportSource::Other, All, "Role|Position|Job title|Title|职位|职务|角色"},
        {Field::Phone, ImportSource::Other, All,
         "Phone|Telephone|Mobile|Phone number|Tel|电话|手机|手机号|联系电话"},
        {Field::Email, ImportSource::Other, All,
         "Email|E-mail|Email address|邮箱|电子邮件|电子邮箱"},
        {Field::WeChat, ImportSource::Other, All, "WeChat|WeChat ID|Weixin|微信|微信号"},
        {Field::ContactNotes, ImportSource::Other, ContactsOnly, "Notes|Note|备注"},
        {Field::Primary, ImportSource::Other, All, "Primary|Primary contact|Is primary|主要联系人"},
        {Field::Title, ImportSource::Other, bit(ImportEntity::Deals),
         "Title|Deal|Deal name|Deal title|Opportunity|Opportunity "
         "name|商机|商机名称|项目名称|机会名称"},
        {Field::Value, ImportSource::Other, All,
         "Value|Amount|Deal value|Revenue|金额|商机金额|预计金额|合同金额"},
        {Field::Currency, ImportSource::Other, All, "Currency|币种|货币"},
        {Field::Stage, ImportSource::Other, All,
         "Stage|Deal stage|Pipeline stage|阶段|销售阶段|商机阶段"},
        {Field::Status, ImportSource::Other, bit(ImportEntity::Deals),
         "Status|State|状态|赢单/输单"},
        {Field::ExpectedClose, ImportSource::Other, All,
         "Expected close|Expected close date|Close date|Closing "
         "date|预计成交日期|预计签单日期|预计结单日期"},
        {Field::ClosedAt, ImportSource::Other, All,
         "Closed|Closed at|Closed on|Won date|成交日期|结单日期"},
        {Field::Probability, ImportSource::Other, All, "Probability|Probability (%)|赢率|成交概率"},
        {Field::Product, ImportSource::Other, All, "Product|Products|产品|产品名称"},
        {Field::DealSource, ImportSource::Other, bit(ImportEntity::Deals),
         "Source|Lead source|来源|商机来源"},
        {Field::Competitor, ImportSource::Other, All, "Competitor|竞争对手"},
        {Field::ForecastCategory, ImportSource::Other, bit(ImportEntity::Deals),
         "Forecast category|Forecast category name|预测类别"},
        {Field::LostReason, ImportSource::Other, All, "Lost reason|Loss reason|输单原因|丢单原因"},
        {Field::NextStep, ImportSource::Other, All, "Next step|下一步"},
        {Field::Notes, ImportSource::Other, bit(ImportEntity::Deals),
         "Notes|Note|Description|备注|描述"},
        {Field::Subject, ImportSource::Other, All,
         "Subject|Activity|Summary|Task|主题|活动主题|事项"},
        {Field::ActivityKind, ImportSource::Other, ActivitiesOnly,
         "Type|Kind|Activity type|活动类型|类型"},
        {Field::DueAt, ImportSource::Other, All,
         "Due|Due at|Due date|Date|When|日期|截止日期|计划时间"},
        {Field::Done, ImportSource::Other, All, "Done|Completed|Status|已完成|完成|状态"},
        {Field::DoneAt, ImportSource::Other, All, "Done at|Completed at|Completed on|完成时间"},
        {Field::Outcome, ImportSource::Other, All, "Outcome|Result|Note|Notes|结果|备注"},
        {Field::DealTitle, ImportSource::Other, ActivitiesOnly, "Deal|Deal title|Opportunity|商机"},
        {Field::DealCreatedAt, ImportSource::Other, ActivitiesOnly,
         "Deal created|Deal created at|商机创建时间"},
};

// Column names only one program writes, for telling the programs apart.
constexpr std::pair<ImportSource, const char *> Signatures[] = {
        {ImportSource::SalesDesk,
         "Customer kind|Service notes|Primary contact|Expected close|Deal source|Due at|Done at|"
         "Created at|WeChat|Primary"},
        {ImportSource::HubSpot,
         "Record ID|Deal Stage|Create Date|Associated Company|Company owner|Contact owner|Pipeline|"
         "Lifecycle Stage|Deal Name|Close Date"},
        {ImportSource::Zoho,
         "Account Name|Closing Date|Created Time|Probability (%)|Lead Source|Account Owner|"
         "Contact Owner|Potential Name|Modified Time"},
        {ImportSource::Odoo,
         "Opportunity|Expected Revenue|Expected Closing|Salesperson|Created on|Sales Team|"
         "Job Position|Is a Company"},
};

QStringList split(const char *names)
{
    return QString::fromUtf8(names).split(u'|');
}

} // namespace

QString ImportColumns::code(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Customers:
        return u"customers"_s;
    case ImportEntity::Contacts:
        return u"contacts"_s;
    case ImportEntity::Deals:
        return u"deals"_s;
    case ImportEntity::Activities:
        return u"activities"_s;
    }
    return {};
}

std::optional<ImportEntity> ImportColumns::entity(const QString &code)
{
    for (auto e : {ImportEntity::Customers, ImportEntity::Contacts, ImportEntity::Deals,
                   ImportEntity::Activities}) {
        if (ImportColumns::code(e) == code) {
            return e;
        }
    }
    return std::nullopt;
}

QString ImportColumns::name(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Customers:
        return tr("Customers");
    case ImportEntity::Contacts:
        return tr("Contacts");
    case ImportEntity::Deals:
        return tr("Deals");
    case ImportEntity::Activities:
        return tr("Activities");
    }
    return {};
}

QString ImportColumns::code(ImportSource source)
{
    switch (source) {
    case ImportSource::Auto:
        return u"auto"_s;
    case ImportSource::SalesDesk:
        return u"salesdesk"_s;
    case ImportSource::Pipedrive:
        return u"pipedrive"_s;
    case ImportSource::HubSpot:
        return u"hubspot"_s;
    case ImportSource::Zoho:
        return u"zoho"_s;
    case ImportSource::Odoo:
        return u"odoo"_s;
    case ImportSource::Other:
        return u"other"_s;
    }
    return {};
}

std::optional<ImportSource> ImportColumns::source(const QString &code)
{
    for (auto s :
         {ImportSource::Auto, ImportSource::SalesDesk, ImportSource::Pipedrive,
          ImportSource::HubSpot, ImportSource::Zoho, ImportSource::Odoo, ImportSource::Other}) {
        if (ImportColumns::code(s) == code.toLower()) {
            return s;
        }
    }
    return std::nullopt;
}

QString ImportColumns::name(ImportSource source)
{
    switch (source) {
    case ImportSource::Auto:
        return tr("Recognise automatically");
    case ImportSource::SalesDesk:
        return u"SalesDesk"_s;
    case ImportSource::Pipedrive:
        return u"Pipedrive"_s;
    case ImportSource::HubSpot:
        return u"HubSpot"_s;
    case ImportSource::Zoho:
        return u"Zoho CRM"_s;
    case ImportSource::Odoo:
        return u"Odoo"_s;
    case ImportSource::Other:
        return tr("Other spreadsheet");
    }
    return {};
}

QList<Field> ImportColumns::fields(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Customers:
        return {Field::CustomerName, Field::CustomerKind,   Field::Industry,    Field::Region,
                Field::Address,      Field::CustomerSource, Field::Tags,        Field::Owner,
                Field::ServiceNotes, Field::CreatedAt,      Field::ContactName, Field::FirstName,
                Field::LastName,     Field::Role,           Field::Phone,       Field::Email,
                Field::WeChat};
    case ImportEntity::Contacts:
        return {Field::ContactName,  Field::FirstName, Field::LastName, Field::CustomerName,
                Field::Role,         Field::Phone,     Field::Email,    Field::WeChat,
                Field::ContactNotes, Field::Primary};
    case ImportEntity::Deals:
        return {Field::Title,       Field::CustomerName,  Field::Value,
                Field::Currency,    Field::Stage,         Field::Status,
                Field::Owner,       Field::ExpectedClose, Field::CreatedAt,
                Field::ClosedAt,    Field::Probability,   Field::Product,
                Field::DealSource,  Field::Competitor,    Field::ForecastCategory,
                Field::LostReason,  Field::NextStep,      Field::Notes,
                Field::ContactName, Field::Phone,         Field::Email};
    case ImportEntity::Activities:
        return {Field::Subject, Field::ActivityKind, Field::DueAt,        Field::Done,
                Field::DoneAt,  Field::Outcome,      Field::CustomerName, Field::DealTitle,
                Field::Owner,   Field::DealCreatedAt};
    }
    return {};
}

QList<Field> ImportColumns::required(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Customers:
        return {Field::CustomerName};
    case ImportEntity::Contacts:
        return {Field::ContactName, Field::CustomerName};
    case ImportEntity::Deals:
        return {Field::Title, Field::CustomerName};
    case ImportEntity::Activities:
        return {Field::Subject, Field::DueAt};
    }
    return {};
}

QString ImportColumns::name(Field field)
{
    switch (field) {
    case Field::CustomerName:
        return tr("Customer");
    case Field::CustomerKind:
        return tr("Company or individual");
    case Field::Industry:
        return tr("Industry");
    case Field::Region:
        return tr("Region");
    case Field::Address:
        return tr("Address");
    case Field::CustomerSource:
        return tr("Customer source");
    case Field::Tags:
        return tr("Tags");
    case Field::Owner:
        return tr("Owner");
    case Field::ServiceNotes:
        return tr("Service notes");
    case Field::CreatedAt:
        return tr("Created");
    case Field::ContactName:
        return tr("Contact");
    case Field::FirstName:
        return tr("First name");
    case Field::LastName:
        return tr("Last name");
    case Field::Role:
        return tr("Role");
    case Field::Phone:
        return tr("Phone");
    case Field::Email:
        return tr("Email");
    case Field::WeChat:
        return tr("WeChat ID");
    case Field::ContactNotes:
        return tr("Contact notes");
    case Field::Primary:
        return tr("Primary contact");
    case Field::Title:
        return tr("Deal title");
    case Field::Value:
        return tr("Value");
    case Field::Currency:
        return tr("Currency");
    case Field::Stage:
        return tr("Stage");
    case Field::Status:
        return tr("Status");
    case Field::ExpectedClose:
        return tr("Expected close");
    case Field::ClosedAt:
        return tr("Closed");
    case Field::Probability:
        return tr("Probability");
    case Field::Product:
        return tr("Product");
    case Field::DealSource:
        return tr("Deal source");
    case Field::Competitor:
        return tr("Competitor");
    case Field::ForecastCategory:
        return tr("Forecast category");
    case Field::LostReason:
        return tr("Lost reason");
    case Field::NextStep:
        return tr("Next step");
    case Field::Notes:
        return tr("Notes");
    case Field::Subject:
        return tr("Subject");
    case Field::ActivityKind:
        return tr("Activity type");
    case Field::DueAt:
        return tr("Due");
    case Field::Done:
        return tr("Done");
    case Field::DoneAt:
        return tr("Done at");
    case Field::Outcome:
        return tr("Outcome");
    case Field::DealTitle:
        return tr("Deal");
    case Field::DealCreatedAt:
        return tr("Deal created");
    }
    return {};
}

QString ImportColumns::exportHeader(Field field)
{
    switch (field) {
    case Field::CustomerName:
        return u"Customer"_s;
    case Field::CustomerKind:
        return u"Customer kind"_s;
    case Field::CustomerSource:
        return u"Source"_s;
    case Field::ServiceNotes:
        return u"Service notes"_s;
    case Field::CreatedAt:
        return u"Created at"_s;
    case Field::ContactName:
        return u"Primary contact"_s;
    case Field::WeChat:
        return u"WeChat"_s;
    case Field::ContactNotes:
        return u"Notes"_s;
    case Field::Primary:
        return u"Primary"_s;
    case Field::Title:
        return u"Title"_s;
    case Field::ExpectedClose:
        return u"Expected close"_s;
    case Field::ClosedAt:
        return u"Closed at"_s;
    case Field::DealSource:
        return u"Deal source"_s;
    case Field::LostReason:
        return u"Lost reason"_s;
    case Field::NextStep:
        return u"Next step"_s;
    case Field::ActivityKind:
        return u"Kind"_s;
    case Field::DueAt:
        return u"Due at"_s;
    case Field::DoneAt:
        return u"Done at"_s;
    case Field::DealTitle:
        return u"Deal"_s;
    case Field::DealCreatedAt:
        return u"Deal created at"_s;
    case Field::Industry:
        return u"Industry"_s;
    case Field::Region:
        return u"Region"_s;
    case Field::Address:
        return u"Address"_s;
    case Field::Tags:
        return u"Tags"_s;
    case Field::Owner:
        return u"Owner"_s;
    case Field::FirstName:
        return u"First name"_s;
    case Field::LastName:
        return u"Last name"_s;
    case Field::Role:
        return u"Role"_s;
    case Field::Phone:
        return u"Phone"_s;
    case Field::Email:
        return u"Email"_s;
    case Field::Value:
        return u"Value"_s;
    case Field::Currency:
        return u"Currency"_s;
    case Field::Stage:
        return u"Stage"_s;
    case Field::Status:
        return u"Status"_s;
    case Field::Probability:
        return u"Probability"_s;
    case Field::Product:
        return u"Product"_s;
    case Field::Competitor:
        return u"Competitor"_s;
    case Field::ForecastCategory:
        return u"Forecast category"_s;
    case Field::Notes:
        return u"Notes"_s;
    case Field::Subject:
        return u"Subject"_s;
    case Field::Done:
        return u"Done"_s;
    case Field::Outcome:
        return u"Outcome"_s;
    }
    return {};
}

ImportSource ImportColumns::detect(const QStringList &header)
{
    for (const QString &column : header) {
        if (column.startsWith("Deal - "_L1, Qt::CaseInsensitive)
            || column.startsWith("Organization - "_L1, Qt::CaseInsensitive)
            || column.startsWith("Person - "_L1, Qt::CaseInsensitive)
            || column.startsWith("Activity - "_L1, Qt::CaseInsensitive)) {
            return ImportSource::Pipedrive;
        }
    }
    ImportSource best = ImportSource::Other;
    int bestScore = 0;
    for (const auto &[source, names] : Signatures) {
        const QStringList signature = split(names);
        int score = 0;
        for (const QString &column : header) {
            score += signature.contains(column.trimmed(), Qt::CaseInsensitive) ? 1 : 0;
        }
        if (score > bestScore) {
            best = source;
            bestScore = score;
        }
    }
    return best;
}

ImportEntity ImportColumns::guessEntity(const QStringList &header)
{
    const ImportSource source = detect(header);
    ImportEntity best = ImportEntity::Deals;
    std::pair<qsizetype, qsizetype> bestScore {0, 0};
    for (auto entity : {ImportEntity::Deals, ImportEntity::Customers, ImportEntity::Contacts,
                        ImportEntity::Activities}) {
        QList<Field> mapped;
        for (const auto &f : map(header, entity, source)) {
            if (f) {
                mapped.append(*f);
            }
        }
        const QList<Field> needed = required(entity);
        const bool complete = std::all_of(needed.cbegin(), needed.cend(), [&](Field f) {
            return mapped.contains(f)
                   || (f == Field::ContactName
                       && (mapped.contains(Field::FirstName) || mapped.contains(Field::LastName)));
        });
        // Ties go to the kind that asks more of a file (contacts need a person and a company,
        // customers only a name).
        const auto score = std::pair(mapped.size(), needed.size());
        if (complete && score > bestScore) {
            best = entity;
            bestScore = score;
        }
    }
    return best;
}

QList<std::optional<Field>> ImportColumns::map(const QStringList &header, ImportEntity entity,
                                               ImportSource source)
{
    if (source == ImportSource::Auto) {
        source = detect(header);
    }
    const QList<Field> allowed = fields(entity);
    QList<std::optional<Field>> mapping(header.size());
    QList<Field> taken;
    // Two passes: the source's own names, then the names any file may use.
    for (ImportSource pass : {source, ImportSource::Other}) {
        for (qsizetype column = 0; column < header.size(); ++column) {
            if (mapping[column]) {
                continue;
            }
            const QString name = header[column].trimmed();
            for (const Alias &alias : Aliases) {
                if (alias.source != pass || !(alias.entities & bit(entity))
                    || !allowed.contains(alias.field) || taken.contains(alias.field)) {
                    continue;
                }
                if (split(alias.names).contains(name, Qt::CaseInsensitive)) {
                    mapping[column] = alias.field;
                    taken.append(alias.field);
                    break;
                }
            }
        }
    }
    return mapping;
}

} // namespace salesdesk
