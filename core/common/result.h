#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace salesdesk {

// What went wrong, in a sentence a user can act on, plus which kind of wrong it was.
// The kind decides the CLI exit code (1 user error, 2 bad data or file, 3 internal).
struct Error
{
    enum class Kind { User = 1, Data = 2, Internal = 3 };

    Kind kind = Kind::Internal;
    QString message;
    // The change was refused because someone else changed the same row since it was read (a
    // team server): the caller may offer to reload it or to apply the change on top.
    bool conflict = false;

    static Error user(QString m) { return {Kind::User, std::move(m)}; }
    static Error data(QString m) { return {Kind::Data, std::move(m)}; }
    static Error internal(QString m) { return {Kind::Internal, std::move(m)}; }
    static Error editConflict(QString m) { return {Kind::Data, std::move(m), true}; }
};

// A value or an Error. Core functions return this instead of throwing.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace salesdesk
