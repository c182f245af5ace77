#pragma once

#include "core/pipeline/pipelinetypes.h"

#include <QStringList>

namespace salesdesk {

// Two people editing one deal (a team server): what the other one changed, and one's own change
// put on top of theirs. A deal is compared field by field as its editor shows them; stage,
// status and lost reason go together (a move), as do the value and its currency.

// The fields that differ between `from` and `to`, by the names the deal editor gives them (in
// the user's language).
QStringList changedDealFields(const Deal &from, const Deal &to);

// `current` with the fields `edited` changed since `opened` taken from `edited`: nothing the
// other user changed is lost, unless both changed the same field (then `edited` wins).
Deal dealOnTop(const Deal &opened, const Deal &edited, const Deal &current);

} // namespace salesdesk
