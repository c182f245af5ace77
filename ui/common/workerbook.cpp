#include "ui/common/workerbook.h"

#include "core/book/book.h"

namespace salesdesk::ui {

WorkerBook::WorkerBook(QString path, const Clock &clock)
    : m_path(std::move(path))
    , m_clock(clock)
{ }

WorkerBook::~WorkerBook() = default;

Result<Book *> WorkerBook::get()
{
    if (!m_book) {
        auto opened = Book::open(m_path, Database::Access::ReadOnly, m_clock);
        if (!opened) {
            return opened.error();
        }
        m_book = std::move(opened).value();
    } else if (auto st = m_book->reload(); !st) {
        return st.error();
    }
    return m_book.get();
}

void WorkerBook::close()
{
    m_book.reset();
}

} // namespace salesdesk::ui
