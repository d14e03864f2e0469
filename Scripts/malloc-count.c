/* Counts heap allocations for `annals bench` (Scripts/perf-budget.sh).
 *
 * Loaded with LD_PRELOAD, it stands in for malloc, calloc, realloc and the
 * aligned allocators, counts each call and the bytes asked for, and passes
 * the call on to glibc's own allocator. `annals bench` finds
 * annals_malloc_counts() with dlsym and reports allocations per article;
 * without this library loaded it says it cannot count them.
 *
 *   clang -O2 -shared -fPIC Scripts/malloc-count.c -o malloc-count.so
 *   LD_PRELOAD=$PWD/malloc-count.so annals bench corpus.jsonl
 */
#include <stddef.h>
#include <errno.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);

static unsigned long long calls, bytes;

static inline void count(size_t n) {
    __atomic_fetch_add(&calls, 1, __ATOMIC_RELAXED);
    __atomic_fetch_add(&bytes, n, __ATOMIC_RELAXED);
}

void *malloc(size_t n) { count(n); return __libc_malloc(n); }
void *calloc(size_t k, size_t n) { count(k * n); return __libc_calloc(k, n); }
void *realloc(void *p, size_t n) { count(n); return __libc_realloc(p, n); }
void *memalign(size_t a, size_t n) { count(n); return __libc_memalign(a, n); }
void *aligned_alloc(size_t a, size_t n) { count(n); return __libc_memalign(a, n); }
int posix_memalign(void **out, size_t a, size_t n) {
    count(n);
    void *p = __libc_memalign(a, n);
    if (!p) return ENOMEM;
    *out = p;
    return 0;
}

/* Calls so far and bytes asked for so far, over every thread. */
void annals_malloc_counts(unsigned long long *outCalls, unsigned long long *outBytes) {
    *outCalls = __atomic_load_n(&calls, __ATOMIC_RELAXED);
    *outBytes = __atomic_load_n(&bytes, __ATOMIC_RELAXED);
}
