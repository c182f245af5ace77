#include "ui/customers/customerdetail.h"

#include "core/book/book.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/customers/customerservice.h"
#include "core/customers/feedback.h"
#include "core/customers/keydates.h"
#include "core/customers/segmentservice.h"
#include "core/pipeline/activityservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/team/teamservice.h"
#include "ui/common/dialogs.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

// A table of one line per row, as wide as the pane: the `stretch` column (a deal's title, an
// entry's details) takes the room the others leave and is shortened with "…" when it must be;
// its whole text is in the tooltip.
QTableWidget *smallTable(const QStringList &headers, int stretch, const QString &objectName)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        table->setItem(row, c, item);
    }
}

} // namespace

CustomerDetail::CustomerDetail(Book &book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
{
    m_title = new QLabel;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_profile = new QLabel;
    m_profile->setObjectName(u"customerProfileLabel"_s);
    m_profile->setTextFormat(Qt::RichText);
    m_profile->setWordWrap(true);
    m_deals = smallTable({tr("Deal"), tr("Status"), tr("Value"), tr("Date")}, 0,
                         u"customerDealsTableWidget"_s);
    m_timeline = smallTable({tr("Date"), tr("What"), tr("Details")}, 2,
                            u"customerTimelineTableWidget"_s);
    connect(m_timeline, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const qint64 id = m_timeline->item(row, 0)->data(Qt::UserRole).toLongLong()) {
            emit feedbackActivated(id);
        }
    });
    auto *rightLayout = new QVBoxLayout(this);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_profile);
    rightLayout->addWidget(new QLabel(tr("<b>Deals</b>")));
    rightLayout->addWidget(m_deals, 1);
    rightLayout->addWidget(new QLabel(tr("<b>Timeline</b>")));
    rightLayout->addWidget(m_timeline, 1);
}

void CustomerDetail::clear()
{
    m_deals->setRowCount(0);
    m_timeline->setRowCount(0);
    m_title->setText(tr("Choose a customer"));
    m_profile->clear();
}

void CustomerDetail::showCustomer(qint64 id, const CustomerSegment *seg, const FollowUp *follow)
{
    auto &pipeline = m_book.pipeline();
    const Customer *c = m_book.customers().customer(id);
    m_deals->setRowCount(0);
    m_timeline->setRowCount(0);
    if (!c) {
        clear();
        return;
    }
    const QLocale locale;
    const QString currency = m_book.currencies().home();
    const QDate today = m_book.clock().today();
    m_title->setText(c->name);

    auto deals = pipeline.dealsOfCustomer(id);
    if (deals) {
        for (const auto &d : std::as_const(*deals)) {
            const QDate when
                    = d.status == DealStatus::Open ? d.expectedClose : localDate(d.closedAt);
            addRow(m_deals,
                   {d.title,
                    d.status == DealStatus::Open
                            ? (pipeline.stage(d.stageId) ? pipeline.stage(d.stageId)->displayName()
                                                         : QString())
                            : PipelineText::name(d.status),
                    Money(d.valueMinor, d.currency).format(locale), dateText(when, locale)});
        }
    }
    // Purchases over the customer's whole history, in the home currency: the same facts the
    // segments are computed from.
    const auto &segments = m_book.segments();
    auto facts = segments.facts(today, segments.windowStart(today), id);
    const CustomerFacts bought = facts && !facts->isEmpty() ? facts->first() : CustomerFacts();
    const qint64 lifetime = bought.lifetimeValue;
    const int purchases = bought.lifetimeCount;
    const QDate first = bought.firstWon;
    const QDate last = bought.lastWon;
    // All the customer's feedback, read once: the satisfaction and the timeline's entries.
    const auto feedback = m_book.feedback().feedbackOf(id);
    const std::optional<Satisfaction> satisfaction
            = feedback ? std::optional(satisfactionOf(*feedback)) : std::nullopt;
    QString profile;
    {
        QStringList about = {CustomerText::name(c->kind)};
        for (const QString &part : {c->industry, c->region}) {
            if (!part.isEmpty()) {
                about.append(part);
            }
        }
        if (c->ownerId) {
            about.append(tr("looked after by %1").arg(m_book.team().repName(c->ownerId)));
        }
        profile += about.join(u" · "_s).toHtmlEscaped();
        if (!c->tags.isEmpty()) {
            profile += u" · "_s + tr("tags: %1").arg(c->tags.join(u", "_s)).toHtmlEscaped();
        }
        profile += u"<br>"_s;
    }
    if (c->archived()) {
        profile += u"<b>"_s
                   + tr("Archived on %1: out of the lists and follow-ups, still in every figure.")
                             .arg(dateText(c->archivedAt.toLocalTime().date(), locale))
                             .toHtmlEscaped()
                   + u"</b><br>"_s;
    }
    profile += tr("Contact: %1 · %2 · %3")
                       .arg(c->contactPerson.isEmpty() ? u"–"_s : c->contactPerson,
                            c->phone.isEmpty() ? u"–"_s : c->phone,
                            c->email.isEmpty() ? u"–"_s : c->email)
                       .toHtmlEscaped();
    if (seg) {
        profile += u"<br>"_s
                   + tr("Segment: <b>%1</b>%2 · R-F-M %3-%4-%5")
                             .arg(SegmentText::name(seg->segment).toHtmlEscaped(),
                                  seg->atRisk ? tr(" (at risk)") : QString())
                             .arg(seg->r)
                             .arg(seg->f)
                             .arg(seg->m);
    }
    profile += u"<br>"_s
               + tr("Lifetime value <b>%1</b> in %n purchase(s)", nullptr, purchases)
                         .arg(Money(lifetime, currency).format(locale));
    if (purchases > 0) {
        profile += u" · "_s
                   + tr("first %1, last %2, average %3")
                             .arg(dateText(first, locale), dateText(last, locale),
                                  Money(lifetime / purchases, currency).format(locale));
    }
    if (follow) {
        profile += u"<br>"_s
                   + tr("Next contact due %1 (every %n day(s))", nullptr, follow->cadenceDays)
                             .arg(dateText(follow->due, locale));
    }
    if (satisfaction && satisfaction->entries > 0) {
        profile += u"<br>"_s
                   + tr("Satisfaction %1 / 5 from %n piece(s) of feedback", nullptr,
                        satisfaction->entries)
                             .arg(locale.toString(satisfaction->csat, 'f', 1));
    }
    // The customer in full: its other contacts and its key dates.
    if (const auto contacts = m_book.customers().contactsOf(id)) {
        for (const Contact &p : *contacts) {
            if (p.primary) {
                continue;
            }
            QStringList details;
            for (const QString &d : {p.role, p.phone, p.email}) {
                if (!d.isEmpty()) {
                    details.append(d);
                }
            }
            if (!p.wechat.isEmpty()) {
                details.append(tr("WeChat %1").arg(p.wechat));
            }
            profile += u"<br>"_s
                       + tr("Also: %1")
                                 .arg(p.name
                                      + (details.isEmpty()
                                                 ? QString()
                                                 : u" ("_s + details.join(u", "_s) + u')'))
                                 .toHtmlEscaped();
        }
    }
    if (const auto keyDates = m_book.customers().keyDatesOf(id)) {
        for (const KeyDate &k : *keyDates) {
            const QDate next = k.nextOccurrence(today);
            if (next.isValid()) {
                profile += u"<br>"_s
                           + tr("%1 on %2")
                                     .arg(KeyDateText::name(k.kind), dateText(next, locale))
                                     .toHtmlEscaped()
                           + (k.note.isEmpty() ? QString() : u" · "_s + k.note.toHtmlEscaped());
            }
        }
    }
    if (!c->serviceNotes.isEmpty()) {
        profile += u"<br><i>"_s + c->serviceNotes.toHtmlEscaped() + u"</i>"_s;
    }
    m_profile->setText(profile);

    // The timeline: activities, feedback and segment changes, newest first.
    struct Event
    {
        QDate on;
        QString what;
        QString details;
        qint64 feedbackId = 0;
    };
    QList<Event> events;
    if (auto activities = m_book.activities().activitiesOfCustomer(id)) {
        for (const auto &a : std::as_const(*activities)) {
            events.append({a.dueAt.date(),
                           PipelineText::name(a.kind) + (a.done ? QString() : tr(" (planned)")),
                           a.subject + (a.outcome.isEmpty() ? QString() : u" — "_s + a.outcome)});
        }
    }
    if (feedback) {
        for (const auto &f : std::as_const(*feedback)) {
            QString details = f.text;
            if (!f.action.isEmpty()) {
                details += (details.isEmpty() ? QString() : u" — "_s)
                           + (f.actionDone ? tr("done: %1") : tr("to do: %1")).arg(f.action);
            }
            events.append({f.receivedOn, tr("Feedback %1/5").arg(f.satisfaction), details, f.id});
        }
    }
    // The stage changes of the customer's deals: entered a stage, won, lost.
    const auto histories = pipeline.historiesOfCustomer(id);
    if (deals && histories) {
        for (const auto &d : std::as_const(*deals)) {
            for (const StageChange &change : histories->value(d.id)) {
                const Stage *stage = pipeline.stage(change.stageId);
                const QString where = change.status == DealStatus::Open
                                              ? (stage ? stage->displayName() : QString())
                                              : PipelineText::name(change.status);
                events.append({localDate(change.enteredAt), tr("Deal"),
                               tr("%1 → %2").arg(d.title, where)});
            }
        }
    }
    if (auto history = m_book.segments().history(id)) {
        for (const auto &h : std::as_const(*history)) {
            events.append({h.changedOn, tr("Segment"),
                           SegmentText::name(h.segment)
                                   + (h.reason.isEmpty() ? QString() : u" — "_s + h.reason)});
        }
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &a, const Event &b) { return a.on > b.on; });
    for (const auto &e : std::as_const(events)) {
        addRow(m_timeline, {dateText(e.on, locale), e.what, e.details});
        if (e.feedbackId) {
            m_timeline->item(m_timeline->rowCount() - 1, 0)->setData(Qt::UserRole, e.feedbackId);
            for (int column = 0; column < 3; ++column) {
                m_timeline->item(m_timeline->rowCount() - 1, column)
                        ->setToolTip(tr("Double-click to edit the feedback"));
            }
        }
    }
}

} // namespace salesdesk::ui
