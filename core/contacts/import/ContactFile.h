// Reading a contact file whatever it is: the reader is chosen by the file's extension
// (.vcf, .vcard → vCard; .csv, .tsv → CSV) and, for any other or no extension (.txt
// included), by whether its first lines hold BEGIN:VCARD. Used by the import wizard and
// the command line alike.
#pragma once

#include "contacts/import/ImportTypes.h"

#include <QByteArray>
#include <QString>

namespace consentric::contacts::import {

ReadResult readContactFile(const QByteArray &bytes, const QString &fileName, const QString &forcedEncoding = {});

} // namespace consentric::contacts::import
