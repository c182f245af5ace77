#include "ui/common/keychain.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui::keychain {

namespace {

// The name SalesDesk's passwords go under in the keychain.
const QString Service = u"SalesDesk team server"_s;

// Runs a keychain job to its end (a keychain may ask the user to unlock it first).
void run(QKeychain::Job &job, const QString &account)
{
    job.setAutoDelete(false);
    // Never a file in plain text when the desktop has no keychain.
    job.setInsecureFallback(false);
    job.setKey(account);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

std::optional<QString> password(const QString &account)
{
    QKeychain::ReadPasswordJob job(Service);
    run(job, account);
    if (job.error() != QKeychain::NoError) {
        if (job.error() != QKeychain::EntryNotFound) {
            qInfo("No password from the keychain: %s", qPrintable(job.errorString()));
        }
        return std::nullopt;
    }
    return job.textData();
}

bool keep(const QString &account, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(Service);
    job.setTextData(password);
    run(job, account);
    if (job.error() != QKeychain::NoError) {
        *error = job.errorString();
        return false;
    }
    return true;
}

void forget(const QString &account)
{
    QKeychain::DeletePasswordJob job(Service);
    run(job, account);
}

} // namespace salesdesk::ui::keychain
