#pragma once

#include "core/customers/segmentation.h"

#include <QDate>
#include <QList>

namespace salesdesk {

// 沟通计划: how often each segment is contacted, in days.
struct ContactCadence
{
    int highValue = 14;
    int potential = 30;
    int general = 90;
    int forSegment(Segment s) const
    {
        return s == Segment::HighValue ? highValue : s == Segment::Potential ? potential : general;
    }
};

struct CustomerContact
{
    qint64 customerId = 0;
    Segment segment = Segment::General;
    int cadenceOverride = 0; // days; 0 follows the segment
    QDate lastInteraction; // the last done activity with the customer; invalid when none
    QDate since; // when the customer was added: the base when never contacted
};

struct FollowUp
{
    qint64 customerId = 0;
    Segment segment = Segment::General;
    int cadenceDays = 0;
    QDate lastInteraction;
    QDate due;
    int overdueDays = 0; // days past due as of the date asked (0 when due that day or later)
};

// Next contact due = last interaction (or, never contacted, the day the customer was added)
// + the cadence. Returns every customer's follow-up, earliest due first.
QList<FollowUp> computeFollowUps(const QList<CustomerContact> &customers, const QDate &asOf,
                                 const ContactCadence &cadence = {});

} // namespace salesdesk
