#include <gtest/gtest.h>

#include "contacts/CompanyName.h"

using consentric::contacts::normaliseCompanyName;

struct NameCase
{
    const char *written;
    const char *key;
};

void PrintTo(const NameCase &c, std::ostream *os)
{
    *os << '"' << c.written << "\" -> \"" << c.key << '"';
}

class CompanyNameTest : public testing::TestWithParam<NameCase>
{
};

TEST_P(CompanyNameTest, MeetsOnOneKey)
{
    EXPECT_EQ(normaliseCompanyName(QString::fromUtf8(GetParam().written)).toStdString(), GetParam().key);
}

INSTANTIATE_TEST_SUITE_P(Spellings, CompanyNameTest,
    testing::Values(NameCase{"Acme Inc.", "acme"}, NameCase{"ACME, Inc", "acme"}, NameCase{"Acme Incorporated", "acme"},
        NameCase{"  acme   inc  ", "acme"}, NameCase{"Globex GmbH", "globex"}, NameCase{"Bluefin Logistics S.A.", "bluefin logistics"},
        NameCase{"Bluefin Logistics SA", "bluefin logistics"}, NameCase{"Initech, LLC", "initech"},
        NameCase{"Müller & Söhne GmbH & Co. KG", "müller söhne"}, NameCase{"ＡＣＭＥ Ltd", "acme"}, NameCase{"Straße AG", "strasse"},
        NameCase{"Ford Motor Company", "ford motor"}, NameCase{"Co", "co"}),
    [](const testing::TestParamInfo<NameCase> &c) { return "case" + std::to_string(c.index); });
