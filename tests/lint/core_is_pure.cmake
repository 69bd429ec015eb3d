# The core stays pure: no file in src/core/ may mention SDL, call exit() or
# print with printf() (fprintf, snprintf and vsnprintf are fine: the core
# writes into buffers and the caller decides what to print).
# Run: cmake -DCORE_DIR=src/core -P core_is_pure.cmake
if(NOT CORE_DIR)
    message(FATAL_ERROR "usage: cmake -DCORE_DIR=<src/core> -P core_is_pure.cmake")
endif()
file(GLOB files "${CORE_DIR}/*.c" "${CORE_DIR}/*.h")
list(LENGTH files nfiles)
if(nfiles EQUAL 0)
    message(FATAL_ERROR "no source files in ${CORE_DIR}")
endif()

set(rules
    "SDL|mentions SDL: the core links no SDL"
    "(^|[^A-Za-z0-9_])exit[ \t]*\\(|calls exit(): return an error to main instead"
    "(^|[^A-Za-z0-9_])printf[ \t]*\\(|calls printf(): fill a Diag or a buffer instead")
set(bad 0)
foreach(f IN LISTS files)
    # Split into lines by hand: file(STRINGS) would also split at each ';'.
    # Semicolons and brackets are masked so that CMake's lists keep lines whole.
    file(READ "${f}" text)
    string(REPLACE ";" "<semicolon>" text "${text}")
    string(REPLACE "[" "<lbracket>" text "${text}")
    string(REPLACE "]" "<rbracket>" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    set(n 0)
    foreach(line IN LISTS lines)
        math(EXPR n "${n} + 1")
        foreach(rule IN LISTS rules)
            string(REPLACE "|" ";" parts "${rule}")
            # the pattern itself may hold '|': the message is the last part
            list(POP_BACK parts why)
            list(JOIN parts "|" pattern)
            if(line MATCHES "${pattern}")
                file(RELATIVE_PATH rel "${CORE_DIR}/../.." "${f}")
                message("${rel}:${n}: ${why}")
                math(EXPR bad "${bad} + 1")
            endif()
        endforeach()
    endforeach()
endforeach()
if(bad GREATER 0)
    message(FATAL_ERROR "${bad} line(s) in the core break its purity")
endif()
message("${nfiles} core files: no SDL, exit() or printf()")
