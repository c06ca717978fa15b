/* The Windows side of tests/credentials.rs's keyring look-ups: `credread
 * TARGET` prints the generic credential TARGET's secret (stored as UTF-16 by
 * the keyring crate) as UTF-8 and exits 0, or exits 1 when there is none.
 * Built by scripts/test-windows (mingw), run under Wine. */
#include <windows.h>
#include <wincred.h>
#include <stdio.h>

int wmain(int argc, wchar_t **argv) {
    if (argc != 2) return 2;
    PCREDENTIALW c;
    if (!CredReadW(argv[1], CRED_TYPE_GENERIC, 0, &c)) return 1;
    int wlen = (int)(c->CredentialBlobSize / 2);
    char out[8192];
    int n = WideCharToMultiByte(CP_UTF8, 0, (LPCWSTR)c->CredentialBlob, wlen, out, sizeof out, NULL, NULL);
    fwrite(out, 1, (size_t)n, stdout);
    CredFree(c);
    return 0;
}
