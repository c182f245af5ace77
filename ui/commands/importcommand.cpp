#include "ui/commands/importcommand.h"

namespace salesdesk::ui {

ImportCommand::ImportCommand(Book &book, CsvTable table, ImportOptions options,
                             ImportJournal journal, const QString &text)
    : UndoCommand(text)
    , m_book(book)
    , m_table(std::move(table))
    , m_options(std::move(options))
    , m_journal(std::move(journal))
{ }

Status ImportCommand::replayUndo()
{
    const Status undone = Importer::undo(m_book, m_journal);
    m_journal = {};
    const Status reloaded = m_book.reload();
    return undone ? reloaded : undone;
}

Status ImportCommand::replayRedo()
{
    Importer importer(m_book, m_options);
    auto report = importer.run(m_table, &m_journal);
    const Status reloaded = m_book.reload();
    if (!report) {
        return report.error();
    }
    if (!report->written) {
        return Error::data(QCoreApplication::translate("ImportCommand",
                                                       "The import could not be done again: "
                                                       "the book has changed since."));
    }
    return reloaded;
}

} // namespace salesdesk::ui
