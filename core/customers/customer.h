#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

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

    bool archived() const { return archivedAt.isValid(); }

    friend bool operator==(const Customer &, const Customer &) = default;
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
