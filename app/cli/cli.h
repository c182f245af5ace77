#pragma once

#include <QStringList>

namespace salesdesk::cli {

// True when the arguments name a headless command (or --help / --version).
bool isCommand(const QStringList &arguments);
// True for a command that lays out pages (the report): it needs fonts, so a QGuiApplication on
// Qt's offscreen platform, which works without a display.
bool drawsPages(const QStringList &arguments);
// Runs the command and returns the process exit code (0 ok, 1 usage, 2 data, 3 internal).
int run(const QStringList &arguments);

// Why the window cannot start with these arguments: a word that is neither a command nor an
// existing file, or no display to show a window on. Empty when it can; checked before any Qt
// application exists (without a display, QApplication aborts the process).
enum class GuiRefusal { None, UnknownCommand, NoSuchFile, NoDisplay };
GuiRefusal refuseGui(const QStringList &arguments);
// Says why on stderr (translated: a QCoreApplication must exist) and returns the exit code.
int explainGuiRefusal(GuiRefusal refusal, const QStringList &arguments);

} // namespace salesdesk::cli
