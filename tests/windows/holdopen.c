/* A Windows writer that keeps its file open, as a scanner or a slow copy
 * does: `holdopen SRC DEST MS` copies SRC to DEST through one handle opened
 * without write or delete sharing, then keeps it open MS milliseconds before
 * closing. Built by scripts/test-windows (mingw), run under Wine by
 * tests/windows.rs. */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>

int wmain(int argc, wchar_t **argv) {
    if (argc != 4) {
        fwprintf(stderr, L"usage: holdopen SRC DEST MS\n");
        return 2;
    }
    HANDLE in = CreateFileW(argv[1], GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    if (in == INVALID_HANDLE_VALUE) return 3;
    HANDLE out = CreateFileW(argv[2], GENERIC_WRITE, FILE_SHARE_READ, NULL, CREATE_ALWAYS, 0, NULL);
    if (out == INVALID_HANDLE_VALUE) return 4;
    char buf[65536];
    DWORD n, w;
    while (ReadFile(in, buf, sizeof buf, &n, NULL) && n > 0) {
        if (!WriteFile(out, buf, n, &w, NULL) || w != n) return 5;
    }
    CloseHandle(in);
    FlushFileBuffers(out);
    wprintf(L"written\n");
    fflush(stdout);
    Sleep((DWORD)_wtoi(argv[3]));
    CloseHandle(out);
    wprintf(L"closed\n");
    fflush(stdout);
    return 0;
}
