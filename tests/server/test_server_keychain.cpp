// A team server's password kept in the desktop's keychain. Run by tests/support/with-keyring.sh
// (a GNOME Keyring of its own in a D-Bus session of its own, headless), hence the tag
// [keychain], which the other "server: " runs leave out.

#include "core/book/book.h"
#include "tests/support/modal.h"
#include "tests/support/serverdatabase.h"
#include "ui/common/keychain.h"
#include "ui/mainwindow.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;
using namespace salesdesk;

namespace {

// Opens the address in a new window, answering the password dialog (if it comes) with `typed`
// and `remember` (and the warning that a wrong password brings with OK); says whether it came.
bool openAnswering(const QString &address, const QString &typed, bool remember, bool *opened)
{
    bool asked = false;
    ModalHandler modal([&](QDialog *dialog) {
        asked = dialog->objectName() == u"serverPasswordDialog"_s;
        if (!asked) {
            return;
        }
        dialog->findChild<QLineEdit *>(u"serverPasswordLineEdit"_s)->setText(typed);
        dialog->findChild<QCheckBox *>(u"rememberPasswordCheckBox"_s)->setChecked(remember);
        dialog->accept();
    });
    ModalHandler<QMessageBox> warning([](QMessageBox *box) { box->accept(); });
    ui::MainWindow window;
    *opened = window.openServerBook(address) && window.book() != nullptr;
    return asked;
}

} // namespace

TEST_CASE("a server's password is asked once, kept in the desktop's keychain, and asked again "
          "when it changed",
          "[keychain]")
{
    ServerDatabase server;
    REQUIRE(Book::create(server.address(), {u"Harbour Trading"_s, u"CNY"_s, {}}));
    const QString amy = server.addUser(u"amy"_s);
    // Members of salesdesk_password give a password over TCP (pgcluster.sh).
    server.run(u"DO $$BEGIN CREATE ROLE salesdesk_password NOLOGIN; EXCEPTION WHEN "
               "duplicate_object THEN NULL; END$$"_s);
    server.run(u"GRANT salesdesk_password TO %1"_s.arg(amy));
    server.run(u"ALTER ROLE %1 PASSWORD 'first @/secret'"_s.arg(amy));
    const QString address = server.addressAs(amy);
    ui::keychain::forget(address);
    REQUIRE_FALSE(ui::keychain::password(address).has_value());

    bool opened = false;
    // Asked, and kept.
    CHECK(openAnswering(address, u"first @/secret"_s, true, &opened));
    REQUIRE(opened);
    CHECK(ui::keychain::password(address) == u"first @/secret"_s);
    // The address remembered among the recent books has no password in it.
    CHECK(ui::MainWindow::lastFile() == address);
    CHECK_FALSE(ui::MainWindow::lastFile().contains(u"secret"_s));

    // The next time, nothing is asked.
    CHECK_FALSE(openAnswering(address, u"never typed"_s, true, &opened));
    CHECK(opened);

    // Changed on the server: the kept one fails, the new one is asked for and kept instead.
    server.run(u"ALTER ROLE %1 PASSWORD 'second secret'"_s.arg(amy));
    CHECK(openAnswering(address, u"second secret"_s, true, &opened));
    CHECK(opened);
    CHECK(ui::keychain::password(address) == u"second secret"_s);

    // Changed again and not to be remembered: the keychain forgets the old one.
    server.run(u"ALTER ROLE %1 PASSWORD 'third secret'"_s.arg(amy));
    CHECK(openAnswering(address, u"third secret"_s, false, &opened));
    CHECK(opened);
    CHECK_FALSE(ui::keychain::password(address).has_value());

    // The program keeps what was typed in its memory for the session: not asked again.
    CHECK_FALSE(openAnswering(address, u"never typed"_s, true, &opened));
    CHECK(opened);

    // Changed once more, and a wrong password typed: nothing opens and nothing is kept.
    server.run(u"ALTER ROLE %1 PASSWORD 'fourth secret'"_s.arg(amy));
    CHECK(openAnswering(address, u"wrong"_s, true, &opened));
    CHECK_FALSE(opened);
    CHECK_FALSE(ui::keychain::password(address).has_value());
}
