#pragma once

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>

#include <functional>
#include <memory>

// Drives the next modal dialog an action opens, as KeePassXC's TEST_MODAL does. The handler
// runs inside the dialog's event loop: it records what it sees into the test's variables and
// closes the dialog, and asserts nothing there (an assertion failing inside an event loop cannot
// unwind through it). After the action returns the test checks ran(), so a dialog that never
// opened fails the test instead of passing it silently, and then asserts what was recorded.
//
//     bool okAtFirst = true;
//     ModalHandler modal([&](QDialog *dialog) { okAtFirst = ok(dialog)->isEnabled(); … });
//     page->newDealAction()->trigger();
//     REQUIRE(modal.ran());
//     CHECK_FALSE(okAtFirst);
template<typename Dialog = QDialog>
class ModalHandler
{
public:
    explicit ModalHandler(std::function<void(Dialog *)> handle, int timeoutMs = 10000)
        : m_timer(std::make_unique<QTimer>())
        , m_guard(std::make_unique<QTimer>())
    {
        m_clock.start();
        m_timer->setInterval(5);
        // While the handler runs, any other modal window (a warning the dialog raised on OK) is
        // closed and remembered, instead of waiting for a click that never comes.
        m_guard->setInterval(20);
        QObject::connect(m_guard.get(), &QTimer::timeout, [this] {
            QWidget *active = QApplication::activeModalWidget();
            if (active && active != m_dialog) {
                m_unexpected = true;
                const auto *box = qobject_cast<QMessageBox *>(active);
                m_unexpectedText = box ? box->text() : active->windowTitle();
                active->close();
            }
        });
        QObject::connect(m_timer.get(), &QTimer::timeout, [this, handle, timeoutMs] {
            if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
                m_timer->stop();
                m_dialog = dialog;
                m_guard->start();
                handle(dialog);
                m_guard->stop();
                m_ran = true;
                // A handler that left the dialog open would hang the test: close it.
                if (dialog->isVisible()) {
                    m_leftOpen = true;
                    dialog->reject();
                }
            } else if (m_clock.elapsed() > timeoutMs) {
                m_timer->stop();
            }
        });
        m_timer->start();
    }

    // The handler ran on a dialog of the expected kind, no other window popped up meanwhile,
    // and the dialog was closed by it.
    bool ran() const { return m_ran && !m_leftOpen && !m_unexpected; }
    // What a window that popped up while the handler ran said (a warning's text).
    const QString &unexpected() const { return m_unexpectedText; }

private:
    std::unique_ptr<QTimer> m_timer;
    std::unique_ptr<QTimer> m_guard;
    QWidget *m_dialog = nullptr;
    bool m_unexpected = false;
    QString m_unexpectedText;
    QElapsedTimer m_clock;
    bool m_ran = false;
    bool m_leftOpen = false;
};

// ModalHandler([](QDialog *) {…}) handles any dialog.
template<typename Handle>
ModalHandler(Handle) -> ModalHandler<QDialog>;
template<typename Handle>
ModalHandler(Handle, int) -> ModalHandler<QDialog>;
