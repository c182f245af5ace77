#pragma once

#include "core/common/rowversion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QStringList>

#include <optional>

namespace salesdesk {

enum class CustomerKind { Company, Individual };

struct Customer
{
    qint64 id = 0;
    QString name;
    // The primary contact (a row of `contacts` marked primary): the person deals are made with.
    QString contactPerson;
    QString phone;
    QString email;
    QDateTime createdAt;
    CustomerKind kind = CustomerKind::Company;
    QString industry;
    QString region;
    QString address;
    QString source;
    QStringList tags;
    qint64 ownerId = 0; // the rep who looks after the customer; 0: nobody
    QString serviceNotes; // personalised service: preferences, habits, what to remember
    // When the customer was archived (UTC); invalid while it is active. An archived customer is
    // out of the lists and follow-ups and still in every figure.
    QDateTime archivedAt;
    // The edit of the row this was read at (team server: who changed it last).
    RowVersion version;

    bool archived() const { return archivedAt.isValid(); }

    friend bool operator==(const Customer &, const Customer &) = default;
};

// Which customers a list shows, chosen by the book (in SQL): a search, an owner, a region, a tag,
// and whether archived customers are listed too.
struct CustomerListQuery
{
    // Found in the name, primary contact, phone, email, industry, region or tags, case aside.
    QString search;
    std::optional<qint64> ownerId; // 0: nobody's; nullopt: anyone's
    QString region; // empty: any
    QString tag; // empty: any; otherwise one of the customer's tags, case aside
    bool archived = false;

    friend bool operator==(const CustomerListQuery &, const CustomerListQuery &) = default;
};

// The texts a list of customers can be ordered by.
enum class CustomerField { Name, Contact, Phone, Owner, Region };

// What the book's customers have to choose among in a list's filters, and how many there are.
struct CustomerChoices
{
    QSet<qint64> owners; // 0: some customer has nobody
    QSet<QString> regions;
    QSet<QString> tags;
    qint64 customers = 0;
    qint64 archived = 0;
};

class CustomerText
{
    Q_DECLARE_TR_FUNCTIONS(CustomerText)

public:
    static QString code(CustomerKind k);
    static CustomerKind customerKind(const QString &code);
    static QString name(CustomerKind k);
};

// Tags as typed or stored: "vip, 华东；wholesale" → {"vip", "华东", "wholesale"} (commas and
// semicolons, ASCII or full-width, separate; blanks and repeats dropped), and back as "a, b".
QStringList splitTags(const QString &text);
QString joinTags(const QStringList &tags);

} // namespace salesdesk
