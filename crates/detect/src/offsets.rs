//! Byte offsets (what Rust slices use) to Unicode code-point offsets (what Python,
//! Presidio and the JSON output use).

/// Converts ascending byte offsets of one text to code-point offsets in a single pass.
pub struct CodepointMap<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CodepointMap<'t> {
    pub fn new(text: &'t str) -> Self {
        CodepointMap { text, byte: 0, chars: 0 }
    }

    /// The code-point offset of byte offset `at`, which must be on a char boundary.
    /// Calls with ascending `at` cost O(distance); a smaller `at` restarts from the start.
    pub fn to_chars(&mut self, at: usize) -> usize {
        if at < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let slice = &self.text.as_bytes()[self.byte..at.min(self.text.len())];
        // Count the bytes that start a character (not UTF-8 continuation bytes).
        self.chars += slice.iter().filter(|&&b| (b as i8) >= -0x40).count();
        self.byte = at.min(self.text.len());
        self.chars
    }
}

/// Code-point offset to byte offset, for input spans given in code points.
pub fn chars_to_byte(text: &str, chars: usize) -> Option<usize> {
    if chars == 0 {
        return Some(0);
    }
    text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).nth(chars)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_code_points() {
        let t = "Zoë – 😀 ok";
        let mut m = CodepointMap::new(t);
        let ok = t.find("ok").unwrap();
        assert_eq!(m.to_chars(0), 0);
        assert_eq!(m.to_chars(t.find('–').unwrap()), 4);
        assert_eq!(m.to_chars(ok), t[..ok].chars().count());
        assert_eq!(m.to_chars(3), 3); // restart on a smaller offset
        let n = t.chars().count();
        assert_eq!(chars_to_byte(t, t[..ok].chars().count()), Some(ok));
        assert_eq!(chars_to_byte(t, n), Some(t.len()));
        assert_eq!(chars_to_byte(t, n + 1), None);
    }
}
