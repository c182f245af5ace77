#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>
#include <vector>

namespace salesdesk {

// The program's own texts in the window's language, and, for a piece of work on one thread, in
// another: a quarterly report in Chinese made from an English window. Installed once as the
// application's translator; every tr() goes through it.
class Translations : public QTranslator
{
public:
    // Loads every translation in `folder` (salesdesk_<language>.qm), uses `language`'s for the
    // window and installs itself in the application.
    static Translations *install(const QString &language, const QString &folder, QObject *parent);

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;

    // The languages there are texts for: "en" (the source) and each translation's.
    QStringList languages() const;

private:
    explicit Translations(QObject *parent);
    const QTranslator *forLanguage(const QString &language) const;

    QString m_language;
    std::vector<std::pair<QString, std::unique_ptr<QTranslator>>> m_translators;
};

// While one lives, tr() on this thread answers in `language` ("en", "zh_CN"), whatever the
// window's; scopes nest.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

    // The language asked for on this thread, or empty for the window's.
    static QString current();

private:
    QString m_previous;
};

// The locale numbers and dates are written in for a language ("zh_CN" → China's).
QLocale localeOf(const QString &language);

} // namespace salesdesk
