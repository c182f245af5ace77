#include "core/exchange/exporter.h"

#include "core/common/dates.h"
#include "core/common/money.h"
#include "core/common/privatefile.h"
#include "core/exchange/csvtable.h"
#include "core/exchange/workbookfile.h"
#include "core/pipeline/pipelinerepository.h"
#include "core/storage/database.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QStringEncoder>

#include <xlsxwriter.h>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

QVariant textOrNull(const QVariant &v)
{
    return v.isNull() ? QVariant(QString()) : QVariant(v.toString());
}

QVariant dateCell(const QVariant &stored)
{
    const QString s = stored.toString();
    return s.isEmpty() ? QVariant(QString()) : QVariant(QDate::fromString(s, Qt::ISODate));
}

// A stored UTC instant ("2026-11-27T09:18:26Z"): the same text in CSV, local time in a workbook.
QVariant instantCell(const QVariant &stored)
{
    const QString s = stored.toString();
    const QDateTime at = fromStoredTime(s);
    if (!at.isValid()) {
        return s;
    }
    return QVariant::fromValue(ExportTable::Moment {s, at.toLocalTime(), true});
}

// A stored wall-clock time ("2026-09-12T14:30"): "2026-09-12 14:30" in CSV, as is in a workbook.
QVariant wallTimeCell(const QVariant &stored)
{
    const QString s = stored.toString();
    const QString text = s.left(16).replace(u'T', u' ');
    const QDateTime at = fromStoredLocalTime(s.left(16));
    if (!at.isValid()) {
        return text;
    }
    return QVariant::fromValue(ExportTable::Moment {text, at, false});
}

} // namespace

Result<ExportTable> Exporter::table(Database &database, ImportEntity entity)
{
    QSqlDatabase db = database.connection();
    StageRepository stagesRepo(db);
    auto stages = stagesRepo.stages();
    if (!stages) {
        return stages.error();
    }
    QHash<qint64, QString> stageName;
    for (const Stage &s : std::as_const(*stages)) {
        stageName.insert(s.id, s.displayName());
    }
    auto reasons = stagesRepo.lostReasons();
    if (!reasons) {
        return reasons.error();
    }
    QHash<qint64, QString> reasonName;
    for (const LostReason &r : std::as_const(*reasons)) {
        reasonName.insert(r.id, r.displayName());
    }

    ExportTable t;
    const auto headers = [&](std::initializer_list<Field> fields) {
        for (Field f : fields) {
            t.header.append(ImportColumns::exportHeader(f));
        }
    };
    QString sql;
    switch (entity) {
    case ImportEntity::Customers:
        headers({Field::CustomerName, Field::CustomerKind, Field::Industry, Field::Region,
                 Field::Address, Field::CustomerSource, Field::Tags, Field::Owner,
                 Field::ServiceNotes, Field::CreatedAt, Field::ContactName, Field::Role,
                 Field::Phone, Field::Email, Field::WeChat});
        sql = u"SELECT c.name, c.kind, c.industry, c.region, c.address, c.source, c.tags, r.name, "
              "c.service_notes, c.created_at, p.name, p.role, p.phone, p.email, p.wechat "
              "FROM customers c LEFT JOIN reps r ON r.id = c.owner_id "
              "LEFT JOIN contacts p ON p.customer_id = c.id AND p.is_primary = 1 "
              "ORDER BY c.id"_s;
        break;
    case ImportEntity::Contacts:
        t.header = {u"Customer"_s, u"Name"_s,   u"Role"_s,  u"Phone"_s,
                    u"Email"_s,    u"WeChat"_s, u"Notes"_s, u"Primary"_s};
        sql = u"SELECT c.name, p.name, p.role, p.phone, p.email, p.wechat, p.notes, p.is_primary "
              "FROM contacts p JOIN customers c ON c.id = p.customer_id "
              "ORDER BY p.customer_id, p.is_primary DESC, p.id"_s;
        break;
    case ImportEntity::Deals:
        headers({Field::Title, Field::CustomerName, Field::Value, Field::Currency, Field::Stage,
                 Field::Status, Field::Owner, Field::ExpectedClose, Field::CreatedAt,
                 Field::ClosedAt, Field::Probability, Field::Product, Field::DealSource,
                 Field::Competitor, Field::ForecastCategory, Field::LostReason, Field::NextStep,
                 Field::Notes});
        sql = u"SELECT d.title, c.name, d.value_minor, d.currency, d.stage_id, d.status, r.name, "
              "d.expected_close, d.created_at, d.closed_at, d.probability, d.product, d.source, "
              "(SELECT group_concat(name, '; ') FROM (SELECT k.name FROM deal_competitors dk "
              "JOIN competitors k ON k.id = dk.competitor_id WHERE dk.deal_id = d.id "
              "ORDER BY lower(k.name)) AS named), "
              "d.lost_reason_id, d.next_step, d.notes, d.lost_note, "
              // an open deal's category, pipeline when none was set; a closed deal's only if set
              "CASE WHEN d.status = 'open' THEN coalesce(d.forecast_category, 'pipeline') "
              "ELSE d.forecast_category END "
              "FROM deals d JOIN customers c ON c.id = d.customer_id "
              "LEFT JOIN reps r ON r.id = d.owner_id ORDER BY d.id"_s;
        break;
    case ImportEntity::Activities:
        headers({Field::Subject, Field::ActivityKind, Field::DueAt, Field::Done, Field::DoneAt,
                 Field::Outcome, Field::CustomerName, Field::DealTitle, Field::Owner,
                 Field::DealCreatedAt});
        sql = u"SELECT a.subject, a.kind, a.due_at, a.done, a.done_at, a.outcome, c.name, "
              "d.title, r.name, d.created_at FROM activities a LEFT JOIN customers c ON c.id = "
              "a.customer_id "
              "LEFT JOIN deals d ON d.id = a.deal_id LEFT JOIN reps r ON r.id = a.rep_id "
              "ORDER BY a.id"_s;
        break;
    }
    SqlQuery q(db, sql);
    if (auto st = q.exec(); !st) {
        return st.error();
    }
    while (q.next()) {
        QList<QVariant> row;
        switch (entity) {
        case ImportEntity::Customers:
            for (int c = 0; c < 15; ++c) {
                row.append(c == 9 ? instantCell(q.value(c)) : textOrNull(q.value(c)));
            }
            break;
        case ImportEntity::Contacts:
            for (int c = 0; c < 7; ++c) {
                row.append(textOrNull(q.value(c)));
            }
            row.append(q.value(7).toBool());
            break;
        case ImportEntity::Deals: {
            const QString currency = q.value(3).toString();
            const QString status = q.value(5).toString();
            QString lostReason = reasonName.value(q.value(14).toLongLong());
            // A reason typed by hand (stored as "other" with a note) goes out as typed.
            if (const QString note = q.value(17).toString();
                status == "lost"_L1 && !note.isEmpty()) {
                lostReason = note;
            }
            const QString source = q.value(12).toString();
            row = {q.value(0).toString(),
                   q.value(1).toString(),
                   QVariant::fromValue(ExportTable::Amount {q.value(2).toLongLong(),
                                                            currency::decimals(currency)}),
                   currency,
                   stageName.value(q.value(4).toLongLong()),
                   status,
                   textOrNull(q.value(6)),
                   dateCell(q.value(7)),
                   instantCell(q.value(8)),
                   instantCell(q.value(9)),
                   q.value(10).isNull() ? QVariant(QString()) : QVariant(q.value(10).toInt()),
                   textOrNull(q.value(11)),
                   source,
                   textOrNull(q.value(13)),
                   textOrNull(q.value(18)),
                   status == "lost"_L1 ? lostReason : QString(),
                   textOrNull(q.value(15)),
                   textOrNull(q.value(16))};
            break;
        }
        case ImportEntity::Activities:
            row = {q.value(0).toString(), q.value(1).toString(),
                   // due times are local wall-clock times: "2026-09-12 14:30"
                   wallTimeCell(q.value(2)), q.value(3).toBool(), instantCell(q.value(4)),
                   textOrNull(q.value(5)), textOrNull(q.value(6)), textOrNull(q.value(7)),
                   textOrNull(q.value(8)), instantCell(q.value(9))};
            break;
        }
        t.rows.append(row);
    }
    return t;
}

QString Exporter::text(const QVariant &cell)
{
    if (cell.metaType() == QMetaType::fromType<ExportTable::Amount>()) {
        const auto a = cell.value<ExportTable::Amount>();
        if (a.decimals == 0) {
            return QString::number(a.minor);
        }
        qint64 unit = 1;
        for (int i = 0; i < a.decimals; ++i) {
            unit *= 10;
        }
        const qint64 whole = std::abs(a.minor) / unit;
        const qint64 part = std::abs(a.minor) % unit;
        return (a.minor < 0 ? u"-"_s : QString()) + QString::number(whole) + u'.'
               + u"%1"_s.arg(part, a.decimals, 10, QChar(u'0'));
    }
    if (cell.metaType() == QMetaType::fromType<ExportTable::Moment>()) {
        return cell.value<ExportTable::Moment>().text;
    }
    switch (cell.typeId()) {
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::Bool:
        return cell.toBool() ? u"yes"_s : u"no"_s;
    default:
        return cell.toString();
    }
}

Status Exporter::write(const ExportTable &table, const QString &path, Encoding encoding)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx") {
        return writeXlsx(table, path, QFileInfo(path).completeBaseName());
    }
    if (suffix == u"csv") {
        return writeCsv(table, path, encoding);
    }
    return Error::user(tr("SalesDesk writes .csv or .xlsx files, not “%1”: name the file "
                          "accordingly.")
                               .arg(QFileInfo(path).fileName()));
}

Status Exporter::writeCsv(const ExportTable &table, const QString &path, Encoding encoding)
{
    QString out;
    const auto line = [&](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &c : cells) {
            quoted.append(csvField(c));
        }
        out += quoted.join(u',') + u"\r\n"_s;
    };
    line(table.header);
    for (const auto &row : table.rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QVariant &v : row) {
            cells.append(text(v));
        }
        line(cells);
    }
    QByteArray bytes;
    if (encoding == Encoding::Gb18030) {
        QStringEncoder gb("GB18030");
        bytes = gb.encode(out);
    } else {
        bytes = "\xEF\xBB\xBF" + out.toUtf8();
    }
    const bool existed = QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !makePrivateIfNew(file, existed)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        return cannotWrite(path, file, bytes.size());
    }
    return {};
}

Status Exporter::writeXlsx(const ExportTable &table, const QString &path, const QString &sheetName)
{
    return writeWorkbook(path, true, [&](lxw_workbook *book) -> Status {
        const QString name = salesdesk::sheetName(sheetName);
        lxw_worksheet *sheet = workbook_add_worksheet(
                book, name.isEmpty() ? nullptr : name.toUtf8().constData());
        lxw_format *bold = workbook_add_format(book);
        format_set_bold(bold);
        lxw_format *dateFormat = workbook_add_format(book);
        format_set_num_format(dateFormat, "yyyy-mm-dd");
        lxw_format *timeFormat = workbook_add_format(book);
        format_set_num_format(timeFormat, "yyyy-mm-dd hh:mm:ss");
        lxw_format *minuteFormat = workbook_add_format(book);
        format_set_num_format(minuteFormat, "yyyy-mm-dd hh:mm");
        QHash<int, lxw_format *> moneyFormats;
        worksheet_freeze_panes(sheet, 1, 0);
        for (qsizetype c = 0; c < table.header.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), table.header[c].toUtf8().constData(),
                                   bold);
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const auto row = lxw_row_t(r + 1);
            for (qsizetype c = 0; c < table.rows[r].size(); ++c) {
                const QVariant &v = table.rows[r][c];
                const auto col = lxw_col_t(c);
                if (v.metaType() == QMetaType::fromType<ExportTable::Amount>()) {
                    const auto a = v.value<ExportTable::Amount>();
                    lxw_format *&f = moneyFormats[a.decimals];
                    if (!f) {
                        f = workbook_add_format(book);
                        const QByteArray pattern = a.decimals == 0
                                                           ? QByteArray("#,##0")
                                                           : "#,##0." + QByteArray(a.decimals, '0');
                        format_set_num_format(f, pattern.constData());
                    }
                    worksheet_write_number(sheet, row, col, Exporter::text(v).toDouble(), f);
                } else if (v.typeId() == QMetaType::QDate) {
                    const QDate d = v.toDate();
                    lxw_datetime dt {d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(sheet, row, col, &dt, dateFormat);
                } else if (v.metaType() == QMetaType::fromType<ExportTable::Moment>()) {
                    const auto m = v.value<ExportTable::Moment>();
                    const QDate d = m.local.date();
                    const QTime t = m.local.time();
                    lxw_datetime dt {d.year(), d.month(),  d.day(),
                                     t.hour(), t.minute(), double(t.second())};
                    worksheet_write_datetime(sheet, row, col, &dt,
                                             m.seconds ? timeFormat : minuteFormat);
                } else if (v.typeId() == QMetaType::Bool) {
                    worksheet_write_boolean(sheet, row, col, v.toBool(), nullptr);
                } else if (v.typeId() == QMetaType::Int) {
                    worksheet_write_number(sheet, row, col, v.toInt(), nullptr);
                } else if (const QString s = v.toString(); !s.isEmpty()) {
                    // Excel holds at most 32,767 characters in a cell: a longer text is not
                    // dropped in silence but refused, with where it is.
                    if (worksheet_write_string(sheet, row, col, s.toUtf8().constData(), nullptr)
                        == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
                        return Error::user(
                                tr("Row %1, column “%2” holds %3 characters, more than the "
                                   "32,767 an Excel cell can: export to CSV instead, which "
                                   "keeps it whole.")
                                        .arg(r + 2)
                                        .arg(table.header.value(c))
                                        .arg(s.size()));
                    }
                }
            }
        }
        return {};
    });
}

} // namespace salesdesk
