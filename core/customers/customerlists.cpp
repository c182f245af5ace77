// CustomerService's lists: which customers a list shows, and in what order.

#include "core/common/textorder.h"
#include "core/customers/customerservice.h"

namespace salesdesk {

QCollator CustomerService::nameCollator()
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

Result<QList<qint64>> CustomerService::listed(const CustomerListQuery &query,
                                              std::optional<CustomerField> order,
                                              bool descending) const
{
    if (!order) {
        return m_repo.listedIds(query);
    }
    auto rows = m_repo.listedTexts(query, *order);
    if (!rows) {
        return rows.error();
    }
    return orderedByText(*rows, descending, nameCollator());
}

} // namespace salesdesk
