#include "ui/market/environmentview.h"

#include "core/book/book.h"
#include "core/market/marketservice.h"
#include "ui/commands/marketcommands.h"
#include "ui/common/dialogs.h"
#include "ui/common/loadwhenshown.h"
#include "ui/market/marketdialogs.h"
#include "ui/team/teamwidgets.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLegend>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

EnvironmentView::EnvironmentView(Book &book, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_undo(undo)
    , m_table(new QTableWidget(0, 7))
    , m_matrix(new QChartView(new QChart))
    , m_add(new QAction(tr("New &Environment Factor…"), this))
    , m_edit(new QAction(tr("Edit Environment Factor…"), this))
    , m_remove(new QAction(tr("Remove Environment Factor"), this))
{
    setObjectName(u"environmentView"_s);
    m_add->setObjectName(u"newFactorAction"_s);
    m_table->setObjectName(u"factorsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Factor"), tr("Kind"), tr("Impact"), tr("Likelihood"),
                                        tr("Horizon"), tr("Noted"), tr("Review")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setObjectName(u"factorMatrix"_s);
    m_matrix->setRenderHint(QPainter::Antialiasing);
    m_matrix->setMinimumWidth(300);
    QChart *c = m_matrix->chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignBottom);
    auto *bar = new QHBoxLayout;
    for (QAction *a : {m_add, m_edit, m_remove}) {
        bar->addWidget(actionButton(a));
    }
    bar->addStretch(1);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(m_matrix);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    connect(m_add, &QAction::triggered, this, [this] { edit(0); });
    connect(m_edit, &QAction::triggered, this, [this] { edit(selectedId()); });
    connect(m_remove, &QAction::triggered, this, &EnvironmentView::remove);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] { edit(selectedId()); });
    const auto selection = [this] {
        m_edit->setEnabled(selectedId() > 0);
        m_remove->setEnabled(selectedId() > 0);
    };
    connect(m_table, &QTableWidget::itemSelectionChanged, this, selection);
    auto *loader = new LoadWhenShown(this, [this] { refresh(); });
    connect(&book.market(), &MarketService::marketChanged, loader, &LoadWhenShown::request);
    connect(&book, &Book::reloaded, loader, &LoadWhenShown::request);
    selection();
}

qint64 EnvironmentView::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0
                          : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void EnvironmentView::refresh()
{
    const qint64 selected = selectedId();
    m_table->setRowCount(0);
    const QDate today = m_book.clock().today();
    for (const EnvironmentFactor &f : m_book.market().factors()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *title = readOnlyCell(f.title);
        title->setData(Qt::UserRole, f.id);
        title->setToolTip(f.description);
        m_table->setItem(row, 0, title);
        m_table->setItem(row, 1, readOnlyCell(MarketText::name(f.kind)));
        m_table->setItem(row, 2,
                         figureCell(f.impact > 0   ? u"+%1"_s.arg(f.impact)
                                    : f.impact < 0 ? u"−%1"_s.arg(-f.impact)
                                                   : u"0"_s));
        m_table->setItem(row, 3, figureCell(u"%1 %"_s.arg(f.likelihood)));
        m_table->setItem(row, 4, readOnlyCell(MarketText::name(f.horizon)));
        m_table->setItem(row, 5, readOnlyCell(dateText(f.notedOn)));
        auto *review = readOnlyCell(f.reviewOn.isValid() ? dateText(f.reviewOn) : QString());
        if (f.reviewOn.isValid() && f.reviewOn <= today) {
            review->setForeground(QColor(0xb0, 0x30, 0x30));
            review->setToolTip(tr("Due for review"));
        }
        m_table->setItem(row, 6, review);
        if (f.id == selected) {
            m_table->selectRow(row);
        }
    }
    showMatrix();
}

void EnvironmentView::showMatrix()
{
    QChart *c = m_matrix->chart();
    c->removeAllSeries();
    for (auto *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(tr("Impact × likelihood"));
    auto *forUs = new QScatterSeries;
    forUs->setName(tr("For us"));
    forUs->setColor(QColor(0x2e, 0x7d, 0x32));
    auto *against = new QScatterSeries;
    against->setName(tr("Against us"));
    against->setColor(QColor(0xc6, 0x28, 0x28));
    auto *neutral = new QScatterSeries;
    neutral->setName(tr("Neither"));
    neutral->setColor(QColor(0x75, 0x75, 0x75));
    // Factors on the same spot are spread a little so each dot shows.
    QHash<QPair<int, int>, int> taken;
    for (const EnvironmentFactor &f : m_book.market().factors()) {
        const int n = taken[{f.likelihood, f.impact}]++;
        const double y = f.impact + 0.12 * n;
        QScatterSeries *s = f.impact > 0 ? forUs : f.impact < 0 ? against : neutral;
        s->append(f.likelihood, y);
    }
    for (QScatterSeries *s : {forUs, against, neutral}) {
        s->setMarkerSize(11);
        c->addSeries(s);
    }
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(6);
    x->setLabelFormat(u"%d %%"_s);
    x->setTitleText(tr("Likelihood"));
    auto *y = new QValueAxis;
    y->setRange(-2.5, 2.5);
    // Ticks on the whole impacts, −2 … +2.
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(1);
    y->setLabelFormat(u"%+.0f"_s);
    y->setTitleText(tr("Impact"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void EnvironmentView::edit(qint64 id)
{
    const EnvironmentFactor *f = m_book.market().factor(id);
    FactorDialog dialog(m_book, f ? *f : EnvironmentFactor {}, this);
    dialog.setCommand(m_undo, [this, &dialog] {
        return MarketCommands::saveFactor(m_book.market(), dialog.factor());
    });
    dialog.exec();
}

void EnvironmentView::remove()
{
    auto command = MarketCommands::removeFactor(m_book.market(), selectedId());
    if (!command) {
        QMessageBox::warning(this, tr("Cannot Remove Environment Factor"), command.error().message);
        return;
    }
    m_undo->push(command->release());
}

// ---- SWOT ----

SwotView::SwotView(Book &book, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_undo(undo)
{
    setObjectName(u"swotView"_s);
    auto *grid = new QGridLayout(this);
    for (SwotKind kind :
         {SwotKind::Strength, SwotKind::Weakness, SwotKind::Opportunity, SwotKind::Threat}) {
        auto *box = new QGroupBox(MarketText::name(kind));
        auto *list = new QListWidget;
        list->setObjectName(u"swot_%1_List"_s.arg(MarketText::code(kind)));
        list->setWordWrap(true);
        auto *add = new QPushButton(tr("Add…"));
        auto *remove = new QPushButton(tr("Remove"));
        remove->setEnabled(false);
        connect(list, &QListWidget::itemSelectionChanged, remove, [list, remove] {
            const auto *item = list->currentItem();
            remove->setEnabled(item && item->data(Qt::UserRole).toLongLong() > 0);
        });
        connect(add, &QPushButton::clicked, this, [this, kind] { this->add(int(kind)); });
        connect(remove, &QPushButton::clicked, this, [this, kind] { this->remove(int(kind)); });
        auto *buttons = new QHBoxLayout;
        buttons->addStretch(1);
        buttons->addWidget(add);
        buttons->addWidget(remove);
        auto *inner = new QVBoxLayout(box);
        inner->addWidget(list, 1);
        inner->addLayout(buttons);
        const int i = int(kind);
        grid->addWidget(box, i / 2, i % 2);
        m_lists.append(list);
    }
    auto *loader = new LoadWhenShown(this, [this] { refresh(); });
    connect(&book.market(), &MarketService::marketChanged, loader, &LoadWhenShown::request);
    connect(&book, &Book::reloaded, loader, &LoadWhenShown::request);
}

void SwotView::refresh()
{
    for (QListWidget *l : std::as_const(m_lists)) {
        l->clear();
    }
    for (const SwotEntry &e : m_book.market().swot()) {
        auto *item = new QListWidgetItem(e.text);
        item->setData(Qt::UserRole, e.pointId);
        if (e.factorId > 0) {
            // From the environment notebook: edited there, set in italics with its kind.
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
            const EnvironmentFactor *f = m_book.market().factor(e.factorId);
            if (f) {
                item->setText(tr("%1 · %2").arg(e.text, MarketText::name(f->kind)));
            }
            item->setToolTip(f ? tr("From the environment notebook: %1, impact %2, likelihood "
                                    "%3 %")
                                             .arg(MarketText::name(f->kind))
                                             .arg(f->impact)
                                             .arg(f->likelihood)
                               : QString());
        }
        m_lists[int(e.kind)]->addItem(item);
    }
}

void SwotView::add(int kind)
{
    bool ok = false;
    const QString text
            = QInputDialog::getText(this, tr("Add to %1").arg(MarketText::name(SwotKind(kind))),
                                    tr("In a few words:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty()) {
        return;
    }
    SwotPoint p;
    p.kind = SwotKind(kind);
    p.text = text.trimmed();
    p.position = int(m_book.market().swotPoints().size());
    auto command = MarketCommands::addSwotPoint(m_book.market(), p);
    if (!command) {
        QMessageBox::warning(this, tr("Cannot Add"), command.error().message);
        return;
    }
    m_undo->push(command->release());
}

void SwotView::remove(int kind)
{
    const QListWidgetItem *item = m_lists[kind]->currentItem();
    const qint64 id = item ? item->data(Qt::UserRole).toLongLong() : 0;
    if (id <= 0) {
        return;
    }
    auto command = MarketCommands::removeSwotPoint(m_book.market(), id);
    if (!command) {
        QMessageBox::warning(this, tr("Cannot Remove"), command.error().message);
        return;
    }
    m_undo->push(command->release());
}

} // namespace salesdesk::ui
