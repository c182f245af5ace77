#include "core/common/language.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

thread_local QString threadLanguage;

// "zh_CN" from "salesdesk_zh_CN.qm"
QString languageOfFile(const QString &fileName)
{
    return fileName.mid(10, fileName.size() - 13);
}

} // namespace

Translations::Translations(QObject *parent)
    : QTranslator(parent)
{ }

Translations *Translations::install(const QString &language, const QString &folder, QObject *parent)
{
    auto *t = new Translations(parent);
    const QStringList files = QDir(folder).entryList({u"salesdesk_*.qm"_s}, QDir::Files);
    for (const QString &file : files) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file, folder)) {
            t->m_translators.emplace_back(languageOfFile(file), std::move(translator));
        }
    }
    t->m_language = language;
    QCoreApplication::installTranslator(t);
    return t;
}

const QTranslator *Translations::forLanguage(const QString &language) const
{
    for (const auto &[name, translator] : m_translators) {
        if (name == language) {
            return translator.get();
        }
    }
    // "zh" or "zh_TW" reads the first translation of the same language, English plurals else.
    const QString base = language.section(u'_', 0, 0);
    for (const auto &[name, translator] : m_translators) {
        if (name.section(u'_', 0, 0) == base) {
            return translator.get();
        }
    }
    for (const auto &[name, translator] : m_translators) {
        if (name == u"en"_s) {
            return translator.get();
        }
    }
    return nullptr;
}

QString Translations::translate(const char *context, const char *sourceText,
                                const char *disambiguation, int n) const
{
    const QString asked = LanguageScope::current();
    const QTranslator *t = forLanguage(asked.isEmpty() ? m_language : asked);
    if (!t) {
        return {};
    }
    QString text = t->translate(context, sourceText, disambiguation, n);
    // English is the source: an untranslated text stays as written, not in the window's language.
    if (text.isEmpty() && !asked.isEmpty()) {
        text = QString::fromUtf8(sourceText);
    }
    return text;
}

QStringList Translations::languages() const
{
    QStringList list {u"en"_s};
    for (const auto &entry : m_translators) {
        if (!list.contains(entry.first)) {
            list.append(entry.first);
        }
    }
    return list;
}

LanguageScope::LanguageScope(const QString &language)
    : m_previous(threadLanguage)
{
    threadLanguage = language;
}

LanguageScope::~LanguageScope()
{
    threadLanguage = m_previous;
}

QString LanguageScope::current()
{
    return threadLanguage;
}

QLocale localeOf(const QString &language)
{
    if (language.isEmpty() || language == u"en"_s) {
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }
    return QLocale(language);
}

} // namespace salesdesk
