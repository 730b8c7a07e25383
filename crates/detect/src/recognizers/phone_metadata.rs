//! libphonenumber's validity metadata, embedded as text.
//!
//! The `phonenumber` crate's bundled database compiles every pattern of every region (a
//! few thousand regexes) the first time it is touched: about 0.2 s, which every `hushdesk
//! scan` paid before reading its first line. We need only each region's number-type
//! patterns and lengths, and compile those ourselves per region on first use, so the same
//! facts are kept here as plain text (`data/phone_metadata.tsv`). A test renders the file
//! from the crate's database and fails when they differ, so updating the crate updates it.

use std::sync::OnceLock;

static TEXT: &str = include_str!("../../data/phone_metadata.tsv");

/// The kinds of number a region may define, in the file's order, each with whether it is
/// non-geographic (toll-free, premium, shared cost, universal access).
pub(super) const KINDS: [(&str, bool); 10] = [
    ("fixed_line", false),
    ("mobile", false),
    ("toll_free", true),
    ("premium_rate", true),
    ("shared_cost", true),
    ("personal_number", false),
    ("voip", false),
    ("pager", false),
    ("uan", true),
    ("voicemail", false),
];

/// One region's metadata, borrowed from the embedded text.
#[derive(Debug)]
pub(super) struct RegionMeta {
    pub id: &'static str,
    pub country_code: u16,
    pub national_prefix: Option<&'static str>,
    /// The lengths a number of any kind may have here.
    pub general_lengths: Vec<u16>,
    pub types: Vec<TypeMeta>,
}

/// One kind of number of a region.
#[derive(Debug)]
pub(super) struct TypeMeta {
    pub non_geographic: bool,
    /// Lengths of this kind; empty when the metadata gives none (the general ones apply).
    pub lengths: Vec<u16>,
    /// The national-number pattern, whitespace already collapsed (it is layout in the XML
    /// the metadata comes from, and the pattern is compiled ignoring it).
    pub pattern: &'static str,
}

/// Every region of the embedded metadata.
pub(super) fn regions() -> &'static [RegionMeta] {
    static REGIONS: OnceLock<Vec<RegionMeta>> = OnceLock::new();
    REGIONS.get_or_init(|| parse(TEXT))
}

/// The format: a region line `ID<TAB>code<TAB>main|other<TAB>prefix|-<TAB>lengths`, then
/// one line per kind it defines: `<TAB>kind<TAB>lengths<TAB>pattern`. Lengths are
/// comma-separated. `#` starts a comment line. The regions of a code are listed together,
/// its main region (`US` for `+1`) first, so `main|other` is there for the reader.
fn parse(text: &'static str) -> Vec<RegionMeta> {
    let mut regions: Vec<RegionMeta> = Vec::new();
    for line in text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let mut fields = line.split('\t');
        match (fields.next(), regions.last_mut()) {
            (Some(""), Some(region)) => {
                let (Some(kind), Some(lengths), Some(pattern)) = (fields.next(), fields.next(), fields.next()) else {
                    continue;
                };
                let Some(&(_, non_geographic)) = KINDS.iter().find(|(k, _)| *k == kind) else { continue };
                region.types.push(TypeMeta { non_geographic, lengths: lengths_of(lengths), pattern });
            }
            (Some(id), _) if !id.is_empty() => {
                let (Some(code), Some(_main), Some(prefix), Some(lengths)) =
                    (fields.next(), fields.next(), fields.next(), fields.next())
                else {
                    continue;
                };
                let Ok(country_code) = code.parse() else { continue };
                regions.push(RegionMeta {
                    id,
                    country_code,
                    national_prefix: (prefix != "-").then_some(prefix),
                    general_lengths: lengths_of(lengths),
                    types: Vec::new(),
                });
            }
            _ => {}
        }
    }
    regions
}

fn lengths_of(field: &str) -> Vec<u16> {
    field.split(',').filter_map(|n| n.parse().ok()).collect()
}

#[cfg(test)]
mod tests {
    use std::fmt::Write;

    use phonenumber::metadata::{DATABASE, Descriptor, Metadata};

    use super::*;

    fn descriptors(meta: &Metadata) -> [Option<&Descriptor>; 10] {
        let d = meta.descriptors();
        [
            d.fixed_line(),
            d.mobile(),
            d.toll_free(),
            d.premium_rate(),
            d.shared_cost(),
            d.personal_number(),
            d.voip(),
            d.pager(),
            d.uan(),
            d.voicemail(),
        ]
    }

    fn lengths(l: &[u16]) -> String {
        l.iter().map(u16::to_string).collect::<Vec<_>>().join(",")
    }

    /// The embedded file as the `phonenumber` crate's database gives it.
    fn render() -> String {
        let mut out = String::from(
            "# libphonenumber metadata, rendered from the `phonenumber` crate's database by\n\
             # recognizers::phone_metadata's test; do not edit by hand. Apache-2.0 (Google).\n",
        );
        let mut metas: Vec<&Metadata> = DATABASE.iter().collect();
        metas.sort_by_key(|m| (m.country_code(), !m.is_main_country_for_code(), m.id().to_string()));
        for meta in metas {
            let main = if meta.is_main_country_for_code() { "main" } else { "other" };
            let prefix = meta.national_prefix().unwrap_or("-");
            let general = lengths(meta.descriptors().general().possible_length());
            let _ = writeln!(out, "{}\t{}\t{main}\t{prefix}\t{general}", meta.id(), meta.country_code());
            for ((kind, _), desc) in KINDS.iter().zip(descriptors(meta)) {
                let Some(desc) = desc else { continue };
                let pattern = desc.national_number().as_str().split_whitespace().collect::<Vec<_>>().join(" ");
                let _ = writeln!(out, "\t{kind}\t{}\t{pattern}", lengths(desc.possible_length()));
            }
        }
        out
    }

    #[test]
    fn embedded_metadata_is_the_crates() {
        let want = render();
        if want != TEXT {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/phone_metadata.tsv.new");
            let _ = std::fs::write(path, &want);
            panic!(
                "data/phone_metadata.tsv differs from the phonenumber crate's database; review {path} and move it over"
            );
        }
        let parsed = regions();
        assert_eq!(parsed.len(), DATABASE.iter().count());
        let gb = parsed.iter().find(|r| r.id == "GB").unwrap();
        assert_eq!((gb.country_code, gb.national_prefix), (44, Some("0")));
        // A shared code's main region comes first.
        assert_eq!(parsed.iter().find(|r| r.country_code == 1).map(|r| r.id), Some("US"));
        assert_eq!(parsed.iter().find(|r| r.country_code == 7).map(|r| r.id), Some("RU"));
        assert!(gb.types.iter().any(|t| t.non_geographic) && gb.types.iter().any(|t| !t.non_geographic));
        // Every region line and every kind line was read.
        let kinds: usize = parsed.iter().map(|r| r.types.len()).sum();
        assert_eq!(kinds, TEXT.lines().filter(|l| l.starts_with('\t')).count());
    }
}
