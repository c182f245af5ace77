#pragma once

#include "core/customers/feedback.h"
#include "core/customers/segmentation.h"

#include <QChartView>

namespace salesdesk::ui {

class EmptyState;

// The segment distribution: how many customers each segment holds, with the count and the
// segment's purchases in the look-back window under each bar.
class SegmentChart : public QChartView
{
    Q_OBJECT

public:
    struct Bar
    {
        Segment segment;
        int customers = 0;
        qint64 valueMinor = 0; // won in the look-back window
    };

    explicit SegmentChart(QWidget *parent = nullptr);
    // The bars of the three segments, their values in `currency` won over `months` months.
    void setBars(const QList<Bar> &bars, const QString &currency, int months);

private:
    EmptyState *m_empty = nullptr;
};

// Satisfaction (CSAT 1–5) month by month over twelve months, the period's CSAT and NPS in the
// title, and one customer's line beside everyone's. A month without feedback is a gap in the
// line, not a made-up zero.
class SatisfactionChart : public QChartView
{
    Q_OBJECT

public:
    explicit SatisfactionChart(QWidget *parent = nullptr);
    // The feedback of the twelve months from `firstMonth` (the first day of a month).
    void setFeedback(const QList<Feedback> &feedback, const QDate &firstMonth);
    // Draws `customerId`'s line beside everyone's (0: everyone's alone).
    void showCustomer(qint64 customerId, const QString &name);
    // Says why there is nothing to draw.
    void showError(const QString &message);

private:
    void redraw();

    QList<Feedback> m_feedback;
    QDate m_firstMonth;
    qint64 m_customerId = 0;
    QString m_customerName;
};

} // namespace salesdesk::ui
