#ifndef REGIO_CLIBFUZZER_SHIM_H
#define REGIO_CLIBFUZZER_SHIM_H
#include <stddef.h>
#include <stdint.h>
// libFuzzer's driver, for a program that has a main of its own (SwiftPM gives every executable one). It is
// linked only into the fuzzing build (-sanitize=fuzzer); the ordinary build never calls it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
#endif
