//! Presidio-compatible analysis: `POST /analyze` and `POST /anonymize` (also under
//! `/v1`), `GET /supportedentities`, `GET /anonymizers`, with Presidio's request and
//! response shapes, so an application that talks to a Presidio server can be pointed
//! at Hushdesk unchanged.
//!
//! Offsets are Unicode code points, as Presidio counts them. Differences, all
//! deliberate:
//! * `ad_hoc_recognizers` and `allow_list_match = "regex"` are refused (422): the
//!   engine has no runtime-defined recognisers; `context` and `regex_flags` are
//!   accepted and ignored (context words are built in and matched as whole words).
//! * `hash` is a keyed HMAC-SHA256 under a server key (only `hash_type = "sha256"`),
//!   so the same value always gives the same hash but a guess cannot be confirmed
//!   without the key; `encrypt` is AES-256-GCM (base64url), the key 32 bytes given as
//!   32 characters, base64 or hex.
//! * `pseudonym` is an extra operator (`<PERSON_1>`, stable within a request).
//! * Without `analyzer_results`, `/anonymize` runs the analyzer itself.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::{Arc, Mutex};

use axum::Json;
use axum::extract::State;
use hushdesk_crypto::Secret32;
use hushdesk_detect::anonymize::{MaskCount, Operator, Operators, anonymize};
use hushdesk_detect::offsets::{CodepointMap, chars_to_byte};
use hushdesk_detect::{Analyzer, AnalyzerConfig, Detection, EntityType, Explanation, Scratch};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::extract::{ApiJson, ApiQuery};
use crate::problem::ApiError;
use crate::state::AppState;

/// Languages accepted in `language` (the engine's hotwords and date words cover them).
pub const LANGUAGES: &[&str] = &["en", "de", "fr", "es", "it", "nl", "pt"];

/// Largest number of analyzers built for distinct `entities` lists that are kept.
const ANALYZER_CACHE: usize = 64;

/// Analyzers (one per requested entity set) and the anonymizer's keys.
pub struct Analysis {
    all: Arc<Analyzer>,
    by_entities: Mutex<HashMap<BTreeSet<EntityType>, Arc<Analyzer>>>,
    base: AnalyzerConfig,
    hash_key: Option<Secret32>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<(Scratch, Vec<Detection>)> = std::cell::RefCell::new((Scratch::default(), Vec::new()));
}

impl Analysis {
    /// Analyzers with threshold 0 (the request's threshold is applied afterwards);
    /// `hash_key` serves the `hash` operator.
    ///
    /// # Errors
    /// Detector configuration errors.
    pub fn new(base: AnalyzerConfig, hash_key: Option<Secret32>) -> Result<Self, hushdesk_detect::ConfigError> {
        let base = AnalyzerConfig { threshold: 0.0, entities: None, ..base };
        Ok(Analysis {
            all: Arc::new(Analyzer::new(base.clone())?),
            by_entities: Mutex::new(HashMap::new()),
            base,
            hash_key,
        })
    }

    fn analyzer(&self, entities: Option<&BTreeSet<EntityType>>) -> Result<Arc<Analyzer>, ApiError> {
        let Some(set) = entities else { return Ok(self.all.clone()) };
        let mut cache = self.by_entities.lock().map_err(|_| ApiError::internal())?;
        if let Some(a) = cache.get(set) {
            return Ok(a.clone());
        }
        let config =
            AnalyzerConfig { entities: Some(set.iter().copied().collect::<HashSet<_>>()), ..self.base.clone() };
        let a = Arc::new(Analyzer::new(config).map_err(|_| ApiError::internal())?);
        if cache.len() >= ANALYZER_CACHE {
            cache.clear();
        }
        cache.insert(set.clone(), a.clone());
        Ok(a)
    }

    /// Runs detection (call from the CPU pool). Detections are sorted, non-overlapping,
    /// at or above `threshold`.
    pub fn detect(analyzer: &Analyzer, text: &str, threshold: f32) -> Vec<Detection> {
        SCRATCH.with(|s| {
            let mut s = s.borrow_mut();
            let (scratch, out) = &mut *s;
            analyzer.analyze_with(text, scratch, out);
            out.retain(|d| d.score >= threshold);
            std::mem::take(out)
        })
    }
}

// ---------------------------------------------------------------------------- shapes

/// Presidio's analyze request.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnalyzeRequest {
    /// The text to analyse.
    pub text: String,
    /// Language code: `en`, `de`, `fr`, `es`, `it`, `nl` or `pt`.
    pub language: String,
    /// Only these entity types (Presidio names, e.g. `EMAIL_ADDRESS`); default all.
    #[serde(default)]
    pub entities: Option<Vec<String>>,
    /// Caller's id for this request (accepted; not logged).
    #[serde(default)]
    pub correlation_id: Option<String>,
    /// Minimum score, 0–1 (default 0.5).
    #[serde(default)]
    #[schema(minimum = 0.0, maximum = 1.0)]
    pub score_threshold: Option<f64>,
    /// Add `analysis_explanation` to each result.
    #[serde(default)]
    pub return_decision_process: Option<bool>,
    /// Not supported: must be absent or empty.
    #[serde(default)]
    #[schema(value_type = Option<Vec<Object>>)]
    pub ad_hoc_recognizers: Option<Vec<serde_json::Value>>,
    /// Accepted and ignored (context words are built in).
    #[serde(default)]
    pub context: Option<Vec<String>>,
    /// Values never reported (exact match).
    #[serde(default)]
    pub allow_list: Option<Vec<String>>,
    /// `exact` (default); `regex` is not supported.
    #[serde(default)]
    pub allow_list_match: Option<String>,
    /// Accepted and ignored.
    #[serde(default)]
    pub regex_flags: Option<i64>,
}

/// Presidio's `analysis_explanation`, filled from the engine's explanation.
#[derive(Debug, Serialize, ToSchema)]
pub struct AnalysisExplanation {
    /// Recogniser name.
    pub recognizer: String,
    /// The shape that matched.
    pub pattern_name: Option<String>,
    /// Not exposed (always null): the engine does not match one regex per entity.
    pub pattern: Option<String>,
    /// Score before context.
    pub original_score: f64,
    /// Final score.
    pub score: f64,
    /// Human-readable summary.
    pub textual_explanation: Option<String>,
    /// Score change from context.
    pub score_context_improvement: f64,
    /// The context word that changed the score, or empty.
    pub supportive_context_word: String,
    /// `true` when a checksum or metadata check passed, null when none applies.
    pub validation_result: Option<bool>,
    /// Name of that check (`luhn`, `libphonenumber`, …); an extension to Presidio.
    pub validation: Option<String>,
}

/// Presidio's `recognition_metadata`.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecognitionMetadata {
    /// Recogniser name.
    pub recognizer_name: String,
    /// Same as the name (recognisers are built in).
    pub recognizer_identifier: String,
}

/// One finding, as Presidio's `RecognizerResult`.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecognizerResult {
    /// Entity type, e.g. `PHONE_NUMBER`.
    pub entity_type: String,
    /// Start (Unicode code points).
    pub start: usize,
    /// End, exclusive (Unicode code points).
    pub end: usize,
    /// Confidence, 0–1.
    pub score: f64,
    /// A finer kind (`DATE_OF_BIRTH`, `ADDRESS`, …); an extension to Presidio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtype: Option<String>,
    /// With `return_decision_process`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub analysis_explanation: Option<AnalysisExplanation>,
    /// Which recogniser found it.
    pub recognition_metadata: RecognitionMetadata,
}

/// An operator as Presidio's `OperatorConfig`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OperatorConfig {
    /// `replace`, `redact`, `mask`, `hash`, `encrypt`, `keep` or `pseudonym`.
    #[serde(rename = "type")]
    pub type_: String,
    /// `replace`: the text to write (default `<ENTITY_TYPE>`).
    #[serde(default)]
    pub new_value: Option<String>,
    /// `mask`: one character.
    #[serde(default)]
    pub masking_char: Option<String>,
    /// `mask`: how many characters (default all).
    #[serde(default)]
    #[schema(minimum = 0)]
    pub chars_to_mask: Option<i64>,
    /// `mask`: count from the end.
    #[serde(default)]
    pub from_end: Option<bool>,
    /// `mask`: whether separators (spaces, dashes) count and are masked (default
    /// true, as Presidio does); an extension.
    #[serde(default)]
    pub mask_separators: Option<bool>,
    /// `hash`: `sha256` only (keyed HMAC-SHA256).
    #[serde(default)]
    pub hash_type: Option<String>,
    /// `encrypt`: 32 bytes as 32 characters, base64 or hex.
    #[serde(default)]
    pub key: Option<String>,
}

/// A span to anonymise (Presidio's analyzer output passes through unchanged).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnalyzerResultIn {
    /// Start (code points).
    #[schema(minimum = 0)]
    pub start: usize,
    /// End, exclusive (code points).
    #[schema(minimum = 0)]
    pub end: usize,
    /// Entity type.
    pub entity_type: String,
    /// Score (used to choose between overlapping spans).
    #[serde(default)]
    pub score: Option<f64>,
    /// Ignored.
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    pub analysis_explanation: Option<serde_json::Value>,
    /// Ignored.
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    pub recognition_metadata: Option<serde_json::Value>,
    /// Ignored.
    #[serde(default)]
    pub subtype: Option<String>,
}

/// Presidio's anonymize request.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnonymizeRequest {
    /// The text.
    pub text: String,
    /// Operator per entity type, plus `DEFAULT` (default: replace with `<TYPE>`).
    #[serde(default)]
    pub anonymizers: Option<BTreeMap<String, OperatorConfig>>,
    /// Spans to anonymise; when absent the text is analysed first.
    #[serde(default)]
    pub analyzer_results: Option<Vec<AnalyzerResultIn>>,
    /// Language when the text is analysed here (default `en`).
    #[serde(default)]
    pub language: Option<String>,
    /// Minimum score when the text is analysed here (default 0.5).
    #[serde(default)]
    #[schema(minimum = 0.0, maximum = 1.0)]
    pub score_threshold: Option<f64>,
}

/// One replacement in the output.
#[derive(Debug, Serialize, ToSchema)]
pub struct AnonymizedItem {
    /// Start in the output text (code points).
    pub start: usize,
    /// End in the output text (code points).
    pub end: usize,
    /// Entity type.
    pub entity_type: String,
    /// What was written.
    pub text: String,
    /// The operator applied.
    pub operator: String,
}

/// Presidio's anonymize response.
#[derive(Debug, Serialize, ToSchema)]
pub struct AnonymizeResponse {
    /// The anonymised text.
    pub text: String,
    /// The replacements, in text order.
    pub items: Vec<AnonymizedItem>,
}

/// Query of `GET /supportedentities`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct LanguageQuery {
    /// Language code (default `en`).
    pub language: Option<String>,
}

// ---------------------------------------------------------------------------- logic

fn check_language(l: &str) -> Result<(), ApiError> {
    if LANGUAGES.contains(&l) {
        Ok(())
    } else {
        Err(ApiError::invalid(format!("unsupported language; supported: {}", LANGUAGES.join(", "))))
    }
}

fn threshold(t: Option<f64>) -> Result<f32, ApiError> {
    match t {
        None => Ok(hushdesk_detect::DEFAULT_THRESHOLD),
        Some(t) if (0.0..=1.0).contains(&t) => Ok(t as f32),
        Some(_) => Err(ApiError::invalid("score_threshold must be between 0 and 1")),
    }
}

fn parse_entities(list: &[String], field: &str) -> Result<BTreeSet<EntityType>, ApiError> {
    list.iter()
        .enumerate()
        .map(|(i, e)| {
            e.parse::<EntityType>().map_err(|_| {
                ApiError::invalid(format!("{field}[{i}] is not a supported entity type; see GET /supportedentities"))
            })
        })
        .collect()
}

fn round(x: f32) -> f64 {
    (f64::from(x) * 10_000.0).round() / 10_000.0
}

fn explanation(d: &Detection) -> AnalysisExplanation {
    let Explanation { recognizer, pattern, validation, base_score, context } = &d.explanation;
    let mut text = format!("Identified as {} by {recognizer} ({pattern})", d.entity_type);
    if let Some(v) = validation {
        text.push_str(&format!(", validated by {v}"));
    }
    if let Some(c) = context {
        text.push_str(&format!(", context word \"{}\" {:+.2}", c.word, c.delta));
    }
    AnalysisExplanation {
        recognizer: (*recognizer).to_owned(),
        pattern_name: Some((*pattern).to_owned()),
        pattern: None,
        original_score: round(*base_score),
        score: round(d.score),
        textual_explanation: Some(text),
        score_context_improvement: context.as_ref().map_or(0.0, |c| round(c.delta)),
        supportive_context_word: context.as_ref().map_or(String::new(), |c| c.word.to_owned()),
        validation_result: validation.map(|_| true),
        validation: validation.map(str::to_owned),
    }
}

fn to_results(text: &str, found: &[Detection], explain: bool) -> Vec<RecognizerResult> {
    let mut map = CodepointMap::new(text);
    found
        .iter()
        .map(|d| {
            let start = map.to_chars(d.start);
            let end = map.to_chars(d.end);
            RecognizerResult {
                entity_type: d.entity_type.as_str().to_owned(),
                start,
                end,
                score: round(d.score),
                subtype: d.subtype.map(|s| s.as_str().to_owned()),
                analysis_explanation: explain.then(|| explanation(d)),
                recognition_metadata: RecognitionMetadata {
                    recognizer_name: d.explanation.recognizer.to_owned(),
                    recognizer_identifier: d.explanation.recognizer.to_owned(),
                },
            }
        })
        .collect()
}

fn operator(entity: &str, c: &OperatorConfig, hash_key: Option<&Secret32>) -> Result<Operator, ApiError> {
    let bad = |what: &str| ApiError::invalid(format!("anonymizers.{entity}: {what}"));
    let only = |allowed: &[&str]| -> Result<(), ApiError> {
        let given: [(&str, bool); 7] = [
            ("new_value", c.new_value.is_some()),
            ("masking_char", c.masking_char.is_some()),
            ("chars_to_mask", c.chars_to_mask.is_some()),
            ("from_end", c.from_end.is_some()),
            ("mask_separators", c.mask_separators.is_some()),
            ("hash_type", c.hash_type.is_some()),
            ("key", c.key.is_some()),
        ];
        match given.iter().find(|(n, set)| *set && !allowed.contains(n)) {
            Some((n, _)) => Err(bad(&format!("parameter `{n}` does not apply to operator `{}`", c.type_))),
            None => Ok(()),
        }
    };
    match c.type_.as_str() {
        "replace" => {
            only(&["new_value"])?;
            Ok(Operator::Replace { new_value: c.new_value.clone() })
        }
        "redact" => {
            only(&[])?;
            Ok(Operator::Redact)
        }
        "keep" => {
            only(&[])?;
            Ok(Operator::Keep)
        }
        "pseudonym" => {
            only(&[])?;
            Ok(Operator::Pseudonym)
        }
        "mask" => {
            only(&["masking_char", "chars_to_mask", "from_end", "mask_separators"])?;
            let mut chars = c.masking_char.as_deref().unwrap_or("*").chars();
            let masking_char = match (chars.next(), chars.next()) {
                (Some(ch), None) => ch,
                _ => return Err(bad("masking_char must be exactly one character")),
            };
            let count = match c.chars_to_mask {
                None => MaskCount::All,
                Some(n) if n >= 0 => MaskCount::Exactly(usize::try_from(n).unwrap_or(usize::MAX)),
                Some(_) => return Err(bad("chars_to_mask must not be negative")),
            };
            Ok(Operator::Mask {
                masking_char,
                count,
                from_end: c.from_end.unwrap_or(false),
                mask_separators: c.mask_separators.unwrap_or(true),
            })
        }
        "hash" => {
            only(&["hash_type"])?;
            match c.hash_type.as_deref() {
                None | Some("sha256") => {}
                Some(_) => return Err(bad("hash_type must be sha256 (a keyed HMAC-SHA256)")),
            }
            let key = hash_key.ok_or_else(|| bad("the hash operator is not available on this server"))?;
            Ok(Operator::Hash { key: key.clone() })
        }
        "encrypt" => {
            only(&["key"])?;
            let k = c.key.as_deref().ok_or_else(|| bad("encrypt needs a key"))?;
            let key = if k.len() == 32 { Secret32::from_slice(k.as_bytes()).ok() } else { None }
                .or_else(|| Secret32::parse_encoded(k).ok())
                .ok_or_else(|| bad("the key must be 32 bytes: 32 characters, or base64 or hex of 32 bytes"))?;
            Ok(Operator::Encrypt { key })
        }
        "custom" => Err(bad("the custom operator (a Python lambda) is not supported")),
        _ => Err(bad("unknown operator type; use replace, redact, mask, hash, encrypt, keep or pseudonym")),
    }
}

fn operators(
    req: Option<&BTreeMap<String, OperatorConfig>>,
    hash_key: Option<&Secret32>,
) -> Result<Operators, ApiError> {
    let mut ops = Operators::default();
    for (name, c) in req.into_iter().flatten() {
        let op = operator(name, c, hash_key)?;
        if name == "DEFAULT" {
            ops.default = op;
        } else {
            let e = name
                .parse::<EntityType>()
                .map_err(|_| ApiError::invalid("anonymizers: a key is neither DEFAULT nor a supported entity type"))?;
            ops.per_entity.insert(e, op);
        }
    }
    Ok(ops)
}

/// Converts code-point spans to sorted, non-overlapping byte-offset detections: where
/// spans overlap, the higher score (then the longer span) wins, as Presidio resolves.
fn spans_to_detections(text: &str, results: &[AnalyzerResultIn]) -> Result<Vec<Detection>, ApiError> {
    let mut ds = Vec::with_capacity(results.len());
    for (i, r) in results.iter().enumerate() {
        let entity = r.entity_type.parse::<EntityType>().map_err(|_| {
            ApiError::invalid(format!("analyzer_results[{i}].entity_type is not a supported entity type"))
        })?;
        if r.start >= r.end {
            return Err(ApiError::invalid(format!("analyzer_results[{i}]: start must be less than end")));
        }
        let (Some(start), Some(end)) = (chars_to_byte(text, r.start), chars_to_byte(text, r.end)) else {
            return Err(ApiError::invalid(format!("analyzer_results[{i}]: the span lies outside the text")));
        };
        let score = r.score.unwrap_or(1.0);
        if !(0.0..=1.0).contains(&score) {
            return Err(ApiError::invalid(format!("analyzer_results[{i}].score must be between 0 and 1")));
        }
        ds.push(Detection {
            start,
            end,
            entity_type: entity,
            subtype: None,
            score: score as f32,
            explanation: Explanation {
                recognizer: "request",
                pattern: "analyzer_results",
                validation: None,
                base_score: score as f32,
                context: None,
            },
        });
    }
    ds.sort_by(|a, b| b.score.total_cmp(&a.score).then(b.len().cmp(&a.len())).then(a.start.cmp(&b.start)));
    let mut kept: Vec<Detection> = Vec::with_capacity(ds.len());
    for d in ds {
        if !kept.iter().any(|k| k.overlaps(&d)) {
            kept.push(d);
        }
    }
    kept.sort_by_key(|d| d.start);
    Ok(kept)
}

/// Runs `/analyze` (on the CPU pool).
///
/// # Errors
/// 422 for invalid fields.
pub async fn run_analyze(state: &AppState, req: AnalyzeRequest) -> Result<Vec<RecognizerResult>, ApiError> {
    check_language(&req.language)?;
    let threshold = threshold(req.score_threshold)?;
    if req.ad_hoc_recognizers.as_ref().is_some_and(|v| !v.is_empty()) {
        return Err(ApiError::invalid("ad_hoc_recognizers are not supported: the recognisers are built in"));
    }
    match req.allow_list_match.as_deref() {
        None | Some("exact") => {}
        Some(_) => {
            return Err(ApiError::invalid("allow_list_match must be \"exact\"; regex allow lists are not supported"));
        }
    }
    let entities = req.entities.as_deref().map(|e| parse_entities(e, "entities")).transpose()?;
    let analyzer = state.analysis.analyzer(entities.as_ref())?;
    let explain = req.return_decision_process.unwrap_or(false);
    let allow: HashSet<String> = req.allow_list.unwrap_or_default().into_iter().collect();
    let text = req.text;
    let results = state
        .cpu
        .run(move || {
            let mut found = Analysis::detect(&analyzer, &text, threshold);
            if !allow.is_empty() {
                found.retain(|d| !allow.contains(&text[d.start..d.end]));
            }
            (to_results(&text, &found, explain), found.iter().map(|d| d.entity_type).collect::<Vec<_>>())
        })
        .await?;
    for e in &results.1 {
        state.metrics.detection(e.as_str());
    }
    Ok(results.0)
}

/// Runs `/anonymize` (on the CPU pool).
///
/// # Errors
/// 422 for invalid fields.
pub async fn run_anonymize(state: &AppState, req: AnonymizeRequest) -> Result<AnonymizeResponse, ApiError> {
    let ops = operators(req.anonymizers.as_ref(), state.analysis.hash_key.as_ref())?;
    let language = req.language.as_deref().unwrap_or("en");
    check_language(language)?;
    let threshold = threshold(req.score_threshold)?;
    let text = req.text;
    let given = match &req.analyzer_results {
        Some(r) => Some(spans_to_detections(&text, r)?),
        None => None,
    };
    let analyzer = state.analysis.analyzer(None)?;
    let analysed_here = given.is_none();
    let (resp, types) = state
        .cpu
        .run(move || -> Result<_, ApiError> {
            let found = match given {
                Some(d) => d,
                None => Analysis::detect(&analyzer, &text, threshold),
            };
            let out = anonymize(&text, &found, &ops).map_err(|e| match e {
                hushdesk_detect::anonymize::AnonymizeError::BadSpan(_) => {
                    ApiError::invalid("analyzer_results: a span does not fall on character boundaries")
                }
                _ => ApiError::internal(),
            })?;
            let mut map = CodepointMap::new(&out.text);
            let items = out
                .items
                .iter()
                .map(|it| AnonymizedItem {
                    start: map.to_chars(it.start),
                    end: map.to_chars(it.end),
                    entity_type: it.entity_type.as_str().to_owned(),
                    text: it.text.clone(),
                    operator: it.operator.to_owned(),
                })
                .collect();
            let types: Vec<EntityType> = found.iter().map(|d| d.entity_type).collect();
            Ok((AnonymizeResponse { text: out.text, items }, types))
        })
        .await??;
    if analysed_here {
        for e in &types {
            state.metrics.detection(e.as_str());
        }
    }
    Ok(resp)
}

// ---------------------------------------------------------------------------- handlers

/// Finds personal data (Presidio `POST /analyze`).
#[utoipa::path(
    post,
    path = "/analyze",
    tag = "presidio",
    operation_id = "analyze",
    request_body = AnalyzeRequest,
    responses((status = 200, description = "Findings, sorted by position", body = [RecognizerResult]))
)]
pub async fn analyze(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<AnalyzeRequest>,
) -> Result<Json<Vec<RecognizerResult>>, ApiError> {
    run_analyze(&state, req).await.map(Json)
}

/// Finds personal data (Presidio `POST /analyze`, versioned path).
#[utoipa::path(
    post,
    path = "/v1/analyze",
    tag = "presidio",
    operation_id = "analyze_v1",
    request_body = AnalyzeRequest,
    responses((status = 200, description = "Findings, sorted by position", body = [RecognizerResult]))
)]
pub async fn analyze_v1(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<AnalyzeRequest>,
) -> Result<Json<Vec<RecognizerResult>>, ApiError> {
    run_analyze(&state, req).await.map(Json)
}

/// Replaces personal data (Presidio `POST /anonymize`).
#[utoipa::path(
    post,
    path = "/anonymize",
    tag = "presidio",
    operation_id = "anonymize",
    request_body = AnonymizeRequest,
    responses((status = 200, description = "The anonymised text", body = AnonymizeResponse))
)]
pub async fn anonymize_handler(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<AnonymizeRequest>,
) -> Result<Json<AnonymizeResponse>, ApiError> {
    run_anonymize(&state, req).await.map(Json)
}

/// Replaces personal data (Presidio `POST /anonymize`, versioned path).
#[utoipa::path(
    post,
    path = "/v1/anonymize",
    tag = "presidio",
    operation_id = "anonymize_v1",
    request_body = AnonymizeRequest,
    responses((status = 200, description = "The anonymised text", body = AnonymizeResponse))
)]
pub async fn anonymize_v1(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<AnonymizeRequest>,
) -> Result<Json<AnonymizeResponse>, ApiError> {
    run_anonymize(&state, req).await.map(Json)
}

/// Entity types the analyzer reports (Presidio `GET /supportedentities`).
#[utoipa::path(
    get,
    path = "/supportedentities",
    tag = "presidio",
    operation_id = "supported_entities",
    params(LanguageQuery),
    responses((status = 200, description = "Entity type names", body = [String]))
)]
pub async fn supported_entities(ApiQuery(q): ApiQuery<LanguageQuery>) -> Result<Json<Vec<&'static str>>, ApiError> {
    // A query parameter: 400 like every other bad parameter (422 is for bodies).
    check_language(q.language.as_deref().unwrap_or("en")).map_err(|_| {
        ApiError::bad_parameter(format!("language is not supported; supported: {}", LANGUAGES.join(", ")))
    })?;
    Ok(Json(EntityType::ALL.iter().map(|e| e.as_str()).collect()))
}

/// Operator names (Presidio `GET /anonymizers`).
#[utoipa::path(
    get,
    path = "/anonymizers",
    tag = "presidio",
    operation_id = "anonymizers",
    responses((status = 200, description = "Operator names", body = [String]))
)]
pub async fn anonymizers() -> Json<&'static [&'static str]> {
    Json(&["replace", "redact", "mask", "hash", "encrypt", "keep", "pseudonym"])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, e: &str, score: f64) -> AnalyzerResultIn {
        AnalyzerResultIn {
            start,
            end,
            entity_type: e.into(),
            score: Some(score),
            analysis_explanation: None,
            recognition_metadata: None,
            subtype: None,
        }
    }

    #[test]
    fn spans_in_code_points_resolve_overlaps_by_score() {
        let text = "Zoë: 555-0100 or zoe@example.com";
        let d = spans_to_detections(
            text,
            &[span(17, 32, "EMAIL_ADDRESS", 1.0), span(0, 3, "PERSON", 0.6), span(1, 4, "PERSON", 0.4)],
        )
        .unwrap();
        assert_eq!(d.len(), 2);
        assert_eq!(&text[d[0].start..d[0].end], "Zoë");
        assert_eq!(&text[d[1].start..d[1].end], "zoe@example.com");
        assert!(spans_to_detections(text, &[span(3, 3, "PERSON", 1.0)]).is_err());
        assert!(spans_to_detections(text, &[span(0, 99, "PERSON", 1.0)]).is_err());
        assert!(spans_to_detections(text, &[span(0, 1, "CUSTOM_THING", 1.0)]).is_err());
    }

    #[test]
    fn operators_follow_presidio_parameters() {
        let mut m = BTreeMap::new();
        let cfg = |t: &str| OperatorConfig {
            type_: t.into(),
            new_value: None,
            masking_char: None,
            chars_to_mask: None,
            from_end: None,
            mask_separators: None,
            hash_type: None,
            key: None,
        };
        m.insert("DEFAULT".to_owned(), OperatorConfig { new_value: Some("X".into()), ..cfg("replace") });
        m.insert(
            "PHONE_NUMBER".to_owned(),
            OperatorConfig { chars_to_mask: Some(4), from_end: Some(true), ..cfg("mask") },
        );
        let ops = operators(Some(&m), None).unwrap();
        assert!(matches!(ops.default, Operator::Replace { .. }));
        assert!(matches!(
            ops.per_entity[&EntityType::PhoneNumber],
            Operator::Mask { count: MaskCount::Exactly(4), from_end: true, .. }
        ));
        let mut bad = BTreeMap::new();
        bad.insert("PERSON".to_owned(), OperatorConfig { key: Some("k".into()), ..cfg("replace") });
        assert!(operators(Some(&bad), None).is_err());
        let mut hash = BTreeMap::new();
        hash.insert("PERSON".to_owned(), cfg("hash"));
        assert!(operators(Some(&hash), None).is_err(), "no key configured");
        assert!(operators(Some(&hash), Some(&Secret32::generate().unwrap())).is_ok());
        let mut enc = BTreeMap::new();
        enc.insert(
            "PERSON".to_owned(),
            OperatorConfig { key: Some("0123456789abcdef0123456789abcdef".into()), ..cfg("encrypt") },
        );
        assert!(operators(Some(&enc), None).is_ok());
        let mut custom = BTreeMap::new();
        custom.insert("PERSON".to_owned(), cfg("custom"));
        assert!(operators(Some(&custom), None).is_err());
    }
}
