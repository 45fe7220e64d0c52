#include "demo/DemoData.h"

#include <QRegularExpression>

#include <vector>

namespace consentric::demo {

namespace {

// Words separated by spaces; "_" stands for a space inside one name ("de_Vries").
QStringList words(const char *text)
{
    QStringList list = QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : list)
        word.replace(QLatin1Char('_'), QLatin1Char(' '));
    return list;
}

} // namespace

const QStringList &givenNames()
{
    static const QStringList names = words(
        // English
        "Alice Ben Charlotte Daniel Emily Finn Grace Harry Isla Jack Katie Liam Mia Noah Olivia Peter Ruby Sam Sophie Tom "
        "Amelia Oscar Hannah George Lucy Henry Chloe Arthur Evie Leo "
        // Spanish and Portuguese
        "Alejandro Beatriz Carmen Diego Elena Fernando Gabriela Hugo Inés Javier Lucía Mateo Nuria Pablo Rocío Santiago "
        "Valentina Xavier João Mariana Thiago Larissa Gonçalo Leonor "
        // German
        "Anja Bernd Claudia Dieter Frieda Günter Heike Jürgen Katrin Lukas Maximilian Nina Ralf Sabine Tobias Ute Wolfgang "
        // French
        "Amélie Baptiste Céline Étienne Françoise Guillaume Hélène Julien Léa Marc Noémie Océane Pierre Quentin Sylvie Théo "
        // Italian
        "Alessandro Chiara Davide Federica Giorgio Giulia Lorenzo Martina Riccardo Sara "
        // Polish and Czech
        "Agnieszka Bartosz Dorota Łukasz Małgorzata Piotr Zofia Tomasz Jiří Kateřina "
        // Nordic and Dutch
        "Astrid Bjørn Ingrid Lars Sigrid Søren Freja Anders Maarten Sanne Joost Femke "
        // Chinese
        "Jo Wei Li Ming Xiaoyu Hao Jing Yan Lei Fang Chen Min Jun Ying "
        // Japanese and Korean
        "Haruto Yui Sota Aoi Ren Hina Daiki Sakura Minjun Seoyeon Jiho Eunji "
        // South Asian
        "Aarav Priya Rohan Ananya Vikram Divya Arjun Kavya Sanjay Meera Rahul Neha "
        // Arabic, Turkish and Persian
        "Omar Layla Yusuf Fatima Karim Amira Hassan Noor Emre Zeynep Mehmet Elif Dariush Shirin "
        // West and East African
        "Adebayo Chiamaka Kwame Ama Tunde Ngozi Kofi Abena Wanjiru Otieno Amara Femi "
        // Slavic and Greek
        "Dmitri Olga Ivan Natalia Sergei Anastasia Nikos Eleni Yannis Katerina "
        // Vietnamese and Filipino
        "Minh Linh Huong Tuan Mariel Paolo "
        // Irish, Scottish and Welsh
        "Aoife Ciarán Niamh Eilidh Rhys Siobhán");
    return names;
}

const QStringList &surnames()
{
    static const QStringList names
        = words("Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Robinson Wright Thompson Evans Walker White Roberts Green Hall "
                "Wood Jackson Clarke Rivera Harris Lewis Young King Baker Hughes Carter Turner Morgan Cooper Mitchell "
                "García Fernández López Martínez Sánchez Pérez Gómez Díaz Ruiz Torres Moreno Jiménez Navarro Romero Alonso Silva Santos "
                "Oliveira Costa Pereira Almeida "
                "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch Richter Klein Wolf Neumann Schwarz "
                "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Fontaine Rousseau "
                "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco "
                "Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Novák Svoboda Dvořák "
                "Johansson Andersson Nilsson Larsen Hansen Nielsen Jensen Virtanen Korhonen de_Vries van_Dijk Bakker Janssen "
                "Chen Wang Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Lin "
                "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kim Lee Park Choi Jung Kang "
                "Sharma Gupta Singh Kumar Reddy Iyer Nair Mehta Shah Desai Rao Chatterjee "
                "Haddad Khalil Mansour Nasser Aziz Farah Yılmaz Kaya Demir Çelik Şahin Hosseini Karimi "
                "Okafor Adeyemi Mensah Boateng Okonkwo Mwangi Otieno Balogun Eze Asante Diallo Traoré "
                "Ivanov Petrov Smirnova Kuznetsov Popova Papadopoulos Georgiou Nikolaidis "
                "Nguyen Tran Le Pham Hoang Reyes Santos Cruz Bautista Mendoza "
                "O'Brien Murphy Kelly Byrne Ryan Walsh MacDonald Campbell Stewart Fraser");
    return names;
}

const QStringList &jobTitles()
{
    static const QStringList titles
        = QString::fromUtf8("Chief Executive Officer;Chief Technology Officer;Chief Financial Officer;Head of Sales;Head of Marketing;"
                            "Head of Engineering;Head of People;VP Partnerships;VP Operations;Director of Procurement;Director of Product;"
                            "Engineering Manager;Product Manager;Project Manager;Account Executive;Account Manager;Sales Development Representative;"
                            "Customer Success Manager;Marketing Manager;Content Strategist;Brand Manager;Software Engineer;Senior Software Engineer;"
                            "Data Scientist;Data Analyst;Designer;UX Researcher;Recruiter;Talent Partner;HR Business Partner;Financial Analyst;"
                            "Controller;Legal Counsel;Office Manager;Operations Analyst;Consultant;Senior Consultant;Partner;Founder;Co-founder;"
                            "Research Scientist;Logistics Coordinator;Buyer;Store Manager;Teacher;Nurse;Architect;Journalist")
              .split(QLatin1Char(';'));
    return titles;
}

const QStringList &departmentsFor(int count)
{
    static const QStringList all{QStringLiteral("Sales"), QStringLiteral("Engineering"), QStringLiteral("Operations"), QStringLiteral("Marketing"),
        QStringLiteral("Finance"), QStringLiteral("Customer Support"), QStringLiteral("Product"), QStringLiteral("People"), QStringLiteral("Legal"),
        QStringLiteral("Design"), QStringLiteral("Research"), QStringLiteral("Procurement"), QStringLiteral("Data"), QStringLiteral("Security"),
        QStringLiteral("Partnerships"), QStringLiteral("Facilities")};
    static std::vector<QStringList> prefixes(all.size() + 1);
    const int n = std::clamp(count, 1, int(all.size()));
    if (prefixes[size_t(n)].isEmpty())
        prefixes[size_t(n)] = all.mid(0, n);
    return prefixes[size_t(n)];
}

const std::vector<DemoCompanyName> &companies()
{
    static const std::vector<DemoCompanyName> list = [] {
        // Invented names: stems × kinds, each with a legal form; every tenth also written
        // the ways people really write company names.
        const QStringList stems
            = words("Acme Globex Initech Umbrella Northwind Contoso Fabrikam Tailspin Wingtip Litware Adventure Bluefin Copperleaf "
                    "Driftwood Evergreen Foxglove Granite Harbor Ironbark Juniper Kestrel Lighthouse Meridian Nimbus Oakridge Pinnacle "
                    "Quarry Riverbend Saffron Timberline Upland Vantage Willow Yellowstone Zephyr Aurora Beacon Cascade Delta Ember "
                    "Fjord Glacier Horizon Indigo Jade Keystone Lumen Mosaic Nova Orchid Prairie Quill Redwood Summit Tundra Umber "
                    "Velvet Wren Alder Birch Cobalt Dune Elm Fern Garnet Hazel Iris Jasper");
        const QStringList kinds = words("Systems Logistics Foods Health Energy Labs Media Analytics Robotics Textiles Capital Studios");
        const QStringList forms = QString::fromUtf8("Inc.;Ltd;GmbH;LLC;S.A.;;AG;plc;B.V.;Corporation").split(QLatin1Char(';'));
        std::vector<DemoCompanyName> out;
        int index = 0;
        for (int k = 0; k < 5; ++k) {
            for (const QString &stem : stems) {
                const QString &kind = kinds.at((index * 7 + k) % kinds.size());
                const QString &form = forms.at(index % forms.size());
                DemoCompanyName c;
                const QString base = k == 0 ? stem : stem + QLatin1Char(' ') + kind;
                c.name = form.isEmpty() ? base : base + QLatin1Char(' ') + form;
                c.domain = asciiKey(base) + QStringLiteral(".example");
                if (index % 10 == 0) {
                    c.otherSpellings << base.toUpper() + QStringLiteral(", ")
                            + (form.isEmpty() ? QStringLiteral("Inc") : QString(form).remove(QLatin1Char('.')));
                    c.otherSpellings << base
                            + (form == QLatin1String("Inc.") ? QStringLiteral(" Incorporated")
                                                             : QStringLiteral(" ") + QString(form).remove(QLatin1Char('.')).toUpper());
                }
                out.push_back(std::move(c));
                ++index;
            }
        }
        return out;
    }();
    return list;
}

QString asciiKey(const QString &name)
{
    QString text = name.normalized(QString::NormalizationForm_KD);
    text.replace(QStringLiteral("ł"), QStringLiteral("l"));
    text.replace(QStringLiteral("Ł"), QStringLiteral("L"));
    text.replace(QStringLiteral("ø"), QStringLiteral("o"));
    text.replace(QStringLiteral("ß"), QStringLiteral("ss"));
    text.replace(QStringLiteral("ı"), QStringLiteral("i"));
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

} // namespace consentric::demo
