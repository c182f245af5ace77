#include "stagedialogs.h"

#include "pipeline/pipelineservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    , m_original(service.stages())
{
    setObjectName(u"stageEditorDialog"_s);
    setWindowTitle(tr("Pipeline Stages"));
    auto *intro = new QLabel(tr("Deals move through these stages from left to right on the "
                                "Board. A deal counts as idle when it stays in a stage longer "
                                "than the idle limit. Archive a stage to hide it without "
                                "losing its history."));
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(u"stageTableWidget"_s);
    m_table->setHorizontalHeaderLabels(
            {tr("Stage"), tr("Win probability (%)"), tr("Idle limit (days)"), tr("Archived")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ProbabilityColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IdleColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ArchivedColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const auto &s : m_original) {
        addRow(s);
    }

    auto *add = new QPushButton(tr("&Add Stage"));
    add->setObjectName(u"addStagePushButton"_s);
    auto *up = new QPushButton(tr("Move &Up"));
    auto *down = new QPushButton(tr("Move &Down"));
    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addWidget(add);
    buttonsRow->addWidget(up);
    buttonsRow->addWidget(down);
    buttonsRow->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        Stage s;
        s.customName = tr("New stage");
        s.probability = 50;
        s.idleDays = 14;
        addRow(s);
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttonsRow);
    layout->addWidget(buttons);
    resize(620, 380);
}

void StageEditorDialog::addRow(const Stage &s)
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
    auto *archived = new QTableWidgetItem;
    archived->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    archived->setCheckState(s.archived ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, ArchivedColumn, archived);
}

void StageEditorDialog::moveCurrent(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount()) {
        return;
    }
    for (int c = 0; c < m_table->columnCount(); ++c) {
        QTableWidgetItem *a = m_table->takeItem(row, c);
        QTableWidgetItem *b = m_table->takeItem(target, c);
        m_table->setItem(row, c, b);
        m_table->setItem(target, c, a);
    }
    m_table->setCurrentCell(target, m_table->currentColumn());
}

QList<Stage> StageEditorDialog::stages() const
{
    QList<Stage> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const qint64 id = m_table->item(row, NameColumn)->data(IdRole).toLongLong();
        Stage s;
        for (const auto &o : m_original) {
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

LostReasonDialog::LostReasonDialog(const PipelineService &service, int dealCount, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"lostReasonDialog"_s);
    setWindowTitle(tr("Mark as Lost", nullptr, dealCount));
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
