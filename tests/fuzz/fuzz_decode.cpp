// libFuzzer: encoding detection and decoding, and the reader chosen by content, on any
// bytes.
#include "contacts/import/ContactFile.h"
#include "contacts/import/Decoding.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = consentric::contacts::import::decode(bytes);
    if (decoded.encoding.isEmpty())
        __builtin_trap();
    (void)consentric::contacts::import::decodeCharset(bytes, QStringLiteral("Shift_JIS"));
    (void)consentric::contacts::import::readContactFile(bytes, QStringLiteral("contacts.txt"));
    return 0;
}
