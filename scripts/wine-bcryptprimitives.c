/*
 * TEST-ONLY shim for scripts/windows-smoke.sh. Never shipped: scripts/release.sh
 * does not build or pack it.
 *
 * Rust's standard library on Windows takes its random bytes from ProcessPrng in
 * bcryptprimitives.dll, which Windows 10 and 11 have and Wine 8.0 (Debian 12)
 * does not, so klarhet.exe would not even start under that Wine. Placed next to
 * the .exe in the smoke test, this DLL answers ProcessPrng with RtlGenRandom
 * (SystemFunction036 in advapi32), which Wine does have.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes a 32-bit length: large requests go in pieces. */
    while (length > 0) {
        ULONG piece = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, piece))
            return FALSE;
        data += piece;
        length -= piece;
    }
    return TRUE;
}
