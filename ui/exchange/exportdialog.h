#pragma once

class QWidget;

namespace salesdesk {
class Book;
} // namespace salesdesk

namespace salesdesk::ui {

// File › Export: asks which table and where, then writes CSV (UTF-8 with BOM, or GB18030 for
// older Excel) or an XLSX workbook. Returns true when a file was written.
bool exportTable(QWidget *parent, Book &book);

} // namespace salesdesk::ui
