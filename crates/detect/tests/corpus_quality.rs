//! Accuracy guard on the labelled corpus. The floors are the measured scores minus a small
//! margin: a change that makes detection worse fails here, with the scores printed.
//!
//! `dev` is what the engine is tuned on; `holdout` is never read while tuning, only
//! scored, so its floor guards generalisation (see corpus/GUIDELINES.md).

use std::collections::BTreeMap;

use hushdesk_detect::eval::{MatchMode, Scoreboard, Span};
use hushdesk_detect::offsets::CodepointMap;
use hushdesk_detect::{Analyzer, AnalyzerConfig};
use serde_json::Value;

fn score(corpus: &str) -> Scoreboard {
    let analyzer = Analyzer::new(AnalyzerConfig::default()).unwrap();
    let path = format!("{}/corpus/{corpus}.jsonl", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut board = Scoreboard::default();
    for line in data.lines() {
        let doc: Value = serde_json::from_str(line).unwrap();
        let text = doc["text"].as_str().unwrap();
        let gold: Vec<Span> = doc["spans"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| Span {
                start: s["start"].as_u64().unwrap() as usize,
                end: s["end"].as_u64().unwrap() as usize,
                entity_type: s["entity_type"].as_str().unwrap().to_string(),
            })
            .collect();
        let mut map = CodepointMap::new(text);
        let found: Vec<Span> = analyzer
            .analyze(text)
            .iter()
            .map(|d| Span {
                start: map.to_chars(d.start),
                end: map.to_chars(d.end),
                entity_type: d.entity_type.as_str().to_string(),
            })
            .collect();
        board.add_document(&gold, &found, MatchMode::Overlap);
    }
    board
}

fn report(board: &Scoreboard) -> String {
    board.per_type.iter().map(|(k, c)| format!("{k}: F2 {:.3}\n", c.f_beta(2.0))).collect()
}

#[test]
fn dev_corpus_scores_do_not_regress() {
    let board = score("dev");
    // AGE, LOCATION, NRP, ONE_TIME_CODE, US_DRIVER_LICENSE, US_PASSPORT and the overall floor
    // were lowered when dev gained 135 documents written by an independent author who had
    // not seen the engine or the rest of the corpus (dev/37–39): the engine does worse on
    // them than on the documents it was tuned on, as on holdout. NRP, ONE_TIME_CODE and
    // PERSON again when it gained 135 more (dev/40–42, support in commerce, finance and
    // apps), each type measured on the larger corpus minus a margin; NRP, PASSWORD and
    // PHONE_NUMBER when it gained 135 more (dev/43–45: utilities and housing, HR and visas,
    // IT security), whose CSV password exports, Swedish passwords and Dutch NRP it misses;
    // AGE, DATE_TIME, LOCATION, NRP, ONE_TIME_CODE, PERSON, US_DRIVER_LICENSE and overall
    // when it gained 135 more (dev/46–48: insurance and motor, community and care, account
    // access), the densest yet (2,340 spans), and PASSWORD and URL raised since the CSV
    // tables are read. AGE, AU_TFN, DE_TAX_ID, NRP, PERSON and PHONE_NUMBER when it gained
    // 96 more (dev/49–51: e-mail threads and bookings in eight locales, speech-to-text
    // calls and messy chats, fintech and SaaS forms), whose spelled-out ages, Spanish and
    // French numbers read out, a TFN known only from the next line's correction and a tax
    // id named two sentences before it the engine misses. ES_NIE and IT_FISCAL_CODE when it
    // gained 96 more (dev/52–54: health and delivery, European utilities and travel in six
    // languages, marketplaces and games), whose callers spell their ids out letter by
    // letter (`equis seis nueve …`, `d l c g n n sette uno …`), which the engine does not read.
    // CVV, DATE_TIME, DE_TAX_ID, ES_NIE, ES_NIF, IN_PAN, IT_FISCAL_CODE, LOCATION, NRP, PASSWORD,
    // UK_NINO, US_BANK_NUMBER, US_PASSPORT, US_SSN and overall when it gained 96 more (dev/55–57:
    // insurance and banking disputes, call-centre speech-to-text with every identifier read
    // out, public services and HR in six languages): ids spelled with letters (`n j nine eight
    // …`, `x cuatro siete …`), numbers read out with tens (`six three six twenty six …`),
    // e-mail addresses and passwords read out, and dotted form leaders (`Nationality .......
    // Italian`), which the engine does not read. No floor was lowered when it gained 96 more
    // (dev/58–60: travel in nine countries' English, telecom and letting e-mail threads in
    // five languages, personal data in logs, payloads and exports); US_PASSPORT when it gained
    // 96 more (dev/61–63: clinics and voicemail, marketplaces in India, Latin America and
    // southern Europe, fraud desks), whose passport number is read out with its letter (`a two
    // seven four nine …`), which the engine did not assemble then. No floor was lowered when
    // it gained 96 more (dev/64–66: insurance claims and roadside calls, gaming, streaming and
    // e-learning chats, European returns and parcel logistics); ids spelled out with their
    // letters are now assembled, and CVV, DE_TAX_ID, ES_NIE, ES_NIF, IN_PAN, IT_FISCAL_CODE,
    // UK_NINO and US_PASSPORT were raised to their new scores minus a margin. None was
    // lowered when it gained 96 more (dev/67–69: credit-union secure messages and cheques,
    // pharmacies and patient portals in four Commonwealth countries, travel complaints in
    // French, German, Italian and Portuguese), nor when it gained 96 more (dev/70–72: B2B
    // software tickets from Asia and the Pacific, benefit and council-tax letters in the UK,
    // Ireland and Canada, lettings and removals in the US, Australia and New Zealand), nor when
    // it gained 96 more (dev/73–75: car dealers and EV charging in the US, Germany and the
    // Netherlands; trust and safety on social apps; immigration lawyers and notaries in
    // southern Europe), the densest in places (217 LOCATION spans). One was lowered when it
    // gained 192 more (dev/76–81: meal kits, utilities and moves, health billing, airline and
    // loyalty disputes, developer logs, charity and admissions), the first lowering, while
    // the documents before them kept or improved every span: PASSWORD 0.90 → 0.89 (their
    // passwords typed in prose and after `--requirepass` are missed; the round's connection
    // strings, bracketed values and JSON keys are found). AGE, CA_SIN and US_BANK_NUMBER fell
    // under their floors on the new documents until the round's rules brought them back.
    let floors: BTreeMap<&str, f64> = [
        ("ABA_ROUTING_NUMBER", 0.88),
        // 0.89 until dev/100–101 (twenty-fourth round) brought 42 ages, most in other
        // languages: numbers read out before `años`, `ans` or `Jahre` (`noventa años`), a
        // child's age after a name without brackets (`Sophia 10 and Alex 7`); its pairs
        // joined by `e`, `en` or `y` and children's lists (`kids 4 and 9`) are found. 0.88 until
        // the twenty-ninth and thirtieth rounds (dev/110–113, Turkey, Greece, the Gulf, the
        // Nordics and the Baltics; 0.866 after them and the thirty-first): ages read out in
        // Swedish and Finnish (`nittioett`, `kakskytkolme`) and a Greek or Turkish age after a
        // name are known misses. 0.86 since the thirty-second round (dev/116–117, Sub-Saharan
        // Africa and Spanish-speaking Latin America; 0.864 after it): ages in brackets after
        // a child's name and class (`Grade 5 (10 years)`), and after a Swahili form's label
        // (`Umri: 29`), are known misses.
        ("AGE", 0.86),
        // 0.99 until dev/42 brought a Twitch chat token (`oauth:` and 30 characters), a
        // format the engine does not know: a known miss. 0.965 since the thirty-second
        // round (0.970 after it): a 16-character M-Pesa consumer secret after its label is a
        // known miss (its Mercado Pago token is found).
        ("API_KEY", 0.965),
        ("AU_ABN", 0.98),
        ("AU_TFN", 0.96),
        ("CARD_EXPIRY", 0.91),
        ("CA_SIN", 0.98),
        ("CREDIT_CARD", 0.98),
        ("CRYPTO", 0.98),
        ("CVV", 0.93),
        // Lowered from 0.98 when dev gained the twentieth round's call transcripts: dates and
        // times read out in Dutch (`drie september negentienhonderd vijfennegentig`), a
        // Hijri date and ranges of days (`18–21 June`) are known misses. 0.975 until the
        // twenty-ninth to thirty-first rounds (0.971 after them): the Greek half of the day
        // (`8:05 π.μ.`), dates read out in Greek, Danish, Norwegian and Swedish (`fjortende
        // mars`) and a Latvian year before its date (`2025. gada 14. martam`) are known misses.
        ("DATE_TIME", 0.97),
        // Raised from 0.92 by the twenty-third round, when a number passing the tax id's check
        // in a text that names it anywhere became one; a number grouped 2-3-3-3 as an
        // Australian phone's would be (`83 902 471 506`) and an SAP export's `STIDN=` field
        // are known misses.
        ("DE_TAX_ID", 0.96),
        ("EMAIL_ADDRESS", 0.98),
        ("ES_NIE", 0.98),
        ("ES_NIF", 0.98),
        ("FR_NIR", 0.98),
        ("IBAN_CODE", 0.98),
        ("IN_AADHAAR", 0.98),
        ("IN_PAN", 0.98),
        ("IP_ADDRESS", 0.98),
        ("IT_FISCAL_CODE", 0.98),
        // Lowered from 0.87 by the twenty-first round: addresses read out in Caribbean and
        // Hungarian calls (`twenty two barnett street montego bay saint james`) and SAP export
        // fields (`ORT01=Stuttgart`) are known misses (a street type in lower case after its
        // name, `Dunajska cesta 63`, is found since round 24 of the engine). Lowered from 0.86, to the 0.85
        // the project aims for, by the twenty-eighth round (0.858 after it): lower-case
        // addresses read out in French and Spanish calls (`rue de fer 27 boîte 2 5000 namur`,
        // `calle 65 número 88 a 21 medellín`) and neighbourhoods named alone (`Usaquén →
        // Chapinero`, `"neighborhood": "Moema"`) are known misses. Lowered to 0.845 by the
        // twenty-ninth to thirty-first rounds (0.846 after them; `holdout` 0.905): places in
        // Hebrew script and Greek ones beyond the largest (`תל אביב`, `Καλαμάτα`), places
        // inflected by case (`Tallinnassa`, `Norvēģiju`), Lithuanian streets abbreviated
        // (`Gedimino pr. 9-4`), Icelandic three-digit postcodes and Gulf addresses read out
        // are known misses. 0.84 since the thirty-second round (0.842 after it): Kigali's
        // numbered streets (`KG 544 St`), Swahili post boxes (`S.L.P. 7789`), Ecuador's
        // block-numbered addresses (`N34-120 y Whymper`), Chilean seven-digit postcodes and
        // neighbourhoods named alone (`Ntinda`, `Yopougon Siporex`) are known misses.
        ("LOCATION", 0.84),
        ("MAC_ADDRESS", 0.97),
        // Lowered from 0.87 by the twentieth round: a nationality in brackets after a name
        // (`Omar Khan (British, 45)`), a denomination and an iwi are known misses.
        ("NRP", 0.86),
        ("ONE_TIME_CODE", 0.86),
        // Lowered from 0.89 by the twenty-first round: a password set in a Czech sentence
        // (`nastavil jsem Kocour.Mikes77`) and one quoted in a debug log are known misses.
        // 0.88 until the twenty-ninth and thirtieth rounds (0.880 after the thirty-first).
        ("PASSWORD", 0.875),
        // 0.93 until the twenty-ninth to thirty-first rounds (0.923 after them): names in Hebrew
        // script, Greek ones beyond the commonest and Arabic names in lower case are known misses.
        ("PERSON", 0.92),
        ("PHONE_NUMBER", 0.96),
        ("SWIFT_CODE", 0.93),
        ("UK_NHS", 0.98),
        ("UK_NINO", 0.97),
        ("URL", 0.98),
        // Lowered from 0.90 by the twenty-seventh and twenty-eighth rounds (F2 0.900 after
        // them, 0.8996 unrounded): British and Irish accounts (`account 6000418237`) and an
        // insurance certificate near `direct deposit` read as US accounts are known misses.
        // 0.88 since the thirty-third round (dev/118–119; 0.8896 after it): an account number
        // read out digit by digit on a call (`account is 0 0 7 3 3 8 1 2 9 0 4`) is a known miss.
        ("US_BANK_NUMBER", 0.88),
        // Lowered from 0.99 when dev gained a licence named eight words before its number,
        // next to `account` (`my Texas license on the account, the new number is …`): a
        // known miss, read as a bank account number; from 0.92 when the twentieth round
        // read an Australian licence out in words (`an australian one zero six seven …`);
        // from 0.91 by the twenty-third round (F2 0.912 after it): a Florida licence read out
        // with its letter (`p six one two, four one seven, …`) is found, but the agent's
        // repeat of it, `p612-417-88-392-0`, three lines under the licence's name, is a
        // known miss.
        ("US_DRIVER_LICENSE", 0.90),
        ("US_ITIN", 0.98),
        ("US_PASSPORT", 0.93),
        ("US_SSN", 0.96),
    ]
    .into_iter()
    .collect();
    let mut failures = Vec::new();
    for (entity, floor) in &floors {
        let f2 = board.per_type.get(*entity).map_or(0.0, |c| c.f_beta(2.0));
        if f2 < *floor {
            failures.push(format!("{entity}: F2 {f2:.3} < {floor}"));
        }
    }
    let overall = board.overall().f_beta(2.0);
    // (0.94 until the twenty-ninth and thirtieth rounds: 0.938 after them.)
    if overall < 0.935 {
        failures.push(format!("overall: F2 {overall:.3} < 0.935"));
    }
    assert!(failures.is_empty(), "{}\n\nall scores:\n{}", failures.join("\n"), report(&board));
}

#[test]
fn holdout_corpus_generalises() {
    let board = score("holdout");
    let overall = board.overall().f_beta(2.0);
    let person = board.per_type["PERSON"].f_beta(2.0);
    let location = board.per_type["LOCATION"].f_beta(2.0);
    let date = board.per_type["DATE_TIME"].f_beta(2.0);
    assert!(
        overall >= 0.94 && person >= 0.94 && location >= 0.88 && date >= 0.96,
        "overall {overall:.3}, PERSON {person:.3}, LOCATION {location:.3}, DATE_TIME {date:.3}\n{}",
        report(&board)
    );
}
