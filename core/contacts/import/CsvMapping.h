// Which contact field each column of a CSV file holds, from its header: synonyms in
// English and German (LinkedIn, Google, Outlook in any of its layouts, Thunderbird, Apple,
// Roundcube, …), matched without regard to case, spacing, punctuation or accents, so that
// a header whose ß and ä were lost to U+FFFD still matches. Also which export a header is.
#pragma once

#include "contacts/import/ImportTypes.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace consentric::contacts::import {

// The field of each header cell; Field::Ignore for the ones not known.
std::vector<Field> mapHeaders(const QStringList &headers);
// Which export the header comes from; Format::GenericCsv when none in particular.
Format detectCsvFormat(const QStringList &headers);
// The field one header cell names on its own (without looking at the other cells);
// Field::Ignore when unknown. "Title" alone is the job title here; mapHeaders() knows
// better when the file has a job title column too or comes from Outlook.
Field fieldOfHeader(const QString &header);
// The form headers are compared in: case-folded, with only ASCII letters and digits and
// letters of non-Latin scripts kept ("E-Mail 2: Adresse" → "email2adresse",
// "Straße geschäftlich" and "Stra�e gesch�ftlich" → "straegeschftlich").
QString headerKey(const QString &header);

} // namespace consentric::contacts::import
