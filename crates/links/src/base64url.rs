//! base64url without padding (RFC 4648, section 5): bytes as letters, digits, `-` and `_`,
//! which survive in a URL's fragment unescaped. Our own few lines: a library would add more
//! to the page's wasm than this does.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` in base64url, without `=` padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = chunk
            .iter()
            .enumerate()
            .fold(0_u32, |group, (index, byte)| {
                group | u32::from(*byte) << (16 - 8 * index)
            });
        // 3 bytes make 4 characters; a last chunk of 1 or 2 bytes makes 2 or 3.
        for position in 0..=chunk.len() {
            let index = (group >> (18 - 6 * position)) & 0x3f;
            text.push(char::from(ALPHABET[index as usize]));
        }
    }
    text
}

/// The bytes in base64url `text` (padding not allowed), or `None` if it is not base64url:
/// another character, or a length no encoding gives.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut bytes = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        let mut group = 0_u32;
        for (position, character) in chunk.iter().enumerate() {
            let value = ALPHABET.iter().position(|known| known == character)? as u32;
            group |= value << (18 - 6 * position);
        }
        // 4 characters make 3 bytes; a last chunk of 2 or 3 makes 1 or 2.
        for index in 0..chunk.len() - 1 {
            bytes.push((group >> (16 - 8 * index)) as u8);
        }
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_rfc_4648_test_vectors() {
        // RFC 4648 section 10, without padding.
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), encoded);
            assert_eq!(decode(encoded).as_deref(), Some(plain.as_bytes()));
        }
    }

    #[test]
    fn uses_the_url_safe_letters_and_round_trips_every_byte() {
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&encode(&all)), Some(all));
    }

    #[test]
    fn refuses_what_is_not_base64url() {
        assert_eq!(decode("ab+c"), None);
        assert_eq!(decode("ab/c"), None);
        assert_eq!(decode("abc="), None);
        assert_eq!(decode("abcde"), None);
        assert_eq!(decode("a!"), None);
    }
}
