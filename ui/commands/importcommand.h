#pragma once

#include "core/book/book.h"
#include "core/exchange/csvtable.h"
#include "core/exchange/importer.h"
#include "ui/commands/undocommand.h"

namespace salesdesk::ui {

// One import on the undo stack. The import dialog has run it when it is pushed; undo takes it
// back from its journal, redo runs it again from the same rows and choices. Either way the book
// is read again, so every view starts over.
class ImportCommand : public UndoCommand
{
public:
    ImportCommand(Book &book, CsvTable table, ImportOptions options, ImportJournal journal,
                  const QString &text);

protected:
    Status replayUndo() override;
    Status replayRedo() override;

private:
    Book &m_book;
    CsvTable m_table;
    ImportOptions m_options;
    ImportJournal m_journal;
};

} // namespace salesdesk::ui
