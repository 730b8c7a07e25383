//! `hushdesk scan --config FILE`: the TOML file, and how it and the flags become an
//! [`AnalyzerConfig`] and [`Operators`]. Raw input (file, flags) and the validated
//! settings are separate types, so every check happens in one place.
//!
//! Keys for `hash` and `encrypt` are never written in the file itself: they come from an
//! environment variable or a key file (32 bytes, base64 or hex).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use hushdesk_crypto::Secret32;
use hushdesk_detect::anonymize::{MaskCount, Operator, Operators};
use hushdesk_detect::{AnalyzerConfig, EntityType};
use serde::Deserialize;

/// The TOML file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScanConfigFile {
    pub threshold: Option<f32>,
    pub entities: Option<Vec<String>>,
    pub phone_regions: Option<Vec<String>>,
    /// `default` or an entity type name → operator.
    #[serde(default)]
    pub operators: BTreeMap<String, OperatorSpec>,
}

/// One operator as written in TOML (`type = "mask"` plus its parameters).
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum OperatorSpec {
    Replace {
        new_value: Option<String>,
    },
    Redact {},
    Mask {
        masking_char: Option<char>,
        chars_to_mask: Option<usize>,
        keep_last: Option<usize>,
        from_end: Option<bool>,
        mask_separators: Option<bool>,
    },
    Hash {
        key_env: Option<String>,
        key_file: Option<PathBuf>,
    },
    Pseudonym {},
    Encrypt {
        key_env: Option<String>,
        key_file: Option<PathBuf>,
    },
    Keep {},
}

/// What the flags add on top of the file.
#[derive(Debug, Default)]
pub struct ScanOverrides {
    pub threshold: Option<f32>,
    pub entities: Option<Vec<String>>,
    pub operator: Option<String>,
    pub key_env: Option<String>,
    pub key_file: Option<PathBuf>,
}

/// Validated settings for a scan.
pub struct ScanSettings {
    pub analyzer: AnalyzerConfig,
    pub operators: Operators,
}

impl ScanConfigFile {
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).with_context(|| format!("reading config {}", path.display()))?;
        toml::from_str(&text).with_context(|| format!("invalid config {}", path.display()))
    }
}

pub fn resolve(file: ScanConfigFile, flags: ScanOverrides) -> Result<ScanSettings> {
    let mut analyzer = AnalyzerConfig::default();
    if let Some(t) = flags.threshold.or(file.threshold) {
        if !(0.0..=1.0).contains(&t) {
            bail!("threshold {t} is outside [0, 1]");
        }
        analyzer.threshold = t;
    }
    if let Some(names) = flags.entities.or(file.entities) {
        analyzer.entities = Some(parse_entities(&names)?);
    }
    if let Some(regions) = file.phone_regions {
        analyzer.phone_regions = regions;
    }
    let mut operators = Operators::default();
    for (name, spec) in &file.operators {
        let op = build_operator(spec).with_context(|| format!("operator for {name}"))?;
        if name == "default" {
            operators.default = op;
        } else {
            let e: EntityType = name.parse().with_context(|| format!("[operators.{name}]"))?;
            operators.per_entity.insert(e, op);
        }
    }
    if let Some(name) = flags.operator {
        let spec = match name.as_str() {
            "replace" => OperatorSpec::Replace { new_value: None },
            "redact" => OperatorSpec::Redact {},
            "mask" => {
                // Long numbers keep their last four (`**** **** **** 4242`); a name keeps nothing.
                let mask = |keep_last| OperatorSpec::Mask {
                    masking_char: None,
                    chars_to_mask: None,
                    keep_last,
                    from_end: None,
                    mask_separators: None,
                };
                let (all, last4) = (mask(None), mask(Some(4)));
                let mut per_entity = HashMap::new();
                for e in
                    [EntityType::CreditCard, EntityType::IbanCode, EntityType::UsBankNumber, EntityType::PhoneNumber]
                {
                    per_entity.insert(e, build_operator(&last4)?);
                }
                return Ok(ScanSettings {
                    analyzer,
                    operators: Operators { default: build_operator(&all)?, per_entity },
                });
            }
            "hash" => OperatorSpec::Hash { key_env: flags.key_env.clone(), key_file: flags.key_file.clone() },
            "pseudonym" => OperatorSpec::Pseudonym {},
            "encrypt" => OperatorSpec::Encrypt { key_env: flags.key_env.clone(), key_file: flags.key_file.clone() },
            "keep" => OperatorSpec::Keep {},
            other => bail!("unknown operator {other:?} (replace, redact, mask, hash, pseudonym, encrypt, keep)"),
        };
        // The flag chooses the operator for every entity type.
        operators = Operators { default: build_operator(&spec)?, per_entity: HashMap::new() };
    }
    Ok(ScanSettings { analyzer, operators })
}

pub fn parse_entities(names: &[String]) -> Result<HashSet<EntityType>> {
    names
        .iter()
        .flat_map(|n| n.split(','))
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .map(|n| n.parse::<EntityType>().map_err(anyhow::Error::from))
        .collect()
}

fn build_operator(spec: &OperatorSpec) -> Result<Operator> {
    Ok(match spec {
        OperatorSpec::Replace { new_value } => Operator::Replace { new_value: new_value.clone() },
        OperatorSpec::Redact {} => Operator::Redact,
        OperatorSpec::Mask { masking_char, chars_to_mask, keep_last, from_end, mask_separators } => {
            let count = match (chars_to_mask, keep_last) {
                (Some(_), Some(_)) => bail!("mask takes chars_to_mask or keep_last, not both"),
                (Some(n), None) => MaskCount::Exactly(*n),
                (None, Some(n)) => MaskCount::AllBut(*n),
                (None, None) => MaskCount::All,
            };
            Operator::Mask {
                masking_char: masking_char.unwrap_or('*'),
                count,
                from_end: from_end.unwrap_or(false),
                mask_separators: mask_separators.unwrap_or(false),
            }
        }
        OperatorSpec::Hash { key_env, key_file } => Operator::Hash { key: load_key(key_env, key_file)? },
        OperatorSpec::Pseudonym {} => Operator::Pseudonym,
        OperatorSpec::Encrypt { key_env, key_file } => Operator::Encrypt { key: load_key(key_env, key_file)? },
        OperatorSpec::Keep {} => Operator::Keep,
    })
}

/// A 32-byte key from an environment variable or a file; never from the config itself.
pub fn load_key(env: &Option<String>, file: &Option<PathBuf>) -> Result<Secret32> {
    let encoded = match (env, file) {
        (Some(var), None) => std::env::var(var)
            .with_context(|| format!("environment variable {var} is not set (it must hold the key)"))?,
        (None, Some(path)) => {
            std::fs::read_to_string(path).with_context(|| format!("reading key file {}", path.display()))?
        }
        (Some(_), Some(_)) => bail!("give the key by environment variable or by file, not both"),
        (None, None) => bail!("this operator needs a key: --key-env VAR or --key-file PATH (32 bytes, base64 or hex)"),
    };
    Secret32::parse_encoded(encoded.trim()).map_err(|e| anyhow::anyhow!("invalid key: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_full_file() {
        let f: ScanConfigFile = toml::from_str(
            r#"
            threshold = 0.6
            entities = ["EMAIL_ADDRESS", "CREDIT_CARD"]
            [operators.default]
            type = "redact"
            [operators.CREDIT_CARD]
            type = "mask"
            keep_last = 4
            "#,
        )
        .unwrap();
        let s = resolve(f, ScanOverrides::default()).unwrap();
        assert_eq!(s.analyzer.threshold, 0.6);
        assert_eq!(s.analyzer.entities.unwrap().len(), 2);
        assert_eq!(s.operators.default.name(), "redact");
        assert_eq!(s.operators.for_entity(EntityType::CreditCard).name(), "mask");
    }

    #[test]
    fn rejects_unknown_fields_types_and_missing_keys() {
        assert!(toml::from_str::<ScanConfigFile>("treshold = 0.5").is_err());
        assert!(toml::from_str::<ScanConfigFile>("[operators.default]\ntype = \"mask\"\nbogus = 1").is_err());
        let f: ScanConfigFile = toml::from_str("[operators.NOT_A_TYPE]\ntype = \"redact\"").unwrap();
        assert!(resolve(f, ScanOverrides::default()).is_err());
        let f: ScanConfigFile = toml::from_str("[operators.default]\ntype = \"hash\"").unwrap();
        let err = resolve(f, ScanOverrides::default()).err().unwrap();
        assert!(format!("{err:#}").contains("needs a key"), "{err:#}");
    }

    #[test]
    fn flags_override_the_file() {
        let f: ScanConfigFile = toml::from_str("threshold = 0.9").unwrap();
        let s =
            resolve(f, ScanOverrides { threshold: Some(0.3), operator: Some("redact".into()), ..Default::default() })
                .unwrap();
        assert_eq!(s.analyzer.threshold, 0.3);
        assert_eq!(s.operators.default.name(), "redact");
    }
}
