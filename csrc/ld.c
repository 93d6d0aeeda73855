/* C half of ringkv's `num` module.
 *
 * Redis 7.0 does INCRBYFLOAT/HINCRBYFLOAT arithmetic in C `long double`
 * (x87 80-bit extended on x86_64), parses floats with glibc strtod/strtold
 * and prints them with glibc snprintf. Rust has no stable f80 and its float
 * parser/formatter differ from glibc at the edges (hex floats, "infinity",
 * tie rounding), so these few operations are done here with the very libc
 * calls Redis makes, and the Rust side only validates and copies bytes.
 *
 * A long double crosses the FFI boundary only as a pointer to 16 bytes
 * (never by value): on x86_64 the 80-bit value occupies the first 10 bytes
 * and the 6 padding bytes are kept zero so equal values have equal bytes. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <limits.h>

_Static_assert(sizeof(long double) <= 16, "long double must fit in 16 bytes");

/* Same buffer size as Redis's MAX_LONG_DOUBLE_CHARS (util.h): string2ld
 * rejects input of this length or longer. */
#define RINGKV_MAX_LONG_DOUBLE_CHARS (5 * 1024)

static long double ld_get(const unsigned char in[16]) {
    long double v;
    memcpy(&v, in, sizeof v);
    return v;
}

static void ld_put(unsigned char out[16], long double v) {
    memset(out, 0, 16);
#if LDBL_MANT_DIG == 64
    /* x87 extended: only 10 bytes carry the value; the rest of the
     * in-memory long double is padding that may hold stack garbage. */
    memcpy(out, &v, 10);
#else
    memcpy(out, &v, sizeof v);
#endif
}

/* Redis string2ld (util.c, 7.0.15), verbatim apart from the output type. */
int ringkv_string2ld(const char *s, size_t slen, unsigned char out[16]) {
    char buf[RINGKV_MAX_LONG_DOUBLE_CHARS];
    long double value;
    char *eptr;

    if (slen == 0 || slen >= sizeof(buf)) return 0;
    memcpy(buf, s, slen);
    buf[slen] = '\0';

    errno = 0;
    value = strtold(buf, &eptr);
    if (isspace((unsigned char)buf[0]) || eptr[0] != '\0' ||
        (size_t)(eptr - buf) != slen ||
        (errno == ERANGE &&
            (value == HUGE_VALL || value == -HUGE_VALL || fpclassify(value) == FP_ZERO)) ||
        errno == EINVAL ||
        isnan(value))
        return 0;

    ld_put(out, value);
    return 1;
}

/* Calls strtod on a NUL-terminated copy of s[0..slen] and reports how many
 * bytes it consumed and whether errno became ERANGE. Redis's argv strings
 * are NUL-terminated sds, so an embedded NUL stops strtod there exactly as
 * here. The accept/reject rules (string2d's and zslParseRange's differ) are
 * applied in Rust. */
double ringkv_strtod(const char *s, size_t slen, size_t *consumed, int *erange) {
    char stackbuf[128];
    char *buf = stackbuf;
    char *eptr;
    double value;

    if (slen >= sizeof(stackbuf)) {
        buf = malloc(slen + 1);
        if (buf == NULL) {
            /* Nothing consumed: every caller rejects the input. */
            *consumed = 0;
            *erange = 0;
            return 0.0;
        }
    }
    memcpy(buf, s, slen);
    buf[slen] = '\0';

    errno = 0;
    value = strtod(buf, &eptr);
    *erange = errno == ERANGE;
    *consumed = (size_t)(eptr - buf);
    if (buf != stackbuf) free(buf);
    return value;
}

void ringkv_ld_from_i64(long long v, unsigned char out[16]) {
    ld_put(out, (long double)v);
}

void ringkv_ld_from_f64(double v, unsigned char out[16]) {
    ld_put(out, (long double)v);
}

void ringkv_ld_add(const unsigned char a[16], const unsigned char b[16], unsigned char out[16]) {
    ld_put(out, ld_get(a) + ld_get(b));
}

int ringkv_ld_isfinite(const unsigned char a[16]) {
    return isfinite(ld_get(a)) ? 1 : 0;
}

/* (long long) ceill(secs * 1000.0): getTimeoutFromObjectOrReply (timeout.c).
 * The conversion is undefined in C when out of range; on x86_64 Redis gets
 * the "integer indefinite" LLONG_MIN, so that is returned explicitly. */
long long ringkv_ld_secs_to_ms(const unsigned char a[16]) {
    long double r = ceill(ld_get(a) * 1000.0);
    if (!(r >= -0x1p63L && r < 0x1p63L)) return LLONG_MIN;
    return (long long)r;
}

/* Redis ld2string(buf, len, value, LD_STR_HUMAN) (util.c, 7.0.15), verbatim
 * apart from dropping the other modes. Returns the length, 0 if it does not
 * fit (Redis then stores an empty string). */
int ringkv_ld2string_human(const unsigned char a[16], char *buf, size_t len) {
    long double value = ld_get(a);
    size_t l = 0;

    if (isinf(value)) {
        /* Libc in odd systems (Hi Solaris!) will format infinite in a
         * different way, so better to handle it in an explicit way. */
        if (len < 5) return 0; /* No room. 5 is "-inf\0" */
        if (value > 0) {
            memcpy(buf,"inf",3);
            l = 3;
        } else {
            memcpy(buf,"-inf",4);
            l = 4;
        }
    } else {
        l = snprintf(buf,len,"%.17Lf",value);
        if (l+1 > len) return 0; /* No room. */
        /* Now remove trailing zeroes after the '.' */
        if (strchr(buf,'.') != NULL) {
            char *p = buf+l-1;
            while(*p == '0') {
                p--;
                l--;
            }
            if (*p == '.') l--;
        }
        if (l == 2 && buf[0] == '-' && buf[1] == '0') {
            buf[0] = '0';
            l = 1;
        }
    }
    buf[l] = '\0';
    return (int)l;
}

/* snprintf("%.17g"): what addReplyDouble and d2string print. */
int ringkv_fmt_17g(double d, char *buf, size_t cap) {
    return snprintf(buf, cap, "%.17g", d);
}
