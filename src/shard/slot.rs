//! Keys to slots, Redis Cluster's function: `crc16(hashtag(key)) mod 16384`, so
//! `{user42}:a` and `{user42}:b` land in the same slot and therefore on the same shard.

pub const SLOTS: usize = 16384;

/// CRC16-CCITT (XMODEM), the variant Redis Cluster uses, table-driven.
const fn make_table() -> [u16; 256] {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = (i as u16) << 8;
        let mut j = 0;
        while j < 8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
            j += 1;
        }
        t[i] = crc;
        i += 1;
    }
    t
}

static CRC16_TABLE: [u16; 256] = make_table();

pub fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0;
    for &b in bytes {
        crc = (crc << 8) ^ CRC16_TABLE[(((crc >> 8) as u8) ^ b) as usize];
    }
    crc
}

/// The part of the key that is hashed: the bytes between the first `{` and the next `}`,
/// when that is non-empty; otherwise the whole key.
#[inline]
pub fn hashtag(key: &[u8]) -> &[u8] {
    if let Some(open) = memchr::memchr(b'{', key) {
        if let Some(len) = memchr::memchr(b'}', &key[open + 1..]) {
            if len > 0 {
                return &key[open + 1..open + 1 + len];
            }
        }
    }
    key
}

#[inline]
pub fn slot(key: &[u8]) -> usize {
    (crc16(hashtag(key)) as usize) & (SLOTS - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc16_matches_redis_cluster_reference() {
        // The check value from the Redis Cluster spec.
        assert_eq!(crc16(b"123456789"), 0x31C3);
        // CLUSTER KEYSLOT values from a real Redis Cluster.
        assert_eq!(slot(b"foo"), 12182);
        assert_eq!(slot(b"bar"), 5061);
    }

    #[test]
    fn hashtags() {
        assert_eq!(hashtag(b"{user1000}.following"), b"user1000");
        assert_eq!(hashtag(b"foo{}{bar}"), b"foo{}{bar}");
        assert_eq!(hashtag(b"foo{{bar}}zap"), b"{bar");
        assert_eq!(hashtag(b"foo{bar}{zap}"), b"bar");
        assert_eq!(slot(b"{a}x"), slot(b"{a}y"));
    }
}
