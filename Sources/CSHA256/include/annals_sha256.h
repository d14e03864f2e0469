#ifndef ANNALS_SHA256_H
#define ANNALS_SHA256_H
#include <stddef.h>
#include <stdint.h>

/// The 64 round constants K0..K63 (FIPS 180-4 section 4.2.2), 16-byte aligned.
extern const uint32_t annals_sha256_k[64];

/// 1 when this CPU has the x86 SHA extensions (and the SSSE3 / SSE4.1 they
/// are used with), so annals_sha256_blocks may be called; 0 otherwise
/// (other CPUs, other architectures).
int annals_sha256_accelerated(void);

/// Compresses `blocks` 64-byte blocks at `data` into `state` (the eight
/// SHA-256 working words a..h, FIPS 180-4 section 6.2.2) with the SHA
/// extensions. Only call it when annals_sha256_accelerated() returned 1.
void annals_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
