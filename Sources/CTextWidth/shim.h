#ifndef REGIO_CTEXTWIDTH_SHIM_H
#define REGIO_CTEXTWIDTH_SHIM_H
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
// glibc declares wcwidth only under _XOPEN_SOURCE, which Swift's importer does not set.
extern int wcwidth(wchar_t c);
#endif
