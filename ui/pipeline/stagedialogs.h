#pragma once

#include "core/pipeline/pipelinetypes.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace salesdesk {
class PipelineService;
}

namespace salesdesk::ui {

// Pipeline › Stages and Lost Reasons…: add, rename, reorder and archive the book's stages (with
// each stage's default win probability and idle limit) and its list of lost reasons.
class StageEditorDialog : public QDialog
{
    Q_OBJECT

public:
    StageEditorDialog(const PipelineService &service, QWidget *parent = nullptr);
    QList<Stage> stages() const;
    QList<LostReason> lostReasons() const;

private:
    void addStageRow(const Stage &stage);
    void addReasonRow(const LostReason &reason);
    static void moveCurrent(QTableWidget *table, int delta);
    QWidget *tablePage(QTableWidget *table, const QString &intro, const QString &addText,
                       const std::function<void()> &add);

    QList<Stage> m_stages;
    QList<LostReason> m_reasons;
    QTableWidget *m_table;
    QTableWidget *m_reasonTable;
};

// Asks why a deal was lost: a reason from the book's list and an optional note.
class LostReasonDialog : public QDialog
{
    Q_OBJECT

public:
    // `title`: the deal's, when one is marked lost; several say how many.
    LostReasonDialog(const PipelineService &service, int dealCount, const QString &title = {},
                     QWidget *parent = nullptr);
    qint64 reasonId() const;
    QString note() const;

private:
    QComboBox *m_reason;
    QLineEdit *m_note;
};

} // namespace salesdesk::ui
