# Interface target carrying the language level, warnings and Qt safety defines for every target.
option(SALESDESK_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)

add_library(salesdesk_options INTERFACE)
target_compile_features(salesdesk_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(salesdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    SALESDESK_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(salesdesk_options INTERFACE -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(salesdesk_options INTERFACE -Wshadow=local)
    endif()
    if(SALESDESK_WARNINGS_AS_ERRORS)
        target_compile_options(salesdesk_options INTERFACE -Werror)
    endif()
endif()
