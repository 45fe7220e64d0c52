// libFuzzer: the CSV reader must read any bytes without crashing, hanging or growing
// without bound, and whatever it returns must hold together.
#include "contacts/import/CsvReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto read = consentric::contacts::import::readCsv(bytes);
    if (read.refused && !read.contacts.empty())
        __builtin_trap();
    for (const auto &c : read.contacts) {
        if (c.line < 1)
            __builtin_trap();
    }
    return 0;
}
