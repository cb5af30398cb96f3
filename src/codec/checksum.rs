//! CRC-32 (the one of zlib, PNG and Node's `zlib.crc32`) for share links.
//!
//! Bit by bit rather than with a lookup table: a link is a few kilobytes
//! and is checked once, so the table's kilobyte in the wasm would buy
//! nothing anyone could notice.

/// CRC-32 of the bytes of `parts`, one after the other.
pub fn crc32(parts: &[&[u8]]) -> u32 {
    let mut crc = u32::MAX;
    for part in parts {
        for &byte in *part {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                // Shift, and fold in the (reflected) polynomial when the bit shifted out was set.
                crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
            }
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::crc32;

    #[test]
    fn matches_the_standard_check_values() {
        assert_eq!(crc32(&[b"123456789"]), 0xCBF4_3926);
        assert_eq!(crc32(&[]), 0);
        assert_eq!(crc32(&[b"The quick brown fox ", b"jumps over the lazy dog"]), 0x414F_A339);
    }

    #[test]
    fn the_check_appended_little_endian_leaves_the_fixed_residue() {
        // What makes every error burst of up to 32 bits, check bytes included, detectable.
        let message = b"s2.10.anything at all";
        let mut codeword = message.to_vec();
        codeword.extend(crc32(&[message]).to_le_bytes());
        assert_eq!(crc32(&[&codeword]), 0x2144_DF1C);
    }
}
