#pragma once

#include "pipeline/pipelinetypes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace salesdesk {
class PipelineService;
}

namespace salesdesk::ui {

// Pipeline › Stages…: add, rename, reorder and archive the book's stages, with each stage's
// default win probability and idle limit.
class StageEditorDialog : public QDialog
{
    Q_OBJECT

public:
    StageEditorDialog(const PipelineService &service, QWidget *parent = nullptr);
    QList<Stage> stages() const;

private:
    void addRow(const Stage &stage);
    void moveCurrent(int delta);

    QList<Stage> m_original;
    QTableWidget *m_table;
};

// Asks why a deal was lost: a reason from the book's list and an optional note.
class LostReasonDialog : public QDialog
{
    Q_OBJECT

public:
    LostReasonDialog(const PipelineService &service, int dealCount, QWidget *parent = nullptr);
    qint64 reasonId() const;
    QString note() const;

private:
    QComboBox *m_reason;
    QLineEdit *m_note;
};

} // namespace salesdesk::ui
