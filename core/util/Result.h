// Result<T>: what a fallible core call returns. Either a value, or an Error whose
// message a person can act on (what went wrong, where, what to do). Core never throws
// across its API, so the UI and the command line only ever deal with these.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace consentric {

struct Error
{
    QString message;
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    // By value, so that `for (auto &x : *call())` owns what it iterates.
    T operator*() && { return std::move(*this).value(); }

    const Error &error() const { return std::get<1>(m_state); }
    const QString &message() const { return error().message; }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error fail(QString message)
{
    return Error{std::move(message)};
}

} // namespace consentric
