#include "ui/pipeline/stagedialogs.h"

#include "core/pipeline/pipelineservice.h"
#include "ui/common/dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {
enum StageColumn { NameColumn, ProbabilityColumn, IdleColumn, ArchivedColumn };
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

StageEditorDialog::StageEditorDialog(const PipelineService &service, QWidget *parent)
    : QDialog(parent)
    , m_stages(service.stages())
    , m_reasons(service.lostReasons())
{
    setObjectName(u"stageEditorDialog"_s);
    setWindowTitle(tr("Stages and Lost Reasons"));

    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(u"stageTableWidget"_s);
    m_table->setHorizontalHeaderLabels(
            {tr("Stage"), tr("Win probability (%)"), tr("Idle limit (days)"), tr("Archived")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (const auto &s : std::as_const(m_stages)) {
        addStageRow(s);
    }
    m_reasonTable = new QTableWidget(0, 2);
    m_reasonTable->setObjectName(u"lostReasonTableWidget"_s);
    m_reasonTable->setHorizontalHeaderLabels({tr("Lost reason"), tr("Archived")});
    m_reasonTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reasonTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (const auto &r : std::as_const(m_reasons)) {
        addReasonRow(r);
    }

    auto *tabs = new QTabWidget;
    tabs->addTab(tablePage(m_table,
                           tr("Deals move through these stages from left to right on the Board. "
                              "A deal counts as idle when it stays in a stage longer than the "
                              "idle limit. Archive a stage to hide it without losing its "
                              "history."),
                           tr("&Add Stage"),
                           [this] {
                               Stage s;
                               s.customName = tr("New stage");
                               s.probability = 50;
                               s.idleDays = 14;
                               addStageRow(s);
                           }),
                 tr("Stages"));
    tabs->addTab(tablePage(m_reasonTable,
                           tr("The reasons offered when a deal is marked lost. Archive a reason "
                              "that lost deals still give, instead of removing it."),
                           tr("&Add Reason"),
                           [this] {
                               LostReason r;
                               r.customName = tr("New reason");
                               addReasonRow(r);
                           }),
                 tr("Lost reasons"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

QWidget *StageEditorDialog::tablePage(QTableWidget *table, const QString &introText,
                                      const QString &addText, const std::function<void()> &add)
{
    auto *page = new QWidget;
    auto *intro = new QLabel(introText);
    intro->setWordWrap(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *addButton = new QPushButton(addText);
    // "stageTableWidget" → "addStagePushButton", "lostReasonTableWidget" →
    // "addLostReasonPushButton"
    QString name = table->objectName().chopped(int(qstrlen("TableWidget")));
    name[0] = name[0].toUpper();
    addButton->setObjectName(u"add"_s + name + u"PushButton"_s);
    auto *up = new QPushButton(tr("Move &Up"));
    auto *down = new QPushButton(tr("Move &Down"));
    auto *row = new QHBoxLayout;
    row->addWidget(addButton);
    row->addWidget(up);
    row->addWidget(down);
    row->addStretch(1);
    connect(addButton, &QPushButton::clicked, this, [table, add] {
        add();
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    connect(up, &QPushButton::clicked, this, [table] { moveCurrent(table, -1); });
    connect(down, &QPushButton::clicked, this, [table] { moveCurrent(table, 1); });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addLayout(row);
    return page;
}

namespace {
QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}
} // namespace

void StageEditorDialog::addStageRow(const Stage &s)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(s.displayName());
    name->setData(IdRole, s.id);
    m_table->setItem(row, NameColumn, name);
    auto *probability = new QTableWidgetItem;
    probability->setData(Qt::EditRole, s.probability);
    m_table->setItem(row, ProbabilityColumn, probability);
    auto *idle = new QTableWidgetItem;
    idle->setData(Qt::EditRole, s.idleDays);
    m_table->setItem(row, IdleColumn, idle);
    m_table->setItem(row, ArchivedColumn, checkItem(s.archived));
}

void StageEditorDialog::addReasonRow(const LostReason &r)
{
    const int row = m_reasonTable->rowCount();
    m_reasonTable->insertRow(row);
    auto *name = new QTableWidgetItem(r.displayName());
    name->setData(IdRole, r.id);
    m_reasonTable->setItem(row, 0, name);
    m_reasonTable->setItem(row, 1, checkItem(r.archived));
}

void StageEditorDialog::moveCurrent(QTableWidget *table, int delta)
{
    const int row = table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= table->rowCount()) {
        return;
    }
    for (int c = 0; c < table->columnCount(); ++c) {
        QTableWidgetItem *a = table->takeItem(row, c);
        QTableWidgetItem *b = table->takeItem(target, c);
        table->setItem(row, c, b);
        table->setItem(target, c, a);
    }
    table->setCurrentCell(target, table->currentColumn());
}

QList<Stage> StageEditorDialog::stages() const
{
    QList<Stage> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const qint64 id = m_table->item(row, NameColumn)->data(IdRole).toLongLong();
        Stage s;
        for (const auto &o : m_stages) {
            if (o.id == id) {
                s = o;
            }
        }
        s.id = id;
        const QString name = m_table->item(row, NameColumn)->text().trimmed();
        // A built-in stage keeps following the language until it is really renamed.
        s.customName = (!s.code.isEmpty() && name == PipelineText::builtInStageName(s.code))
                               ? QString()
                               : name;
        s.probability = std::clamp(
                m_table->item(row, ProbabilityColumn)->data(Qt::EditRole).toInt(), 0, 100);
        s.idleDays = std::max(0, m_table->item(row, IdleColumn)->data(Qt::EditRole).toInt());
        s.archived = m_table->item(row, ArchivedColumn)->checkState() == Qt::Checked;
        s.position = row + 1;
        out.append(s);
    }
    return out;
}

QList<LostReason> StageEditorDialog::lostReasons() const
{
    QList<LostReason> out;
    for (int row = 0; row < m_reasonTable->rowCount(); ++row) {
        const qint64 id = m_reasonTable->item(row, 0)->data(IdRole).toLongLong();
        LostReason r;
        for (const auto &o : m_reasons) {
            if (o.id == id) {
                r = o;
            }
        }
        r.id = id;
        const QString name = m_reasonTable->item(row, 0)->text().trimmed();
        r.customName = (!r.code.isEmpty() && name == PipelineText::builtInLostReasonName(r.code))
                               ? QString()
                               : name;
        r.archived = m_reasonTable->item(row, 1)->checkState() == Qt::Checked;
        r.position = row + 1;
        out.append(r);
    }
    return out;
}

LostReasonDialog::LostReasonDialog(const PipelineService &service, int dealCount,
                                   const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"lostReasonDialog"_s);
    setWindowTitle(dealCount == 1 && !title.isEmpty()
                           ? tr("Mark %1 as Lost").arg(titleName(title))
                           : tr("Mark %n Deal(s) as Lost", nullptr, dealCount));
    m_reason = new QComboBox;
    m_reason->setObjectName(u"lostReasonComboBox"_s);
    for (const auto &r : service.lostReasons()) {
        if (!r.archived) {
            m_reason->addItem(r.displayName(), r.id);
        }
    }
    m_note = new QLineEdit;
    m_note->setObjectName(u"lostNoteLineEdit"_s);
    m_note->setPlaceholderText(tr("Optional: what happened"));
    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("Why was the deal lost?", nullptr, dealCount)));
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

qint64 LostReasonDialog::reasonId() const
{
    return m_reason->currentData().toLongLong();
}

QString LostReasonDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace salesdesk::ui
