#pragma once

#include <QString>

#include <optional>

namespace salesdesk::ui {

// The passwords of team servers, kept in the desktop's keychain (GNOME Keyring, KWallet… through
// QtKeychain) and nowhere else: with no keychain on the desktop nothing is kept, and the window
// asks each session. An account is a server book's address without its password
// (postgresql://amy@server:5432/acme).
namespace keychain {

// The password kept for the account, if there is one.
std::optional<QString> password(const QString &account);
// Keeps the password for the account; false with `error` set when the desktop has no keychain
// or it refused.
bool keep(const QString &account, const QString &password, QString *error);
// Forgets the account's password (nothing when none is kept).
void forget(const QString &account);

} // namespace keychain
} // namespace salesdesk::ui
