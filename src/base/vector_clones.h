// casus — a hot function built twice, for processors with AVX2 and for any
// x86-64, the better picked when the program loads (GCC's target_clones).
// Only additions and comparisons are vectorised, no fused multiply-add, so
// both builds compute the same results bit for bit. Elsewhere (other
// compilers, other processors) the function is built once.
#ifndef CASUS_BASE_VECTOR_CLONES_H_
#define CASUS_BASE_VECTOR_CLONES_H_

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define CASUS_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define CASUS_VECTOR_CLONES
#endif

#endif  // CASUS_BASE_VECTOR_CLONES_H_
