use crate::test_support::{found, found_subtypes};

#[test]
fn routes_and_train_numbers() {
    assert_eq!(found("no me deja pagar el billete Madrid-Sevilla del 28/06", "LOCATION"), vec!["Madrid", "Sevilla"]);
    assert_eq!(found("2024-06-10 booking ok route=Köln-Berlin pax=2", "LOCATION"), vec!["Köln", "Berlin"]);
    assert_eq!(
        found("annulation du TGV INOUI 6203 Paris → Marseille du 02/05", "LOCATION"),
        vec!["Paris", "Marseille"]
    );
    assert!(found("a Coca-Cola and a Rolls-Royce", "LOCATION").is_empty());
    assert_eq!(found("i live in Columbus Ohio i dont", "LOCATION"), vec!["Columbus", "Ohio"]);
    assert!(found("Dear Goh Pei Shan,", "LOCATION").is_empty());
    assert!(found("ref RF-22981-ZA. Banks take 3–5 days", "LOCATION").is_empty());
    assert_eq!(found("card bought at store #2281 Fort Lee NJ", "LOCATION"), vec!["Fort Lee", "NJ"]);
    assert!(found("I have the 2019 Honda CR-V on file", "LOCATION").is_empty());
}

#[test]
fn colombian_numbered_streets() {
    let chat = "Veo el viaje de Calle 140 # 11-45 a Carrera 7 # 63-44; el conductor";
    assert_eq!(found(chat, "LOCATION"), vec!["Calle 140 # 11-45", "Carrera 7 # 63-44"]);
    let reply = "vive en Carrera 39 # 5B-42, San Fernando, Cali.";
    assert_eq!(found(reply, "LOCATION"), vec!["Carrera 39 # 5B-42, San Fernando, Cali"]);
    // No cross street and house number: no address.
    assert!(found("la Calle 140 está cerrada", "LOCATION").is_empty());
}

#[test]
fn forints_and_feet_are_no_street() {
    assert!(found("paid 18 500 Ft + 1 290 Ft locker delivery", "LOCATION").is_empty());
    assert!(found("Foglalóként 200 000 Ft-ot kérnék", "LOCATION").is_empty());
    // Nor are crowns.
    assert!(found("i paid 249 kr on 1/12", "LOCATION").is_empty());
    assert!(found("en obetald avgift på 599 kr från oktober", "LOCATION").is_empty());
}

#[test]
fn a_street_type_in_lower_case_after_the_name() {
    for (text, address) in [
        ("bor i Kongens gate 14, 7011 Trondheim.", "Kongens gate 14, 7011 Trondheim"),
        ("Naslov: Dunajska cesta 63, 1000 Ljubljana", "Dunajska cesta 63, 1000 Ljubljana"),
        // Estonian and Latvian types, and an abbreviated one (`tn`, `mnt`).
        ("Aadress: Riia tn 15-4, 51010 Tartu", "Riia tn 15-4, 51010 Tartu"),
        ("Tartu mnt 25-7, 10117 Tallinn", "Tartu mnt 25-7, 10117 Tallinn"),
        ("Elizabetes iela 10, Rīga, LV-1010", "Elizabetes iela 10, Rīga, LV-1010"),
        // Lithuanian abbreviations, only after a name in the genitive.
        ("Gedimino pr. 9-4, LT-01103 Vilnius", "Gedimino pr. 9-4, LT-01103 Vilnius"),
        ("Tilžės g. 170-5, LT-76351 Šiauliai", "Tilžės g. 170-5, LT-76351 Šiauliai"),
    ] {
        assert_eq!(found(text, "LOCATION"), vec![address], "{text}");
    }
}

#[test]
fn a_us_state_code_is_no_estonian_street_type() {
    assert_eq!(found("1200 Broadway, Nashville TN 37203", "LOCATION"), vec!["1200 Broadway, Nashville TN 37203"]);
    // (Iceland's three-digit postcode before its town ends the address.)
    let reykjavik = "Heimilisfang: Laugavegur 45, 101 Reykjavík\nSími: 862 4471";
    assert_eq!(found(reykjavik, "LOCATION"), vec!["Laugavegur 45, 101 Reykjavík"]);
    assert_eq!(
        found("Klient: ul. Hetmańska 40A/12, 35-078 Rzeszów.\nOk", "LOCATION"),
        vec!["ul. Hetmańska 40A/12, 35-078 Rzeszów"]
    );
}

#[test]
fn a_turkish_district_and_city_after_the_number() {
    let text = "adres: Bağdat Cad. No: 214 D: 7 Kadıköy/İstanbul 34728, teşekkürler";
    assert_eq!(found(text, "LOCATION"), vec!["Bağdat Cad. No: 214 D: 7 Kadıköy/İstanbul 34728"]);
}

#[test]
fn a_street_type_abbreviated_after_its_name() {
    let mail = "I moved into Van Woustraat 112-3 hoog, 1073 LR Amsterdam on 1 May";
    assert_eq!(found(mail, "LOCATION"), vec!["Van Woustraat 112-3 hoog, 1073 LR Amsterdam"]);
    let note = "Anschluss Kopenhagener Str. 9, 10437 Berlin läuft wieder.";
    assert_eq!(found(note, "LOCATION"), vec!["Kopenhagener Str. 9, 10437 Berlin"]);
}

#[test]
fn a_sentence_on_the_next_line_is_no_part_of_the_address() {
    let form = "Anmeldung address: Schönhauser Allee 58, 10437 Berlin.\nDate of birth 19/02/1993.";
    assert_eq!(found(form, "LOCATION"), vec!["Schönhauser Allee 58, 10437 Berlin"]);
}

#[test]
fn a_date_after_an_address_is_no_part_of_it() {
    let chat = "2024/03/04, 12:16 - Kavitha: Surgery is 310 Musgrave Road, Berea, Durban, 4001\n2024/03/04, 12:48 - Precious: Hi";
    assert_eq!(found(chat, "LOCATION"), vec!["310 Musgrave Road, Berea, Durban, 4001"]);
    let move_ = "- Stop service at 3318 W 14th Ave, Vancouver, BC V6R 2W9 on April 30, 2024 (final read)";
    assert_eq!(found(move_, "LOCATION"), vec!["3318 W 14th Ave, Vancouver, BC V6R 2W9"]);
    assert_eq!(found(move_, "DATE_TIME"), vec!["April 30, 2024"]);
    let de = "Umzug nach Hauptstraße 5, 10115 Berlin ab Mai 2024 bitte";
    assert_eq!(found(de, "LOCATION"), vec!["Hauptstraße 5, 10115 Berlin"]);
    // A four-digit postcode is no year when no date comes before it.
    assert_eq!(found("deliver to 12 Smith St, Fitzroy VIC 3065", "LOCATION"), vec!["12 Smith St, Fitzroy VIC 3065"]);
}

#[test]
fn words_after_a_complete_address_are_the_sentences() {
    // After the postcode and the town, an unknown word after a comma goes on with the text.
    let plot = "Objekt: Reihenhaus, Gartenweg 9, 33602 Bielefeld, Baujahr 1987, 121 m².";
    assert_eq!(found(plot, "LOCATION"), vec!["Gartenweg 9, 33602 Bielefeld"]);
    let flat = "Kunde: Ümit Yıldız, Eppendorfer Weg 213, 20253 Hamburg, Hinterhaus 3. Stock";
    assert_eq!(found(flat, "LOCATION"), vec!["Eppendorfer Weg 213, 20253 Hamburg"]);
    // Known places after a comma, and words that go on with the town's name, still count.
    let country = "Naslov: Dunajska cesta 63, 1000 Ljubljana, Slovenia";
    assert_eq!(found(country, "LOCATION"), vec!["Dunajska cesta 63, 1000 Ljubljana, Slovenia"]);
    let cedex = "Merci d'envoyer le courrier à BP 45, 13002 Marseille Cedex 02.";
    assert_eq!(found(cedex, "LOCATION"), vec!["BP 45, 13002 Marseille Cedex 02"]);
}

#[test]
fn the_noun_before_a_glued_street_name_is_the_sentences() {
    for (text, address) in [
        ("Hypotheek overnemen. Woning Parkweg 12, 2271 AJ Voorburg, marktwaarde", "Parkweg 12, 2271 AJ Voorburg"),
        ("Transfer of Herengracht 401-C, 1017 BP Amsterdam is planned", "Herengracht 401-C, 1017 BP Amsterdam"),
        ("Lieferung an Baustelle Lindenallee 14, 30175 Hannover.", "Lindenallee 14, 30175 Hannover"),
        // A given name, an adjective or a town's adjective is the street's.
        (
            "Sie wohnt Mainzer Landstraße 205, 60326 Frankfurt am Main",
            "Mainzer Landstraße 205, 60326 Frankfurt am Main",
        ),
        ("new address is Södra Förstadsgatan 26, 211 43 Malmö.", "Södra Förstadsgatan 26, 211 43 Malmö"),
        ("ik woon op Jan Pieter Heijestraat 114, 1053 GS Amsterdam", "Jan Pieter Heijestraat 114, 1053 GS Amsterdam"),
    ] {
        assert_eq!(found(text, "LOCATION"), vec![address], "{text}");
    }
}

#[test]
fn a_date_before_an_address_is_no_part_of_it() {
    let reply = "You: Aoife McGillicuddy, 30 November 1990, 58 Stanmore Road, Birmingham B16 9TA";
    assert_eq!(found(reply, "LOCATION"), vec!["58 Stanmore Road, Birmingham B16 9TA"]);
    assert_eq!(found(reply, "DATE_TIME"), vec!["30 November 1990"]);
    let chat = "09:14 Customer: 14/02/1951, 27 Larkspur Close, Kettering NN15 6QD";
    assert_eq!(found(chat, "LOCATION"), vec!["27 Larkspur Close, Kettering NN15 6QD"]);
    // A number as the street's name still follows a house number and a space (Calgary), and
    // a Glasgow flat's position and a comma.
    assert_eq!(found("ship to 1200 17 Ave SW, Calgary", "LOCATION"), vec!["1200 17 Ave SW, Calgary"]);
    // A number and a comma before a street that has its own number after its name.
    let age = "Policyholder: Léa Gerber-Rossier, 34, Rue de Lausanne 91, 1700 Fribourg";
    assert_eq!(found(age, "LOCATION"), vec!["Rue de Lausanne 91, 1700 Fribourg"]);
    let flat = "flat is 2/1, 19 Dowanhill Street, Glasgow G11 5QR, buzz 2/1";
    assert_eq!(found(flat, "LOCATION"), vec!["2/1, 19 Dowanhill Street, Glasgow G11 5QR"]);
}

#[test]
fn via_after_a_number_is_the_preposition() {
    let note = "Arrival in US: March 14, 1986, via Seattle";
    assert_eq!(found(note, "LOCATION"), vec!["US", "Seattle"]);
    assert_eq!(found("Ship by March 28 via UPS please", "LOCATION"), Vec::<&str>::new());
    assert_eq!(found("spedire a via Roma 12, 00184 Roma", "LOCATION"), vec!["via Roma 12, 00184 Roma"]);
}

#[test]
fn a_zip_code_read_out() {
    let call = "AGENT: can you confirm the zip code we have on file\nCALLER: six oh six two nine\nAGENT: thanks";
    assert_eq!(found(call, "LOCATION"), vec!["six oh six two nine"]);
    // Five digit words with no ZIP asked for, or more than five, are none.
    assert_eq!(found("CALLER: six oh six two nine", "LOCATION"), Vec::<&str>::new());
    let long = "AGENT: and your zip\nCALLER: six oh six two nine one";
    assert_eq!(found(long, "LOCATION"), Vec::<&str>::new());
}

#[test]
fn a_journey_and_a_country_before_a_function_word() {
    let it = "ho viaggiato sul treno 9543 da Napoli a Milano, partenza prevista alle 14:05";
    assert_eq!(found(it, "LOCATION"), vec!["Napoli", "Milano"]);
    assert_eq!(found("Reis: van Utrecht naar Groningen", "LOCATION"), vec!["Utrecht", "Groningen"]);
    let train = "Departs Auckland 7:45am, arrives Wellington 6:25pm.";
    assert_eq!(found(train, "LOCATION"), vec!["Auckland", "Wellington"]);
    assert_eq!(found("veio para o Brasil no ano passado", "LOCATION"), vec!["Brasil"]);
    assert_eq!(found("veio para o Brasil no ano passado", "PERSON"), Vec::<&str>::new());
    // A name between `van` and a word that is no journey's end is no place.
    assert_eq!(found("Hi, this is Pieter van Dijk from accounts", "LOCATION"), Vec::<&str>::new());
}

#[test]
fn a_form_column_ends_a_field() {
    let form = "DL: P621-548-61-423-0    State: FL    Class: E";
    assert_eq!(found(form, "LOCATION"), vec!["FL"]);
}

#[test]
fn the_street_a_shop_is_named_after() {
    assert_eq!(found("Customer: the Oxford Street store was closed", "LOCATION"), vec!["Oxford Street"]);
    assert_eq!(found("I was told at the King Street branch", "LOCATION"), vec!["King Street"]);
    assert_eq!(found("the Wall Street Journal called", "LOCATION"), Vec::<&str>::new());
}

#[test]
fn towns_of_five_thousand_people() {
    // Ojai (7,627) and Hood River (7,624) are in GeoNames' cities5000, not cities15000.
    assert_eq!(found("my parents live in Ojai now", "LOCATION"), vec!["Ojai"]);
    assert_eq!(found("we are in Hood River, OR not Portland", "LOCATION"), vec!["Hood River", "OR"]);
}

#[test]
fn a_small_town_that_is_also_a_word_or_name() {
    // Post (TX) does not make `Canada Post` two places; an airport is a place.
    assert_eq!(found("I've opened a trace with Canada Post.", "LOCATION"), Vec::<&str>::new());
    assert_eq!(found("she needs a wheelchair at Melbourne Airport.", "LOCATION"), vec!["Melbourne Airport"]);
    // Morag (PL) on the line under an address is the signature, not the town.
    let letter = "Both at 21 Thistle Road, Inverness IV2 4HN.\nMorag Fraser";
    assert_eq!(found(letter, "LOCATION"), vec!["21 Thistle Road, Inverness IV2 4HN"]);
    assert_eq!(found(letter, "PERSON"), vec!["Morag Fraser"]);
    // A signature's role and company line is not part of the address under it.
    let signature = "Many thanks,\nGareth Jones\n\
                         Head of Operations | Copperfield Bakeries Ltd\nUnit 9, Riverside Park, Cardiff CF10 4AB";
    assert_eq!(found(signature, "LOCATION"), vec!["Unit 9, Riverside Park, Cardiff CF10 4AB"]);
    assert_eq!(found("Estimated Delivery: Thursday 6 November", "LOCATION"), Vec::<&str>::new());
    // Codes on the lines above or under an address are not part of it.
    let above = "codes\n4821-9932\n7710-2284\n12 Elm St\nSpringfield, IL 62704";
    assert_eq!(found(above, "LOCATION"), vec!["12 Elm St\nSpringfield, IL 62704"]);
    let codes = "Ship to: 12 Elm St, Springfield, IL 62704\n4821-9932\n7710-2284";
    assert_eq!(found(codes, "LOCATION"), vec!["12 Elm St, Springfield, IL 62704"]);
    // March (Cambridgeshire) is a month unless its county says otherwise.
    assert_eq!(found("we relocated to Eindhoven in March", "LOCATION"), vec!["Eindhoven"]);
    assert_eq!(found("we moved to March, Cambridgeshire", "LOCATION"), vec!["March", "Cambridgeshire"]);
}

#[test]
fn a_csv_rows_cells_are_places_of_their_own() {
    let row = "abn,company,street,suburb,state,postcode\n12345,Pty Ltd,Unit 9, 120 Princes Hwy,Kogarah,NSW,2217\n";
    let places = found(row, "LOCATION");
    assert!(places.contains(&"Unit 9, 120 Princes Hwy"), "{places:?}");
    // Prose keeps a comma's parts together.
    assert_eq!(
        found("I live at 120 Princes Hwy,Kogarah NSW 2217", "LOCATION"),
        vec!["120 Princes Hwy,Kogarah NSW 2217"]
    );
}

#[test]
fn a_place_and_its_division() {
    assert_eq!(found("she was born in Lagos State, Nigeria", "LOCATION"), vec!["Lagos State", "Nigeria"]);
    assert_eq!(found("she lives in Kiambu County now", "LOCATION"), vec!["Kiambu County"]);
    assert!(found("he studied at Ohio State University", "LOCATION").iter().all(|p| *p != "Ohio State"));
}

#[test]
fn irish_addresses() {
    let cork = "update my address to 12 Main Street, Ballincollig, Co. Cork, P31 X2Y3?";
    assert_eq!(found(cork, "LOCATION"), vec!["12 Main Street, Ballincollig, Co. Cork, P31 X2Y3"]);
    let dublin = "my address is Apartment 4, 22 Harcourt Street, Dublin 2, D02 HX65. The last parcel";
    assert_eq!(found(dublin, "LOCATION"), vec!["Apartment 4, 22 Harcourt Street, Dublin 2, D02 HX65"]);
    // No house number: the townland, the town and the county (after a person's name).
    let rural = "We're still at Knockanean, Ennis, Co. Clare, V95 F6P2 for the letters.";
    assert_eq!(found(rural, "LOCATION"), vec!["Knockanean, Ennis, Co. Clare, V95 F6P2"]);
    let letterhead = "SOLICITORS\nMain Street, Oughterard, Co. Galway\nTel: (091) 554 218";
    assert_eq!(found(letterhead, "LOCATION"), vec!["Main Street, Oughterard, Co. Galway"]);
    let caller = "I have that. Mr Hanrahan, Ballyvoreen, Croom, Co. Limerick, V35 P6W2. Date";
    assert_eq!(found(caller, "LOCATION"), vec!["Ballyvoreen, Croom, Co. Limerick, V35 P6W2"]);
    let block = "letter by post to:\n\nApt 6, Harbour View\nStrand Road\nBray, Co. Wicklow\nA98 X2T4\n\nMobile: +353 87 214 6630";
    assert_eq!(found(block, "LOCATION"), vec!["Apt 6, Harbour View\nStrand Road\nBray, Co. Wicklow\nA98 X2T4"]);
    let commas = "we moved to\nApt 12, Harbour View,\nStrand Road,\nBray, Co. Wicklow\nA98 K2F7\n\nMobile";
    assert_eq!(found(commas, "LOCATION"), vec!["Apt 12, Harbour View,\nStrand Road,\nBray, Co. Wicklow\nA98 K2F7"]);
    let company = "Fitzgerald Haulage, Unit 2, Ballinascarthy Business Park, Co. Cork P85 WK20";
    assert_eq!(found(company, "LOCATION"), vec!["Unit 2, Ballinascarthy Business Park, Co. Cork P85 WK20"]);
    let irish = "Customer: Cnoc na Gaoithe, Moycullen, Co. Galway, H91 E2K7. It's the yellow house";
    assert_eq!(found(irish, "LOCATION"), vec!["Cnoc na Gaoithe, Moycullen, Co. Galway, H91 E2K7"]);
    // `Lower`, `Upper` after a street's type, before the address's next part.
    let office = "2nd Floor, 14 Dominick Street Lower, Galway H91 E2K6";
    assert_eq!(found(office, "LOCATION"), vec![office]);
    // A motorway and a year are no Eircode.
    assert_eq!(found("Eircode: M50 2024", "LOCATION"), Vec::<&str>::new());
}

#[test]
fn hungarian_and_slovenian_addresses() {
    // The postcode and city before the street, and Hungarian and Slovenian street types.
    for (text, want) in [
        ("Lakcím: 1052 Budapest, Váci utca 18. III/2\nTelefon", "1052 Budapest, Váci utca 18. III/2"),
        ("\"lakcim\": \"4026 Debrecen, Piac utca 45. 2/7\",", "4026 Debrecen, Piac utca 45. 2/7"),
        ("Naslov: Dunajska cesta 63, 1000 Ljubljana\n", "Dunajska cesta 63, 1000 Ljubljana"),
    ] {
        assert_eq!(found(text, "LOCATION"), vec![want], "{text}");
    }
}

#[test]
fn turkish_and_indonesian_addresses() {
    let bagdat = "Teslimat adresi: Bağdat Cad. No: 245/3, Kadıköy 34728 İstanbul";
    assert_eq!(found(bagdat, "LOCATION"), vec!["Bağdat Cad. No: 245/3, Kadıköy 34728 İstanbul"]);
    let moda = "Adres: Caferağa Mah. Moda Cad. No: 112, 34710 Kadıköy/İstanbul";
    assert_eq!(found(moda, "LOCATION"), vec!["Caferağa Mah. Moda Cad. No: 112, 34710 Kadıköy/İstanbul"]);
    let bandung = "kirim ke Jl. Merdeka No. 10, RT 02/RW 05, Kec. Coblong, Bandung 40132 ya";
    assert_eq!(found(bandung, "LOCATION"), vec!["Jl. Merdeka No. 10, RT 02/RW 05, Kec. Coblong, Bandung 40132"]);
    // A street type's dot goes on only to a number's word.
    assert_eq!(found("Moda Cad. 12 kişi geldi", "LOCATION"), Vec::<&str>::new());
}

#[test]
fn districts_rural_rounds_and_country_letters_before_postcodes() {
    let jeddah = "My national address is 7235 Prince Sultan Rd, Al Rawdah Dist., Jeddah 23435-3094 (short";
    assert_eq!(found(jeddah, "LOCATION"), vec!["7235 Prince Sultan Rd, Al Rawdah Dist., Jeddah 23435-3094"]);
    let kbh = "Mvh\nMette\nVesterbrogade 112, 2. tv., 1620 København V\nTlf. 21 43 65 87";
    assert_eq!(found(kbh, "LOCATION"), vec!["Vesterbrogade 112, 2. tv., 1620 København V"]);
    let lux = "Katrin Schäfer\n27, boulevard J.F. Kennedy, L-4170 Esch-sur-Alzette\n+352 26 54 81 20";
    assert_eq!(found(lux, "LOCATION"), vec!["27, boulevard J.F. Kennedy, L-4170 Esch-sur-Alzette"]);
    assert!(found(lux, "PERSON").iter().all(|p| !p.contains("Kennedy")));
    let oman = "Customer: P.O. Box 1234, PC 112, Ruwi, Muscat\nCustomer: also";
    assert_eq!(found(oman, "LOCATION"), vec!["P.O. Box 1234, PC 112, Ruwi, Muscat"]);
    let rd = "send it to 1324 Main Road, RD 6, Te Awamutu 3876 please";
    assert_eq!(found(rd, "LOCATION"), vec!["1324 Main Road, RD 6, Te Awamutu 3876"]);
    // A plan's letter and a year are no country's postcode.
    assert_eq!(found("Plan B-2024 Starter", "LOCATION"), Vec::<&str>::new());
    let tampere = "Thanks,\nAleksi Virtanen\nHämeenkatu 21 B 14, 33200 Tampere\n+358 40 718 2293";
    assert_eq!(found(tampere, "LOCATION"), vec!["Hämeenkatu 21 B 14, 33200 Tampere"]);
    let highway = "Delivery to:\n1324 State Highway 3, RD 6, Te Awamutu 3876\n\nBest";
    assert_eq!(found(highway, "LOCATION"), vec!["1324 State Highway 3, RD 6, Te Awamutu 3876"]);
    let sector = "Regards,\nAyesha\nHouse 12, Street 5, F-7/2, Islamabad 44000\nPakistan\n\n> Hi";
    assert_eq!(found(sector, "LOCATION"), vec!["House 12, Street 5, F-7/2, Islamabad 44000\nPakistan"]);
}

#[test]
fn an_address_ends_before_the_next_field_or_a_sign_off() {
    // Mobile (AL), Best (NL) and Gracias (HN) are towns.
    let form = "Address: Flat 1/2, 48 Byres Road, Glasgow G11 5JZ\nMobile: +447828024999";
    assert_eq!(found(form, "LOCATION"), vec!["Flat 1/2, 48 Byres Road, Glasgow G11 5JZ"]);
    let form = "Install address: 77 Orchard Lane, Danbury, CT 06810\nBest contact: 312-555-0142";
    assert_eq!(found(form, "LOCATION"), vec!["77 Orchard Lane, Danbury, CT 06810"]);
    let form = "Delivery address: 2290 Whitmore Street, Best, TX 79015\nBest time to call: after 6pm";
    assert_eq!(found(form, "LOCATION"), vec!["2290 Whitmore Street, Best, TX 79015"]);
    let mail = "C/ Mayor 12, 1º A, 30001 Murcia\nGracias.";
    assert_eq!(found(mail, "LOCATION"), vec!["C/ Mayor 12, 1º A, 30001 Murcia"]);
    // A chat message's sender and time, a signature's phone line with its label.
    let chat = "jordan reyes 10:08 AM: 2207 E Cesar Chavez St Apt 114, Austin, TX 78702\njordan reyes 10:08 AM: ok";
    assert_eq!(found(chat, "LOCATION"), vec!["2207 E Cesar Chavez St Apt 114, Austin, TX 78702"]);
    let signature = "Vermeer & Bos Incasso B.V.\nStationsplein 45, 3511 ED Utrecht\nT 030 251 7730";
    assert_eq!(found(signature, "LOCATION"), vec!["Stationsplein 45, 3511 ED Utrecht"]);
    let letter = "Re: Mr Terence Wibberley\n7 Cromwell Terrace, Bristol BS6 5EX    Tel 0117 496 0255\n\nI would";
    assert_eq!(found(letter, "LOCATION"), vec!["7 Cromwell Terrace, Bristol BS6 5EX"]);
    let mail = "here: Calle San Pedro 12, 03503 Benidorm, Spain\nMobile +34 612 874 309, or my old number";
    assert_eq!(found(mail, "LOCATION"), vec!["Calle San Pedro 12, 03503 Benidorm, Spain"]);
    // A town on the next line is still the address's.
    let letter = "Address: 12 Church Lane\nMobile\nAL 36602";
    assert_eq!(found(letter, "LOCATION"), vec!["12 Church Lane\nMobile\nAL 36602"]);
}

#[test]
fn only_the_next_line_answers_a_place_question() {
    let call = "AGENT: Where is the property located?\nCALLER: Clinton, Iowa. Small place.\nAGENT: Got it.";
    assert_eq!(found(call, "LOCATION"), vec!["Clinton", "Iowa"]);
}

#[test]
fn the_state_that_issued_a_licence() {
    assert_eq!(found("New York license, ID 714 220 965", "LOCATION"), vec!["New York"]);
    assert_eq!(found("ID: Driver license 285-763-803 (Virginia)", "LOCATION"), vec!["Virginia"]);
    assert_eq!(found("Customer: DL# 123-456-789 NY", "LOCATION"), vec!["NY"]);
    // A prefix of the number, and a state far from any licence, are not.
    assert_eq!(found("our contractor license # is CL-2231874", "LOCATION"), Vec::<&str>::new());
    assert_eq!(found("Virginia asked about her license renewal", "LOCATION"), Vec::<&str>::new());
}

#[test]
fn one_span_per_address() {
    for (text, want) in [
        (
            "send it to 123 Main Street, Apt 4B, Springfield, IL 62704 please",
            "123 Main Street, Apt 4B, Springfield, IL 62704",
        ),
        ("I live at 10 Downing Street, London SW1A 2AA.", "10 Downing Street, London SW1A 2AA"),
        ("Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"),
        ("chez moi au 12 rue de Rivoli, 75001 Paris", "12 rue de Rivoli, 75001 Paris"),
        ("Calle Mayor 12, 28013 Madrid", "Calle Mayor 12, 28013 Madrid"),
        ("Keizersgracht 221-H, 1016 DV Amsterdam\nthanks", "Keizersgracht 221-H, 1016 DV Amsterdam"),
        // In lower-case writing the city, region and postcode are lower case too.
        ("ship to 42 oak st springfield", "42 oak st springfield"),
        ("deliver to 4417 n clark st chicago il 60640, buzzer 2R", "4417 n clark st chicago il 60640"),
        ("went to 41 church lane, st albans al1 3dq pls", "41 church lane, st albans al1 3dq"),
        ("new addr is 123 mian st apt 4 springfeild il 62704 sorry", "123 mian st apt 4 springfeild il 62704"),
        // A unit written with `#` alone; an abbreviated glued type; a particle in a city.
        ("Teresa Alvarado\n3500 N Lamar Blvd #204\nAustin, TX 78705", "3500 N Lamar Blvd #204\nAustin, TX 78705"),
        ("Anschrift:\nHauptstr. 58\n79104 Freiburg im Breisgau", "Hauptstr. 58\n79104 Freiburg im Breisgau"),
        // A house number over a number (`84/92`), a unit and a building without a street.
        ("I live at ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa.", "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa"),
        (
            "to my office: Unit 7, Riverside Business Park, Haddenham, Aylesbury HP17 8LJ",
            "Unit 7, Riverside Business Park, Haddenham, Aylesbury HP17 8LJ",
        ),
        // A labelled address ends where the street address read from it ends at a
        // bracket or a sentence's end, and before a closing word.
        ("Ship-to: 8833 NW 7th Ave, Miami, FL 33150 (freight forwarder)", "8833 NW 7th Ave, Miami, FL 33150"),
        (
            "Address: Av. Insurgentes Sur 1602, 03940 Ciudad de México, CDMX. My phone is",
            "Av. Insurgentes Sur 1602, 03940 Ciudad de México, CDMX",
        ),
        ("address: 55 king st w, toronto on m5h 1j8 thx", "55 king st w, toronto on m5h 1j8"),
        // A German street's preposition; not a preposition before it, nor the verb after.
        ("Gerhard Schuster\nAm Marktplatz 3\n01662 Meißen", "Am Marktplatz 3\n01662 Meißen"),
        ("das Paket an Im Winkel 4\n37073 Göttingen\nDanke", "Im Winkel 4\n37073 Göttingen"),
        ("bitte die Lieferung an Bahnhofstrasse 10, 8001 Zürich senden.", "Bahnhofstrasse 10, 8001 Zürich"),
        // An Italian province in brackets, with or without a label.
        ("l'indirizzo è Via Roma, 10 - 00184 Roma (RM)\nGrazie", "Via Roma, 10 - 00184 Roma (RM)"),
        ("Indirizzo: Via Roma 10, 00184 Roma (RM)\nTel: 1", "Via Roma 10, 00184 Roma (RM)"),
        // A unit before a range of house numbers; a floor written with an ordinal; a plot.
        ("address is Unit 3, 15-17 Beach Road, Bondi NSW 2026. ring", "Unit 3, 15-17 Beach Road, Bondi NSW 2026"),
        ("c/o Pembroke\n3rd Floor, 18 St Mary Axe\nLondon\nEC3A 8BF", "3rd Floor, 18 St Mary Axe\nLondon\nEC3A 8BF"),
        ("send to Plot 12, 3 Park Street, Kolkata 700016", "Plot 12, 3 Park Street, Kolkata 700016"),
        // A street without a number, after a building's name, confirmed by a postcode.
        (
            "to my mum's, Rose Cottage, Mill Lane, Little Shelford, Cambridge CB22 5EY",
            "Rose Cottage, Mill Lane, Little Shelford, Cambridge CB22 5EY",
        ),
        (
            "is #12, 3rd Main, 5th Cross, Malleshwaram, Bengaluru 560003.",
            "#12, 3rd Main, 5th Cross, Malleshwaram, Bengaluru 560003",
        ),
        ("Bitte an Kaiser-Wilhelm-Str. 7, 20355 Hamburg schicken", "Kaiser-Wilhelm-Str. 7, 20355 Hamburg"),
        ("lautet Mariahilfer Straße 45/3/12, 1060 Wien.", "Mariahilfer Straße 45/3/12, 1060 Wien"),
        ("I am at 221 Baker St. Apt. 3, Boston, MA 02116.", "221 Baker St. Apt. 3, Boston, MA 02116"),
        ("ship to: john doe, 1234 e 56th st, los angeles ca 90011", "1234 e 56th st, los angeles ca 90011"),
        ("Becker GmbH · Industriestraße 8 · 70565 Stuttgart", "Industriestraße 8 · 70565 Stuttgart"),
        ("send to 10 Anson Road, #12-34, Singapore 079903 thanks", "10 Anson Road, #12-34, Singapore 079903"),
        // A neighbourhood with its type first (Mexico), a city with a particle.
        (
            "es Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX.",
            "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX",
        ),
        ("Flat 3\n12 High Street\nLeeds LS1 4AB", "Flat 3\n12 High Street\nLeeds LS1 4AB"),
        ("250 Yonge St, Toronto, ON M5B 2L7", "250 Yonge St, Toronto, ON M5B 2L7"),
        ("at 4418 Maple Ridge Ct, Columbus, OH 43221 ok", "4418 Maple Ridge Ct, Columbus, OH 43221"),
        ("88 Dundas St W, Mississauga, ON L5B 1H7", "88 Dundas St W, Mississauga, ON L5B 1H7"),
        ("Same address, 45-12 Kissena Blvd, Flushing, NY 11355", "45-12 Kissena Blvd, Flushing, NY 11355"),
        ("C/ Mayor 12, 1º A, 30001 Murcia", "C/ Mayor 12, 1º A, 30001 Murcia"),
        ("Customer: Flat 3, 41 Cotham Brow, Bristol BS6 6AW", "Flat 3, 41 Cotham Brow, Bristol BS6 6AW"),
        // Floor and door designators the lists do not know, then a postcode.
        ("an Bergmannstraße 21, 3. OG, 10961 Berlin bitte", "Bergmannstraße 21, 3. OG, 10961 Berlin"),
        ("Calle Sierpes 4, bajo\n41004 Sevilla", "Calle Sierpes 4, bajo\n41004 Sevilla"),
        ("Drottninggatan 12, 111 51 Stockholm", "Drottninggatan 12, 111 51 Stockholm"),
        ("Leopoldstraße 112, 3. OG links\n80802 München", "Leopoldstraße 112, 3. OG links\n80802 München"),
        ("Corso Buenos Aires 23, 4° piano, 20124 Milano (MI)", "Corso Buenos Aires 23, 4° piano, 20124 Milano (MI)"),
        ("1200 Rue Peel, Montréal (Québec) H3B 2T6", "1200 Rue Peel, Montréal (Québec) H3B 2T6"),
    ] {
        assert_eq!(found_subtypes(text, "LOCATION"), vec![(want, Some("ADDRESS"))], "{text}");
    }
}

#[test]
fn form_fields() {
    assert_eq!(found_subtypes("Zip: 62704", "LOCATION"), vec![("62704", Some("POSTCODE"))]);
    assert_eq!(found_subtypes("Wohnort: Bad Homburg\n", "LOCATION"), vec![("Bad Homburg", Some("CITY"))]);
    assert_eq!(
        found_subtypes(r#"{"line1":"ul. Floriańska 22/5","city":"Kraków","postal_code":"31-019"}"#, "LOCATION"),
        vec![("ul. Floriańska 22/5", Some("ADDRESS")), ("Kraków", Some("CITY")), ("31-019", Some("POSTCODE"))]
    );
}

#[test]
fn places_alone() {
    assert_eq!(found_subtypes("I moved to Berlin last year", "LOCATION"), vec![("Berlin", Some("CITY"))]);
    assert_eq!(found_subtypes("shipped from Germany", "LOCATION"), vec![("Germany", Some("COUNTRY"))]);
    assert_eq!(found_subtypes("we're in New York now", "LOCATION"), vec![("New York", Some("CITY"))]);
    assert_eq!(found_subtypes("DL 637842080 (MN)", "LOCATION"), vec![("MN", Some("STATE"))]);
    assert_eq!(found("a UK number and US passport", "LOCATION"), Vec::<&str>::new());
    assert_eq!(found("order 12345 shipped", "LOCATION"), Vec::<&str>::new());
    assert_eq!(found("09:41 Aaliyah Brooks", "LOCATION"), Vec::<&str>::new());
    assert_eq!(found("paid via ACH; reset via Forgot Password", "LOCATION"), Vec::<&str>::new());
    // State codes alone: after a city and a comma, or a place word.
    assert_eq!(found_subtypes("I'm in Austin, TX now", "LOCATION")[1], ("TX", Some("STATE")));
    assert_eq!(found_subtypes("how much is shipping to PR?", "LOCATION"), vec![("PR", Some("STATE"))]);
    no_location(&["We can ship to PO boxes", "send it to ME please", "Thanks John, OK", "set to ON"]);
    assert_eq!(found("Jane Porter | Sales | Chicago, IL", "LOCATION"), vec!["Chicago", "IL"]);
    // A country before a function word is not a modifier (`UK customers` is).
    assert_eq!(found("we're in Brisbane, Australia so it's late", "LOCATION"), vec!["Brisbane", "Australia"]);
    // A word that is never a name starts a longer place name, or a letter's date line.
    assert_eq!(found("Den Haag, 13 maart 2024", "LOCATION"), vec!["Den Haag"]);
    assert_eq!(found("Objet : résiliation\n\nNice, le 8 mars 2024", "LOCATION"), vec!["Nice"]);
    assert_eq!(found("Genova, 7 marzo 2024\n\nOggetto: disdetta", "LOCATION"), vec!["Genova"]);
    no_location(&["Nice, thanks for the help", "As salt prices rise, we ship less", "That was nice, 10 out of 10"]);
    // A postcode before a city, or answering a question about it.
    assert_eq!(found("my zip got changed but it's 11201, Brooklyn", "LOCATION"), vec!["11201", "Brooklyn"]);
    assert_eq!(found("Agent: ¿Su código postal?\nCliente: 28013", "LOCATION"), vec!["28013"]);
    no_location(&[
        "Agent: what's your zip?\nCustomer: order 55120 first",
        "I paid 12000 for it",
        "Agent: and your postcode, please, so we can check the stock.\nCustomer: 20000 people",
    ]);
    // A street on its own after a place word; a place named after a word for one.
    assert_eq!(found("Can I pick up at your Oxford Street store?", "LOCATION"), vec!["Oxford Street"]);
    assert_eq!(found("het ligt bij het PostNL-punt op de Biltstraat", "LOCATION"), vec!["Biltstraat"]);
    assert_eq!(found("I read it in the Wall Street Journal", "LOCATION"), Vec::<&str>::new());
    assert_eq!(found("my account at Redwood Credit Union", "LOCATION"), Vec::<&str>::new());
    assert_eq!(found("I live in a small town called Hebden Bridge", "LOCATION"), vec!["Hebden Bridge"]);
    assert_eq!(found("a customer called Bridget phoned", "LOCATION"), Vec::<&str>::new());
    // Continents and the EU; verbs of travel; state codes after `in`, or a city without comma.
    assert_eq!(found("I'm travelling around Europe", "LOCATION"), vec!["Europe"]);
    assert_eq!(found("numbers from the US, UK and EU", "LOCATION"), vec!["US", "UK", "EU"]);
    assert_eq!(found("for ~12% of EU customers", "LOCATION"), Vec::<&str>::new());
    assert_eq!(found("I left Paris yesterday.", "LOCATION"), vec!["Paris"]);
    assert_eq!(found("I'm based in LA", "LOCATION"), vec!["LA"]);
    assert_eq!(found("I'm in Houston TX", "LOCATION"), vec!["Houston", "TX"]);
    assert_eq!(found("I'm in Houston OK then", "LOCATION"), vec!["Houston"]);
    // `DC` after any other city is its distribution centre.
    assert_eq!(found("I'm in Washington DC", "LOCATION"), vec!["Washington DC"]);
    assert_eq!(found("it ships from Memphis DC tomorrow", "LOCATION"), vec!["Memphis"]);
    // A landmark after a word of position.
    assert_eq!(found("Landmark: opposite Gopalan Mall\n", "LOCATION"), vec!["Gopalan Mall"]);
    assert_eq!(found("the shop near Central Station closes at 9", "LOCATION"), vec!["Central Station"]);
    assert_eq!(found("near Christmas Day Sale", "LOCATION"), Vec::<&str>::new());
    // Prepositions of other languages.
    assert_eq!(found("vivo en Valencia desde marzo", "LOCATION"), vec!["Valencia"]);
    assert_eq!(found("Ich ziehe nach München", "LOCATION"), vec!["München"]);
}

#[test]
fn vcard_addresses() {
    let card = "FN:Ingrid Halvorsen\nADR;TYPE=home:;;214 W Babcock St;Bozeman;MT;59715;USA\nEMAIL:i@example.com";
    assert_eq!(found_subtypes(card, "LOCATION"), vec![("214 W Babcock St;Bozeman;MT;59715;USA", Some("ADDRESS"))]);
    assert_eq!(found("ADR:;;7 Commercial Street;Lerwick;;ZE1 0HX;United Kingdom\n", "LOCATION").len(), 1);
    assert_eq!(
        found("ADR;TYPE=work:;Suite 210;88 Canyon Rd;Taos;NM;87571;US", "LOCATION"),
        vec!["Suite 210;88 Canyon Rd;Taos;NM;87571;US"]
    );
    // Not a vCard address: another property, or text after the value on the line.
    no_location(&["NOTE:;;call before noon;thanks", "ADRIAN: 12 of them;ok"]);
}

#[test]
fn zip_codes_read_digit_by_digit() {
    assert_eq!(found_subtypes("CALLER: zip is 9 0 2 1 0", "LOCATION"), vec![("9 0 2 1 0", Some("POSTCODE"))]);
    assert_eq!(found("AGENT: What's the five-digit ZIP?\nCALLER: uh 5 9 7 1 5... yes", "LOCATION"), vec!["5 9 7 1 5"]);
    // Not a ZIP: no postcode word, or six digits (a one-time code read out).
    no_location(&["press 1 2 3 4 5 on the keypad", "zip it, the code is 7 3 9 1 0 4"]);
}

#[test]
fn towns_with_their_state_or_country() {
    assert_eq!(
        found_subtypes("now Marfa, TX 79843", "LOCATION"),
        vec![("Marfa", Some("CITY")), ("TX", Some("STATE")), ("79843", Some("POSTCODE"))]
    );
    assert_eq!(found("a PO box in Sitka, AK, deliveries", "LOCATION"), vec!["Sitka", "AK"]);
    assert_eq!(found("hello im in Hallstatt, Austria and my esim", "LOCATION"), vec!["Hallstatt", "Austria"]);
    // A name, a greeting's object or an ordinary word before the comma is not a town.
    no_location(&["Hi Priya, NY office called", "Mr Okafor, CA branch", "Thanks, OK", "Sincerely, Bob Smith, TX"]);
}

#[test]
fn cities_that_are_names_where_people_live() {
    assert_eq!(found("my mom lives in Warren and shes far away", "LOCATION"), vec!["Warren"]);
    assert_eq!(found("i moved from Davis to Lincoln in march", "LOCATION"), vec!["Davis", "Lincoln"]);
    assert_eq!(found("wir sind von Hamburg nach Lüneburg umgezogen", "LOCATION"), vec!["Hamburg", "Lüneburg"]);
    assert_eq!(found("can Warren from billing call me", "LOCATION"), Vec::<&str>::new());
}

#[test]
fn the_place_an_incoterm_names() {
    assert_eq!(found("Our PO was agreed on DAP Leeds terms", "LOCATION"), vec!["Leeds"]);
    assert_eq!(found("(11 palettes, incoterm FCA Lyon)", "LOCATION"), vec!["Lyon"]);
}

#[test]
fn places_answering_and_after_romance_prepositions() {
    assert_eq!(found("Agent: Which state issued it?\nCustomer: ok its NY", "LOCATION"), vec!["NY"]);
    assert_eq!(found("el pedido sigue en el almacén de Zaragoza", "LOCATION"), vec!["Zaragoza"]);
    assert_eq!(found("Stefano Ricci, nato a Genova il 3 marzo", "LOCATION"), vec!["Genova"]);
    assert_eq!(found("we're moving to texas next week", "LOCATION"), vec!["texas"]);
    assert_eq!(found("ok its NY license 673 374 862", "LOCATION"), vec!["NY"]);
    assert_eq!(found("I'm in Kendal in Cumbria and the engineer", "LOCATION"), vec!["Kendal", "Cumbria"]);
    assert_eq!(found("CALLER: Grand Forks, North Dakota.", "LOCATION"), vec!["Grand Forks", "North Dakota"]);
    no_location(&["Nationality: American", "is the Vermont maple gift box on sale", "and the Texas toast"]);
    assert_eq!(found("the Texas office is closed", "LOCATION"), vec!["Texas"]);
    // A name's particle, the English article, a question about something else.
    no_location(&["Maria de Souza called", "I want to buy a Jordan hoodie", "Agent: Which size?\nCustomer: its ME"]);
}

#[test]
fn signature_name_above_an_address() {
    let sig = "Thanks.\n\nDale Lindquist\nLindquist Outfitters\n41 Main Street\nKetchum, ID 83340";
    assert_eq!(found(sig, "LOCATION"), vec!["41 Main Street\nKetchum, ID 83340"]);
}

#[test]
fn places_in_lists_routes_and_other_languages() {
    assert_eq!(
        found("paket ligger hos ett ombud i Uppsala men jag bor i Stockholm", "LOCATION"),
        vec!["Uppsala", "Stockholm"]
    );
    assert_eq!(
        found("zwei Standorte in der Schweiz: Zürich und Lausanne.", "LOCATION"),
        vec!["Schweiz", "Zürich", "Lausanne"]
    );
    assert_eq!(
        found("ahora solo enviamos a España, Portugal y Francia", "LOCATION"),
        vec!["España", "Portugal", "Francia"]
    );
    assert_eq!(found("Reembolso voo TP 1353 Lisboa–Porto", "LOCATION"), vec!["Lisboa", "Porto"]);
    // The English `I`, an airline's code and its flight number are no places.
    no_location(&["Subject: Cancelled flight BA 2491 - booking ref QX7T2K", "vuelo IB 3166 mañana", "so I Reading it"]);
    assert_eq!(found("I see you're on flight DL 2217 tomorrow", "US_DRIVER_LICENSE"), Vec::<&str>::new());
    // A state code in brackets is one only when the bracket closes on it.
    assert_eq!(found("DL 637842080 (MN)", "LOCATION"), vec!["MN"]);
    no_location(&["Rep: Marcus (ID 4471)"]);
}

#[test]
fn the_place_a_branch_is_named_after() {
    let text = "Our Headingley branch has Thursday free, or try the Kings Cross branch.";
    assert_eq!(found(text, "LOCATION"), vec!["Headingley", "Kings Cross"]);
    // A direction or a month names no branch; nor does a word before it without an owner.
    assert!(found("the North branch of the family, since the May branch update", "LOCATION").is_empty());
    assert!(found("Create a Feature branch first", "LOCATION").is_empty());
}

#[test]
fn transport_hubs() {
    assert_eq!(
        found("I took a ride from Logan Airport Terminal B to my hotel", "LOCATION"),
        vec!["Logan Airport Terminal B"]
    );
    assert_eq!(
        found("train from Amsterdam Centraal to Schiphol Airport", "LOCATION"),
        vec!["Amsterdam Centraal", "Schiphol Airport"]
    );
    assert_eq!(
        found("driver went to Kempegowda International Airport Terminal 2 instead", "LOCATION"),
        vec!["Kempegowda International Airport Terminal 2"]
    );
}

#[test]
fn addresses_with_districts_units_and_phones_around() {
    assert_eq!(
        found("My previous address was 14 Admiralty Way, Lekki Phase 1, Lagos, Nigeria.", "LOCATION"),
        vec!["14 Admiralty Way, Lekki Phase 1, Lagos, Nigeria"]
    );
    assert_eq!(
        found("Address: Apt 12, The Granary, 41 Bridge Street Lower, Dublin 8, D08 K2X7, Ireland", "LOCATION"),
        vec!["Apt 12, The Granary, 41 Bridge Street Lower, Dublin 8, D08 K2X7, Ireland"]
    );
    assert_eq!(
        found("is your address still 1802-65 Bremner Blvd, Toronto, ON M5J 0A7?", "LOCATION"),
        vec!["1802-65 Bremner Blvd, Toronto, ON M5J 0A7"]
    );
    // A signature block's phone line under the address is not part of it.
    let signature = "ruth goldberg\n88 Ocean Pkwy Apt 2B, Brooklyn, NY 11218\n718 436 0925";
    assert_eq!(found(signature, "LOCATION"), vec!["88 Ocean Pkwy Apt 2B, Brooklyn, NY 11218"]);
    assert_eq!(found(signature, "PHONE_NUMBER"), vec!["718 436 0925"]);
    let belgian = "Sarah Janssens\nAvenue Louise 231, 1050 Bruxelles\n0475 28 93 16";
    assert_eq!(found(belgian, "LOCATION"), vec!["Avenue Louise 231, 1050 Bruxelles"]);
    // A ZIP+4 on the next line is still the address's.
    assert_eq!(
        found("12 Main St, Springfield, IL\n62704-1234", "LOCATION"),
        vec!["12 Main St, Springfield, IL\n62704-1234"]
    );
}

fn no_location(texts: &[&str]) {
    for text in texts {
        assert_eq!(found(text, "LOCATION"), Vec::<&str>::new(), "{text}");
    }
}

#[test]
fn not_addresses() {
    no_location(&[
        "sku ab1 2cd is out of stock",
        "build 4417 #204 failed on 12/03/2024",
        "invoice 84/92 paid, $129.99",
        "v2.3.1 #12 in the queue",
        "ticket #12, Priority High, Team Berlin",
        "Main Street Plans: Basic, Pro",
        "I ordered 12 Park Lane tote bags and got 10",
        "I sent 2 parcels via DHL yesterday",
        "we paid 300 dollars via PayPal",
        "Order #A-44120 shipped via UPS on Monday",
        "it is a 5 minute walk from the station",
        "we got 2 seats row 14",
        "the 3 kids park their bikes outside",
        "waited 45 minutes way too long",
        "about 10 min drive away",
    ]);
    // Lower-case words after a street are only taken when they are places, or unknown
    // words right before a region code and postcode.
    assert_eq!(found("ship to 42 oak st in 2 days", "LOCATION"), vec!["42 oak st"]);
    assert_eq!(found("ship to 42 oak st asap thanks 62704", "LOCATION"), vec!["42 oak st"]);
    assert_eq!(found("but I moved to 14 Oak Road last month", "LOCATION"), vec!["14 Oak Road"]);
}

#[test]
fn parts_before_the_part_an_address_was_found_at() {
    // A unit or house-number word, a single letter or `#` opens the address.
    for address in [
        "Plot No. 45, Sector 18, Gurugram, Haryana 122015",
        "H.No. 8-2-293, Road No. 12, Banjara Hills, Hyderabad, Telangana 500034",
        "Flat 5B, Tower 2, The Peak Residences, 12 Harbour Road, Wan Chai, Hong Kong",
        "B-1204, Lodha Amara, Kolshet Road, Thane West, Maharashtra 400607",
        "#12, 3rd Main, 5th Cross, Malleshwaram, Bengaluru 560003",
        "9th Floor, Prestige Towers, 16 MG Road, Bengaluru 560001",
        "Block 12, Flat 3, Admiralty Way, Lekki Phase 1, Lagos",
    ] {
        assert_eq!(found(&format!("pls deliver to {address}"), "LOCATION"), vec![address]);
    }
    // A name, or a building's word that ends a name, opens nothing.
    assert_eq!(
        found("Cardholder: Elaine Park, 10 Market St, San Francisco, CA 94105", "LOCATION"),
        vec!["10 Market St, San Francisco, CA 94105"]
    );
    assert_eq!(
        found("Thanks Maria, 12 Main Street, Springfield, IL 62701", "LOCATION"),
        vec!["12 Main Street, Springfield, IL 62701"]
    );
}

#[test]
fn a_house_name_before_the_number() {
    let text = "Mrs Price, 88, lives alone at Ty Gwyn, 4 Heol y Nant, Aberystwyth SY23 1PQ";
    assert_eq!(found(text, "LOCATION"), vec!["Ty Gwyn, 4 Heol y Nant, Aberystwyth SY23 1PQ"]);
    // Not after a greeting.
    let text = "Thanks Maria, 4 Heol y Nant, Aberystwyth SY23 1PQ is on file";
    assert_eq!(found(text, "LOCATION"), vec!["4 Heol y Nant, Aberystwyth SY23 1PQ"]);
    // After an address's label, or ending in a building's word at the line's start.
    let form = "To: Rhodri Llewellyn-Price\nAddress: Ty Gwyn, 3 Heol y Felin, Llandeilo SA19 6AH";
    assert_eq!(found(form, "LOCATION"), vec!["Ty Gwyn, 3 Heol y Felin, Llandeilo SA19 6AH"]);
    let letter = "Kestrel Credit Management Ltd\nKestrel House, 2 Quayside Drive\nPreston\nPR2 2YF";
    assert_eq!(found(letter, "LOCATION"), vec!["Kestrel House, 2 Quayside Drive\nPreston\nPR2 2YF"]);
    // Not a name alone at the line's start.
    let reply = "Customer: Hi\nMaria Lopez, 4 Heol y Nant, Aberystwyth SY23 1PQ";
    assert_eq!(found(reply, "LOCATION"), vec!["4 Heol y Nant, Aberystwyth SY23 1PQ"]);
}

#[test]
fn a_company_line_is_not_part_of_the_address_below() {
    let letter = "Kind regards,\nNatasha Kovac CA\nKovac & Lim Chartered Accountants\nLevel 3, 1060 Hay Street, West Perth WA 6005";
    assert_eq!(found(letter, "LOCATION"), vec!["Level 3, 1060 Hay Street, West Perth WA 6005"]);
}

#[test]
fn a_bracket_after_an_address_must_close_on_its_part() {
    let text = "Addresses:\n- 2811 Ross Ave #1403, Dallas, TX 75201 (2021–present)";
    assert_eq!(found(text, "LOCATION"), vec!["2811 Ross Ave #1403, Dallas, TX 75201"]);
}

#[test]
fn an_intersection_is_one_place() {
    let crash = "ran the stop sign at Cermak Rd and S Halsted St, confirmed";
    assert_eq!(found(crash, "LOCATION"), vec!["Cermak Rd and S Halsted St"]);
    assert_eq!(
        found("at the light on Fair Oaks Blvd and Howe Ave when", "LOCATION"),
        vec!["Fair Oaks Blvd and Howe Ave"]
    );
    // A street and what follows it in the sentence.
    assert_eq!(found("we live on Main Street and love it", "LOCATION"), vec!["Main Street"]);
}

#[test]
fn address_blocks_in_quoted_replies_and_with_a_district_line() {
    let quoted = "> N. Garnier\n> 27 cours Gambetta\n> 69003 Lyon\n>\n> Merci";
    assert_eq!(found(quoted, "LOCATION"), vec!["27 cours Gambetta\n> 69003 Lyon"]);
    let block = "Priya Raman\n14 Elmfield Road\nHeadingley\nLeeds LS6 2QE\n07823 441906";
    assert_eq!(found(block, "LOCATION"), vec!["14 Elmfield Road\nHeadingley\nLeeds LS6 2QE"]);
}

#[test]
fn catalan_streets_with_floor_and_door() {
    let line = "Sabine Hofmann\nCarrer de Cuba 27, 4-2, 46006 València\n+34 612 000 000";
    assert_eq!(found(line, "LOCATION"), vec!["Carrer de Cuba 27, 4-2, 46006 València"]);
    let reply = "cliente: carrer de Sant Pere Més Alt 27, 3r 2a, 08003 Barcelona. gracias";
    assert_eq!(found(reply, "LOCATION"), vec!["carrer de Sant Pere Més Alt 27, 3r 2a, 08003 Barcelona"]);
}

#[test]
fn a_citys_postal_district() {
    let line = "my address is Apt 12, Block C, Marrowbone Lane, Dublin 8, D08 VK6C. thanks";
    assert_eq!(found(line, "LOCATION"), vec!["Apt 12, Block C, Marrowbone Lane, Dublin 8, D08 VK6C"]);
    // A number that goes on is no district.
    assert!(!found("12 High Street, Leeds 4 times", "LOCATION").iter().any(|l| l.ends_with('4')));
}

#[test]
fn depots_and_places_alone_in_brackets() {
    assert_eq!(found("Parcel arrived at hub Madrid on 4 March", "LOCATION"), vec!["Madrid"]);
    assert_eq!(found("failed attempts from 203.45.112.9 (Melbourne), error", "LOCATION"), vec!["Melbourne"]);
    // A given name in brackets may be someone.
    assert!(found("sent by the carer (Florence) yesterday", "LOCATION").is_empty());
    // A French hour is no house number.
    let notice = "vous attend à partir du 15/03 à 14h au Point Retrait Tabac Le Khédive";
    assert!(found(notice, "LOCATION").is_empty());
}

#[test]
fn venues_towns_user_agents_and_speakers_companies() {
    // A city after a venue's name that a word for its kind marks.
    assert_eq!(found("Hotel Spreeblick, Berlin · Do 20.06.2024", "LOCATION"), vec!["Berlin"]);
    assert_eq!(found("Buzón de voz – Casa Ramón, Madrid · 11/06/2024", "LOCATION"), vec!["Madrid"]);
    assert!(found("Para: Ipê Telecom – Loja Online <loja@ipe.com.br>", "LOCATION").is_empty());
    // `Mac OS X` names no Polish housing estate.
    assert!(found("ua=\"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)\"", "LOCATION").is_empty());
    // The company a chat's speaker writes for, not where a record's guest is from.
    assert!(found("10:02 Callum (Albion): Morning!", "LOCATION").is_empty());
    assert!(found("27/07/2024, 09:40 - Jorge (Villa Maré): Bom dia", "LOCATION").is_empty());
    assert_eq!(found("• Hab. 812, Jean-Luc Gagnon (Quebec): disputa", "LOCATION"), vec!["Quebec"]);
}

#[test]
fn airports_turkish_addresses_and_firms_named_after_towns() {
    // Airports named alone, with their city before or their `Airport` or terminal after.
    assert_eq!(found("landing Heathrow T3 at 13:40", "LOCATION"), ["Heathrow"]);
    assert_eq!(found("n'est pas arrivée à Paris-Charles de Gaulle", "LOCATION"), ["Paris-Charles de Gaulle"]);
    assert_eq!(found("Volo: AZ 1604 Bari → Milano Linate", "LOCATION"), ["Bari", "Milano Linate"]);
    assert_eq!(found("22:45 – Heathrow Terminal 5 to the hotel", "LOCATION"), ["Heathrow Terminal 5"]);
    assert!(found("Mr O'Hare called back", "LOCATION").is_empty());
    // A Turkish address: the flat after the number (`D:6`), the district before the city.
    let turkish = "adres: Bağdat Caddesi No: 241 D:6, 34728 Kadıköy/İstanbul. telefon";
    assert_eq!(found(turkish, "LOCATION"), ["Bağdat Caddesi No: 241 D:6, 34728 Kadıköy/İstanbul"]);
    // A case ending after the apostrophe is left out of the place.
    assert_eq!(found("AU 1902 ile Lizbon'dan İstanbul'a geldim", "LOCATION"), ["İstanbul"]);
    // The same fold for a word that is part of a hyphenated route.
    assert_eq!(found("Route: Ankara-İstanbul, 12 Nisan", "LOCATION"), ["Ankara", "İstanbul"]);
    // A street without a number, its type first in lower case, after a word of place.
    assert_eq!(found("une infraction le 6 avril sur rue Rachel, est-ce", "LOCATION"), ["rue Rachel"]);
    assert_eq!(found("heading north on boulevard Saint-Laurent, today", "LOCATION"), ["boulevard Saint-Laurent"]);
    assert!(found("the rue is quiet", "LOCATION").is_empty());
    assert!(found("sent via Parcelforce today", "LOCATION").is_empty());
    // A town that starts a firm's or a public body's name is no place.
    assert!(found("registered to Sunnyside Landscapes Pty Ltd, ABN 33 790 683 731", "LOCATION").is_empty());
    assert!(found("at Brampton Civic Hospital on 14 July", "LOCATION").is_empty());
}

#[test]
fn singapore_and_malaysian_streets_with_their_own_number() {
    assert_eq!(
        found("is it going to Blk 123 Ang Mo Kio Ave 3 #05-67 Singapore 560123?", "LOCATION"),
        vec!["Blk 123 Ang Mo Kio Ave 3 #05-67 Singapore 560123"]
    );
    assert_eq!(
        found("I stay at Blk 55 Lengkok Bahru #07-431 Singapore 151055 ok", "LOCATION"),
        vec!["Blk 55 Lengkok Bahru #07-431 Singapore 151055"]
    );
    assert_eq!(
        found("No. 23, Jalan Kenari 5,\nTaman Puchong Jaya,\n47100 Puchong", "LOCATION")[0],
        "No. 23, Jalan Kenari 5,\nTaman Puchong Jaya,\n47100 Puchong"
    );
    // A quantity after a street is no part of it.
    assert_eq!(found("I live at 12 Main St 5 minutes from here", "LOCATION"), vec!["12 Main St"]);
    // A phone number of two fours under the address is not.
    assert_eq!(
        found("Nurul Huda\nBlk 512 Bedok North Ave 3 #08-214, Singapore 460512\n9183 5526\n", "LOCATION"),
        vec!["Blk 512 Bedok North Ave 3 #08-214, Singapore 460512"]
    );
}

#[test]
fn greek_towns_in_greek_script() {
    assert_eq!(found("παραγγελία από Αθήνα για Λεμεσό", "LOCATION")[0], "Αθήνα");
    let address = "Διεύθυνση: Εγνατίας 45, 546 30 Θεσσαλονίκη";
    assert_eq!(found(address, "LOCATION"), vec!["Εγνατίας 45, 546 30 Θεσσαλονίκη"]);
}

#[test]
fn a_chat_senders_name_is_no_fields_label() {
    let chat = "16/03/24, 21:15 - Soporte Delivery: Veo que el repartidor lo marcó entregado a las 21:04.";
    assert!(found(chat, "LOCATION").is_empty());
    // A field's label after the sender's colon still is one.
    let field = "16/03/24, 21:15 - Ana: Delivery: 12 Olowu Street, Ikeja, Lagos";
    assert_eq!(found(field, "LOCATION"), vec!["12 Olowu Street, Ikeja, Lagos"]);
}

#[test]
fn west_african_addresses() {
    for (text, address) in [
        // A landmark the house is off, opposite or near.
        (
            "Customer: Flat 3, 12 Olowu Street, off Allen Avenue, Ikeja, Lagos\nAgent",
            "Flat 3, 12 Olowu Street, off Allen Avenue, Ikeja, Lagos",
        ),
        (
            "changed to No 8, Ring Road, opposite Adamasingba Stadium, Ibadan, Oyo State. My",
            "No 8, Ring Road, opposite Adamasingba Stadium, Ibadan, Oyo State",
        ),
        // `H/No.` (house number), and a post office's letters in a PO box.
        (
            "Premises: H/No. 24, Kofi Annan Street, Dzorwulu, Accra\nRegion",
            "H/No. 24, Kofi Annan Street, Dzorwulu, Accra",
        ),
        ("Customer: P.O. Box KN 2210, Kaneshie, Accra. my phone", "P.O. Box KN 2210, Kaneshie, Accra"),
    ] {
        assert_eq!(found(text, "LOCATION"), vec![address], "{text}");
    }
}

#[test]
fn a_street_named_after_a_day() {
    let form = "Dirección de instalación: Av. 18 de Julio 1453, apto 704, 11200 Montevideo";
    assert_eq!(found(form, "LOCATION"), vec!["Av. 18 de Julio 1453, apto 704, 11200 Montevideo"]);
}

#[test]
fn a_neighbourhood_named_with_its_word() {
    for (text, address) in [
        (
            "Mi dirección es Barrio Escalante, Calle 33, casa 1140, San José 10101.",
            "Barrio Escalante, Calle 33, casa 1140, San José 10101",
        ),
        (
            "Cliente: Av. 0 # 11-45, barrio La Playa, Cúcuta, Norte de Santander. cel",
            "Av. 0 # 11-45, barrio La Playa, Cúcuta, Norte de Santander",
        ),
    ] {
        assert_eq!(found(text, "LOCATION"), vec![address], "{text}");
    }
}

#[test]
fn addresses_of_the_thirty_third_round() {
    for (text, address) in [
        // A remark after a spaced dash ends a labelled address.
        ("Delivery address on file: Via Padova 77, 20127 Milano (MI) – correct?", "Via Padova 77, 20127 Milano (MI)"),
        // Italian's articled `of` inside a street's name.
        ("lo studio in Borgo degli Albizi 26, 50122 Firenze (FI), P.IVA", "Borgo degli Albizi 26, 50122 Firenze (FI)"),
        // A Portuguese ground floor (`r/c`), and a second town after the postcode's.
        (
            "Cliente: Avenida Fernão de Magalhães, nº 640, r/c, 3000-174 Coimbra\nAssistente: E",
            "Avenida Fernão de Magalhães, nº 640, r/c, 3000-174 Coimbra",
        ),
        (
            "CLIENTE: Rua da Levada, nº 15, 9500-374 Arrifes, Ponta Delgada\nOPERADOR: E",
            "Rua da Levada, nº 15, 9500-374 Arrifes, Ponta Delgada",
        ),
        // A street type in lower case after a capitalised name.
        ("its showing 19340 Greenfield rd, detroit mi 48235 for everybody", "19340 Greenfield rd, detroit mi 48235"),
        // After its postcode and town, a lower-case word after a comma goes on the sentence.
        ("Kohde: omakotitalo, Kuusitie 12, 40630 Jyväskylä, kauppahinta 389 000 euroa", "Kuusitie 12, 40630 Jyväskylä"),
        // A whole address after a label that ends with the postcode's word.
        (
            "city, state, ZIP: 9120 Bellaire Blvd Ste 118, Houston, TX 77036\n7 List",
            "9120 Bellaire Blvd Ste 118, Houston, TX 77036",
        ),
    ] {
        assert_eq!(found(text, "LOCATION"), vec![address], "{text}");
    }
}

#[test]
fn a_birthplace_after_a_romance_preposition() {
    assert_eq!(found("sono Giulia Rossi, nata il 12/04/1988 a Roma. Il mio", "LOCATION"), vec!["Roma"]);
    assert_eq!(found("Nato a Roma il 1° gennaio 1988", "LOCATION"), vec!["Roma"]);
    assert_eq!(found("nascido em 1954 em Viseu", "LOCATION"), vec!["Viseu"]);
    // A capitalised word at a line's start before `de` names an office, not a place's.
    assert_eq!(found("Carlos Pineda\nOficina de Registro Académico", "LOCATION"), Vec::<&str>::new());
}

#[test]
fn a_romance_function_word_opening_a_sentence_is_no_town() {
    for text in ["Como se trata de força maior, devo", "Como residente fuera de la UE", "Oi! 💚 Como posso te ajudar?"]
    {
        assert_eq!(found(text, "LOCATION"), Vec::<&str>::new(), "{text}");
    }
    // Before an English sentence's verb, or after a place word, it is the town.
    assert_eq!(found("We stayed in Como last May. Como is lovely.", "LOCATION"), vec!["Como", "Como"]);
}

#[test]
fn a_countrys_code_after_a_town_and_a_comma() {
    assert_eq!(found("Cardholder: Lorenzo Ferrari, Milano, IT. Card 4024", "LOCATION"), vec!["Milano"]);
    // Not before the sentence's next word: `DM` is Dominica's code and a direct message.
    assert_eq!(found("my name's Tyrone, DM me if u actually care", "LOCATION"), Vec::<&str>::new());
}

#[test]
fn rural_routes_military_boxes_and_numbered_roads() {
    let cases = [
        ("used to be RR 1 Box 47B, East Corinth, VT 05040, but", "RR 1 Box 47B, East Corinth, VT 05040"),
        ("Subject: new account at HC 64 Box 3120\n\nHi", "HC 64 Box 3120"),
        ("SGT Kyle Brennan\nUnit 3220 Box 145\nAPO AE 09094\nThanks", "Unit 3220 Box 145\nAPO AE 09094"),
        ("it'll be Unit 8400 Box 21, DPO AE 09498-0021\nAgent", "Unit 8400 Box 21, DPO AE 09498-0021"),
        ("Caller: 2718 Highway 2, Shubenacadie, NS B0N 2H0. It's", "2718 Highway 2, Shubenacadie, NS B0N 2H0"),
        ("Customer: 10988 FM 281, Dalhart, TX 79022\nAgent", "10988 FM 281, Dalhart, TX 79022"),
        ("the house at 1450 KY-1193, Hazel Green, KY 41332 on April", "1450 KY-1193, Hazel Green, KY 41332"),
        ("the red barn, 3305 Cty Rd 12. dogs are friendly", "3305 Cty Rd 12"),
    ];
    for (text, address) in cases {
        assert_eq!(found(text, "LOCATION"), vec![address], "{text}");
    }
    // A quantity before a product named after a road is no house number.
    assert_eq!(found("  - 4x Route 287 Mineral Tub 225lb", "LOCATION"), Vec::<&str>::new());
    // `P.O. Box` is no initial and surname.
    assert_eq!(found("no, it's P.O. Box 2290 now", "PERSON"), Vec::<&str>::new());
}

#[test]
fn counties_and_a_town_named_like_a_street_type() {
    let text = "were near Dalhart, Dallam County\nAgent: we cover Lewis and Clark County on Tuesdays";
    assert_eq!(found(text, "LOCATION"), vec!["Dalhart", "Dallam County", "Lewis and Clark County"]);
    assert_eq!(found("(Laramie County)\nTech", "LOCATION"), vec!["Laramie County"]);
    // An organisation's name going on is no county.
    assert_eq!(found("I called Dallam County Appraisal District today", "LOCATION"), Vec::<&str>::new());
    // `Largo` is also a Portuguese street type.
    let largo = "it was 7001 142nd Ave N, Largo, FL 33771?";
    assert_eq!(found(largo, "LOCATION"), vec!["7001 142nd Ave N, Largo, FL 33771"]);
}

#[test]
fn central_european_house_numbers_and_districts() {
    let cases = [
        ("na adres:\nul. Legnicka 57c/14\n54-203 Wrocław\ntel", "ul. Legnicka 57c/14\n54-203 Wrocław"),
        ("CALLER: Gosposvetska cesta 27, 2000 Maribor.\nAGENT: ok", "Gosposvetska cesta 27, 2000 Maribor"),
        ("I moved to Vinohradská 1511/230, 100 00 Praha 10.\n\nThanks", "Vinohradská 1511/230, 100 00 Praha 10"),
        (
            "My order to Nørrebrogade 112, 2. th., 2200 København N is late",
            "Nørrebrogade 112, 2. th., 2200 København N",
        ),
    ];
    for (text, address) in cases {
        assert_eq!(found(text, "LOCATION"), vec![address], "{text}");
    }
    // A year after a day and a comma is still no postcode.
    assert_eq!(found("birthday ko po Hunyo 5, 1990 Agent", "LOCATION"), Vec::<&str>::new());
}

#[test]
fn lower_case_towns_after_a_place_word() {
    assert_eq!(found("do yall deliver way out past amarillo?", "LOCATION"), vec!["amarillo"]);
    assert_eq!(found("moving from fairbanks next month", "LOCATION"), vec!["fairbanks"]);
    assert_eq!(found("prin easybox-ul din Iași, cod locker EBX-IS-0217", "LOCATION"), vec!["Iași"]);
    assert_eq!(found("i flew from heathrow into dubai last night", "LOCATION"), vec!["dubai"]);
    // A letter spelt out is no town (David, Panama).
    assert_eq!(found("driver number d as in david 4 4 8", "LOCATION"), Vec::<&str>::new());
}
