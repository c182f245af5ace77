#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace salesdesk::ui {

// What the window shows while no company is open (the first start, and after File › Close):
// start a company (its name, home currency and where its file goes, shown and changeable),
// open a file, open the demo company, or start a company from another CRM's export; the recent
// files. Nothing is created until the user says so.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &files);
    // Why the last attempt failed, in red; empty clears it.
    void setMessage(const QString &text);

    QString companyName() const;
    QString currency() const;
    // The month the company's year starts in (1: January).
    int yearStartMonth() const;
    // Where the new company's file goes: the Documents folder and the company's name, until the
    // user chooses another place.
    QString filePath() const;
    // The file name a company's name gives ("Bright Star Trading.salesdesk").
    static QString fileNameFor(const QString &companyName);
    // The folder new companies go to (Documents until changed).
    void setFolder(const QString &folder);

signals:
    void createRequested(const QString &path, const QString &name, const QString &currency);
    // Create the company, then import a CRM's export into it.
    void createAndImportRequested(const QString &path, const QString &name,
                                  const QString &currency);
    void openRequested(); // a file dialog
    void openFileRequested(const QString &path);
    void demoRequested();

private:
    void updatePath();
    void chooseLocation();
    void updateButtons();
    void languageChosen();

    QLineEdit *m_name;
    QComboBox *m_currency;
    QComboBox *m_yearStart;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QLabel *m_path;
    QString m_folder;
    QString m_chosenPath; // set when the user picked a file name themselves
    QPushButton *m_create;
    QPushButton *m_import;
    QListWidget *m_recent;
    QLabel *m_message;
};

} // namespace salesdesk::ui
