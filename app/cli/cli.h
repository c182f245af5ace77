#pragma once

#include <QStringList>

namespace salesdesk::cli {

// True when the arguments name a headless command (or --help / --version).
bool isCommand(const QStringList &arguments);
// Runs the command and returns the process exit code (0 ok, 1 usage, 2 data, 3 internal).
int run(const QStringList &arguments);

} // namespace salesdesk::cli
