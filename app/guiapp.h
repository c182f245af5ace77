#pragma once

namespace salesdesk::app {

// Names the application for QSettings and QStandardPaths (GUI and CLI alike).
void setApplicationIdentity();
// Loads the chosen (or the system's) language for the app and the commands.
void installTranslators();
// Starts the GUI: language, the data file (argument, last used, or the default), main window.
int runGui(int &argc, char **argv);

} // namespace salesdesk::app
