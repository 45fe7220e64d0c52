// Widget tests need a QApplication, which needs a platform: answer --gtest_list_tests
// (run at build time by gtest_discover_tests) before creating one, and default to the
// offscreen platform.
#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>

#include <cstring>

int main(int argc, char **argv)
{
    testing::InitGoogleTest(&argc, argv);
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--gtest_list_tests") == 0)
            return RUN_ALL_TESTS();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("consentric-tests"));
    QStandardPaths::setTestModeEnabled(true); // settings and data never touch the real ones
    return RUN_ALL_TESTS();
}
