use super::{AGE_UNITS, unit_may_follow};
use crate::test_support::found;

/// The one-test gate must let through every lower-case word that one of the rules it
/// stands for would take further.
#[test]
fn a_casual_introduction_that_says_where_from() {
    assert_eq!(found("Hi Nomvula, its Carla from 21 Kloof Nek Road", "PERSON"), vec!["Nomvula", "Carla"]);
    assert_eq!(found("hiya shauna its danielle from flat 9. UC stopped", "PERSON"), vec!["shauna", "danielle"]);
    // A day or a word of the language is no name, whatever follows it.
    assert_eq!(found("sorry, it's Monday from 9 to 5, I'm Happy here", "PERSON"), Vec::<&str>::new());
}

#[test]
fn a_given_name_that_is_a_place_after_i_am() {
    assert_eq!(found("I'm Devon and I ordered a lamp", "PERSON"), vec!["Devon"]);
    assert_eq!(found("Hi, I'm Jordan from the billing team", "PERSON"), vec!["Jordan"]);
    // After `in` it is the place.
    assert!(found("I'm in Jordan until May", "PERSON").is_empty());
}

#[test]
fn an_article_before_a_name_in_portuguese_and_tagalog() {
    assert_eq!(found("Olá! Sou a Bruna. Pode me dizer", "PERSON"), vec!["Bruna"]);
    assert_eq!(found("Hi po! Ako po si Joy. Sorry po", "PERSON"), vec!["Joy"]);
}

#[test]
fn a_possessed_role_then_is_or_will_be() {
    assert_eq!(found("Your tech is Benji. Pls keep pets inside", "PERSON"), vec!["Benji"]);
    assert_eq!(found("Our nearest tech is Gaz, he can be there", "PERSON"), vec!["Gaz"]);
    assert_eq!(found("Your assembler Tane will be at Unit 5", "PERSON"), vec!["Tane"]);
    // A word of the language is no name after it.
    assert!(found("Your order is Delayed again", "PERSON").is_empty());
    assert!(found("my wife is Canadian", "PERSON").is_empty());
}

#[test]
fn a_dutch_surname_after_van_der_even_unknown() {
    assert_eq!(found("this is ilse van der meulen, my parcel", "PERSON"), vec!["ilse van der meulen"]);
    // A lone `van` is Dutch `from`.
    assert_eq!(found("goedemorgen u spreekt met sanne van glasnet", "PERSON"), vec!["sanne"]);
}

#[test]
fn thai_indonesian_and_turkish_forms_of_address_and_roles() {
    assert_eq!(found("Thank you Khun Somchai. The booking", "PERSON"), vec!["Somchai"]);
    assert_eq!(found("Pak Agus Santoso (driver): Mbak Dewi, saya", "PERSON"), vec!["Agus Santoso", "Dewi"]);
    assert_eq!(found("Temsilci Burak: Merhaba Elif Hanım, ben Burak.", "PERSON"), vec!["Burak", "Elif", "Burak"]);
    assert_eq!(found("Agent Ploy: Sawasdee ka! May I have", "PERSON"), Vec::<&str>::new());
    // A Thai polite particle is no name in lower case; in a Cantonese name it is part of it.
    assert_eq!(found("Thank you ka. For security", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("Chan Ka Wai: hi, I ordered", "PERSON"), vec!["Chan Ka Wai"]);
}

#[test]
fn portuguese_and_german_forms_roles_and_named_salons() {
    assert_eq!(found("ATENDENTE: Bom dia, Seu Raimundo. Para confirmar", "PERSON"), vec!["Raimundo"]);
    assert_eq!(found("signed by Judge Patricia Moody in Harris County", "PERSON"), vec!["Patricia Moody"]);
    assert_eq!(found("People call him Mzee Kamau.", "PERSON"), vec!["Kamau"]);
    assert_eq!(found("Gentili signori Montanari e Ferraresi,", "PERSON")[0], "Montanari");
    assert_eq!(
        found("Chamo-me Joana Filipa Correia Matos, sou portuguesa", "PERSON"),
        vec!["Joana Filipa Correia Matos"]
    );
    assert_eq!(found("07:55 Dispo Sven: Fahrer ist unterwegs", "PERSON"), vec!["Sven"]);
    // A salon or spa is named like a person.
    assert!(found("a voucher from Spa Alma Lusa for my mother", "PERSON").is_empty());
}

#[test]
fn forms_of_address_of_other_languages_before_a_name() {
    assert_eq!(found("Kuya Jun, si Rowena to, yung nagpa-book", "PERSON"), vec!["Jun", "Rowena"]);
    let za = "Emergency contact: Gogo Thembisile Dlamini (grandmother)";
    assert_eq!(found(za, "PERSON"), vec!["Thembisile Dlamini"]);
    assert_eq!(found("Salamat po Ma'am Cristina. Ano po ang address?", "PERSON"), vec!["Cristina"]);
}

#[test]
fn a_word_listed_among_names_is_one() {
    let squad = "Squad for Saturday: Alfie, Kai, Harrison, Oskar, Reuben, Tomi, Zac, Nico. Meet at 9.";
    assert_eq!(found(squad, "PERSON"), vec!["Alfie", "Kai", "Harrison", "Oskar", "Reuben", "Tomi", "Zac", "Nico"]);
    // A word of the language or a company among them is none.
    let guests = "Invited: Anna, Brian, Apple and Google.";
    assert_eq!(found(guests, "PERSON"), vec!["Anna", "Brian"]);
}

#[test]
fn a_lower_case_surname_after_an_introduction() {
    let it = "operatore buongiorno sono giulia colombo e chiamo per la bolletta";
    assert_eq!(found(it, "PERSON"), vec!["giulia colombo"]);
    let nl = "klant goedemiddag met pieter de jong ik bel over mijn factuur";
    assert_eq!(found(nl, "PERSON"), vec!["pieter de jong"]);
    let pt = "oi, sou luana ferreira da silva e comprei um sofá";
    assert_eq!(found(pt, "PERSON"), vec!["luana ferreira da silva"]);
    // A company after `de`, a verb or a day after the name are no surname.
    assert_eq!(found("agente hola soy javier de fibranet en qué le ayudo", "PERSON"), vec!["javier"]);
    assert_eq!(found("hi im daniela till friday then my husband", "PERSON"), vec!["daniela"]);
    // One of the commonest surnames though it is a word, and a double-barrelled one with
    // a known part; a word that is a rare surname is still no surname.
    assert_eq!(found("hi yeah this is keisha brown i got an email", "PERSON"), vec!["keisha brown"]);
    assert_eq!(found("her name is jasmine oyelaran-pike, email", "PERSON"), vec!["jasmine oyelaran-pike"]);
    assert_eq!(found("hi im daniela sweet of you to ask", "PERSON"), vec!["daniela"]);
    // After `name is`, a given name no list knows before a surname one does.
    assert_eq!(found("mi name is delroy campbell mi lose mi phone", "PERSON"), vec!["delroy campbell"]);
    assert!(found("my name is xqzt please help", "PERSON").is_empty());
    assert!(found("the file name is report final", "PERSON").is_empty());
}

#[test]
fn the_lower_case_gate_keeps_every_word_a_rule_would_take() {
    use super::{here_after_line_start, lower_speaker, lower_word_may_be_name, strong_cue_before, thanked_at_turn_end};
    use crate::test_support::with_document;
    let texts = [
        "hi maria, my order is late",
        "Thanks,\njenna",
        "09:14 kayla: the box came open",
        "ok thanks so much jenna",
        "maria here. card declined",
        "my dad ron called you",
        "call me at555 0100 or email tom",
        "please contact bob about it - dave",
        "the courier left it at the door and i was out",
        "ok thanks so much jenna ___",
        "tks, ana. done",
        "[21:13] jan novotný: kód je 447120",
        "maria fernanda rojas: hola buenas",
    ];
    let mut taken = 0;
    for text in texts {
        with_document(text, |doc| {
            for i in (0..doc.tokens.len()).filter(|&i| !doc.tokens[i].is_capitalised()) {
                let rule = strong_cue_before(doc, i)
                    || here_after_line_start(doc, i)
                    || lower_speaker(doc, i)
                    || thanked_at_turn_end(doc, i);
                assert!(!rule || lower_word_may_be_name(doc, i), "{text:?}: {}", doc.word(i));
                taken += usize::from(rule);
            }
        });
    }
    // Every rule fires somewhere above, so the test checks each one.
    assert!(taken >= 8, "{taken}");
}

#[test]
fn a_surname_that_is_a_street_type_signs_a_message() {
    assert_eq!(found("Ok.\n\nMany thanks,\nGraham Pike\n9 Mina Road, Bristol", "PERSON"), vec!["Graham Pike"]);
    assert_eq!(found("Ok.\n\nMany thanks,\nAdam Park", "PERSON"), vec!["Adam Park"]);
    // A short role after a dash; a name alone under a blank line; a dash after the stop.
    assert_eq!(found("Can you wipe it?\n\nTa,\nNick - Marketplace Ops", "PERSON"), vec!["Nick"]);
    assert_eq!(found("which feels wrong.\n\nRob", "PERSON"), vec!["Rob"]);
    assert_eq!(found("rappel prévu jeudi à 14h. – Yanis", "PERSON"), vec!["Yanis"]);
    assert!(found("Security code: 771\n\n-- meta --\nip=1", "PERSON").is_empty());
    assert_eq!(found("We met on Adam Park yesterday", "PERSON"), Vec::<&str>::new());
    // Sign-offs of other languages on the line above.
    assert_eq!(found("Ok.\n\nMahalo,\nKeoni Kahananui\nKaimana Surf Wax", "PERSON"), vec!["Keoni Kahananui"]);
    assert_eq!(found("Ok.\n\nCumprimentos,\nHélder Martins", "PERSON"), vec!["Hélder Martins"]);
}

#[test]
fn names_with_particles_and_greetings_of_other_languages() {
    for (text, name) in [
        ("Beste mevrouw De Vries,\n\nHartelijk dank", "De Vries"),
        ("Beste heer Van der Meer, bedankt voor uw aanvraag.", "Van der Meer"),
        ("Agent : C'est fait, madame Le Goff.", "Le Goff"),
        ("Dear Ms Ní Bhriain,\n\nThank you", "Ní Bhriain"),
        ("Thanks,\nPádraig Ó Súilleabháin\n", "Pádraig Ó Súilleabháin"),
        ("Kia ora Wiremu,\n\nThanks for letting us know", "Wiremu"),
        ("Goedemorgen Bram,\n\nDank voor de snelle reactie.", "Bram"),
        ("Ngā mihi,\nAroha", "Aroha"),
        ("Gentile Federica, ci dispiace molto per la serata.", "Federica"),
    ] {
        assert_eq!(found(text, "PERSON"), vec![name], "{text}");
    }
    // A particle after a title with no name after it is none.
    assert_eq!(found("Dear Sir or Madam, the van is late", "PERSON"), Vec::<&str>::new());
}

#[test]
fn a_display_name_and_its_address() {
    let from = "Para: João Pedro Albuquerque <jp.albuquerque@uol.com.br>\nData: hoje";
    assert_eq!(found(from, "PERSON"), vec!["João Pedro Albuquerque"]);
    for org in [
        "From: Lakeview Lodge <stay@lakeviewlodgeqt.co.nz>",
        "To: Customer Care <customercare@skyunionair.com>",
        "De: Pousada Maré Alta <reservas@pousadamarealta.com.br>",
    ] {
        assert_eq!(found(org, "PERSON"), Vec::<&str>::new(), "{org}");
    }
    assert_eq!(found("From: John Smith <john@johnsmith.com>", "PERSON"), vec!["John Smith"]);
}

#[test]
fn the_reply_to_a_question_for_a_name_is_one() {
    let chat = "agent: and the name and the email on the booking?\ncust: jack thornton, jackt_93@hotmail.com";
    assert_eq!(found(chat, "PERSON"), vec!["jack thornton"]);
    let nl = "Medewerker: Mag ik je naam en postcode?\nKlant: noor el amrani, 3526 KM";
    assert_eq!(found(nl, "PERSON"), vec!["noor el amrani"]);
    // A speaker's label after the question, and a reply a line further down, are no answer.
    let label = "Agent: the driver's name is showing, correct?\nRider: yes";
    assert_eq!(found(label, "PERSON"), Vec::<&str>::new());
    let later = "agent: and the name on the booking?\ncust: one sec\ncust: jack thornton";
    assert_eq!(found(later, "PERSON"), Vec::<&str>::new());
}

#[test]
fn a_given_name_then_a_street_type_surname_is_a_person() {
    assert_eq!(found("put it under Kayla Brooks, cell 512-555-0187", "PERSON"), vec!["Kayla Brooks"]);
    assert_eq!(found("My mom Denise Brooks will be an additional driver", "PERSON"), vec!["Denise Brooks"]);
    // Not after a house number or a word that puts it on a street, and not a known place.
    assert_eq!(found("She lives at 12 Denise Brooks", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("We met on Denise Brooks yesterday", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("zip is 9 0 2 1 0\nAGENT: Beverly Hills, perfect.", "PERSON"), Vec::<&str>::new());
}

#[test]
fn an_establishment_names_what_follows() {
    assert_eq!(found("She was seen at Hospital de Santa Maria", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("two nights at Hotel Santa Croce, Florence", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("Die Reparatur soll beim Autohaus Krämer erfolgen", "PERSON"), Vec::<&str>::new());
    let signed = "Von: Steuerbüro Hagedorn (+49 4131 776 2290)\nBitte schicken Sie die Belege. VG, A. Hagedorn";
    assert_eq!(found(signed, "PERSON"), vec!["A. Hagedorn"]);
    assert_eq!(found("the hotel Maria Lopez booked", "PERSON"), vec!["Maria Lopez"]);
}

#[test]
fn a_relation_a_label_or_thanks_before_a_name_is_not_part_of_it() {
    assert_eq!(found("Back door forced. Neighbor Hank Dobbins saw it.", "PERSON"), vec!["Hank Dobbins"]);
    assert_eq!(found("IBAN DE85 5001 0517 6639 2332 14, Kontoinhaber Jens Hartmann", "PERSON"), vec!["Jens Hartmann"]);
    assert_eq!(found("12:38 - kayla: ok ty omar", "PERSON"), vec!["kayla", "omar"]);
    assert_eq!(found("Dear Seller Performance team,", "PERSON"), Vec::<&str>::new());
}

#[test]
fn replies_in_other_languages_are_not_names() {
    assert_eq!(found("Agent: Erledigt.", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("Hola,\nNecesito factura completa del pedido 55-2031", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("Agent: Perfecto, thank you Ji-ho.", "PERSON"), vec!["Ji-ho"]);
    assert_eq!(found("hallo hier anja, meine steuer id ist 99 306 857 211", "PERSON"), vec!["anja"]);
    // The line after a greeting opens the message unless a known name opens it.
    assert_eq!(found("Bonjour,\nSuite à l'annulation de mon abonnement", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("Hello,\nMaria here, my order is late", "PERSON"), vec!["Maria"]);
}

#[test]
fn quoted_after_an_agency_verb() {
    assert_eq!(found("the parcel was signed for by \"R. SHAH\" but nobody knows him", "PERSON"), vec!["R. SHAH"]);
}

#[test]
fn an_initial_makes_a_word_that_is_a_surname_a_name() {
    assert_eq!(found("INTERNAL NOTE (J. Sanders → Tier 2)", "PERSON"), vec!["J. Sanders"]);
    // An initial after the word is a plan's or an option's letter.
    assert_eq!(found("Customer: it was Plan B. Anyway, cancel it", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("see section A. Details below", "PERSON"), Vec::<&str>::new());
}

#[test]
fn a_family_particle_takes_the_word_after_it() {
    // Berg is a street type and a town, Hohenberg a town.
    let mail = "Met vriendelijke groet,\nDaan van der Berg\nKeizersgracht 221-H";
    assert_eq!(found(mail, "PERSON"), vec!["Daan van der Berg"]);
    let note = "Kunde: Friedrich Wilhelm von Hohenberg, 71";
    assert_eq!(found(note, "PERSON"), vec!["Friedrich Wilhelm von Hohenberg"]);
    // A capitalised particle after a given name is a surname the lists know.
    assert_eq!(found("aadhaar linked, name Deepak Das, please link", "PERSON"), vec!["Deepak Das"]);
    assert_eq!(found("Hoang Van Duc\n7700 Bellaire Blvd", "PERSON"), vec!["Hoang Van Duc"]);
    // After a job title, an initial and such a surname.
    assert_eq!(found("Approved by Compliance Officer R. Das.", "PERSON"), vec!["R. Das"]);
    assert_eq!(found("director Hemi Parata, TFN supplied separately", "PERSON"), vec!["Hemi Parata"]);
    assert!(found("the Director of Operations called", "PERSON").is_empty());
}

#[test]
fn ages_in_unpunctuated_speech_after_titles_and_in_german() {
    let call = "caller: he's retired he's seventy one i'm sixty nine his name's grant";
    assert_eq!(found(call, "AGE"), vec!["seventy one", "sixty nine"]);
    assert_eq!(found("they put my age as 52, i'm 34 only", "AGE"), vec!["34"]);
    assert_eq!(found("Meneer is 87 en verhuist per 1 juni", "AGE"), vec!["87"]);
    assert_eq!(found("Kunde: Herr Emre Yıldız, geb. 03.03.1957 (67 J.)", "AGE"), vec!["67"]);
    assert!(found("beim Nachbarn Herrn Schulz im 3. OG abgegeben", "AGE").is_empty());
    assert_eq!(found("I've got Irish citizenship and live in NI", "NRP"), vec!["Irish"]);
}

#[test]
fn the_reply_to_a_name_asked_without_a_question_mark() {
    let call = "agent: thank you and your full name\ncaller: dean o'sullivan\nagent: and the first line";
    assert_eq!(found(call, "PERSON"), vec!["dean o'sullivan"]);
    // A line that does not end in the word asked for asks nothing.
    assert!(found("agent: the name is on the card we sent\ncaller: dean is fine", "PERSON").is_empty());
}

#[test]
fn initials_particles_and_titles() {
    // `M.` is the French title after a word of politeness or in brackets before capitals.
    assert_eq!(found("Mathis : Merci M. Garnier. Pour sécuriser", "PERSON"), vec!["Mathis", "Garnier"]);
    assert_eq!(found("le code envoyé (M. LEBRUN Gaël) est 738204", "PERSON"), vec!["LEBRUN Gaël"]);
    // Names answering the phone and given in full after a weak introduction.
    let call = "good morning bayside chemist home delivery bronwyn speaking\ncaller: hi";
    assert_eq!(found(call, "PERSON"), vec!["bronwyn"]);
    let call = "caller: yeah it's darren fletcher, fletcher like the arrow maker";
    assert_eq!(found(call, "PERSON"), vec!["darren fletcher"]);
    assert_eq!(found("caller: yes hi it's evelyn brooks\nagent: hi", "PERSON"), vec!["evelyn brooks"]);
    // Firms named with `&`, unless a given name comes first (a couple).
    assert!(found("I also found a Holland & Barrett receipt", "PERSON").is_empty());
    assert!(found("Kind regards,\nHarpreet & Jaspal Sandhu", "PERSON").contains(&"Jaspal Sandhu"));
    assert!(found("he is at dialysis (Tue/Thu/Sat mornings)", "PERSON").is_empty());
    assert!(found("Cause: Hurricane Milton wind/water. Subject: Cyclone Gabrielle claim", "PERSON").is_empty());
    assert!(found("Emergency vendor: Paul Davis Restoration (job PD-ON-240418)", "PERSON").is_empty());
    assert_eq!(found("Votre médecin, la Dre Amina Haddad, nous a envoyé", "PERSON"), vec!["Amina Haddad"]);
    // An initial, a particle and a word; an initial ending the line keeps its dot.
    assert_eq!(found("terug op NL09 INGB t.n.v. P. de Vries\nMedewerker", "PERSON"), vec!["P. de Vries"]);
    assert_eq!(found("op naam van M. van den Berg?", "PERSON"), vec!["M. van den Berg"]);
    assert_eq!(found("- onboarded by Kylie B.", "PERSON"), vec!["Kylie B."]);
    // A lower-case particle after a capitalised title; a lower-case name after a title.
    assert_eq!(found("Thank you Mr van der Merwe. I see", "PERSON"), vec!["van der Merwe"]);
    assert_eq!(found("klant: ja hallo met mevrouw visser ik bel over", "PERSON"), vec!["visser"]);
    assert_eq!(found("assistente: obrigada senhor manuel e o código", "PERSON"), vec!["manuel"]);
    // Lower-case `miss` is a title only after a word that addresses someone.
    assert_eq!(found("agent: okay miss jones i just need to verify", "PERSON"), vec!["jones"]);
    assert!(found("caller: i dont want to miss jones on the call", "PERSON").is_empty());
    // After an article the title is a noun; `miss` in lower case is a verb.
    assert!(found("o senhor pode confirmar o nome", "PERSON").is_empty());
    assert!(found("you will miss jasmine tea", "PERSON").is_empty());
    // A role in German before the speaker's name is no part of it.
    assert_eq!(found("[09:16] Agentin Svenja: Danke", "PERSON"), vec!["Svenja"]);
}

#[test]
fn capitalised_irish_and_vietnamese_particles() {
    assert_eq!(found("Siobhán Ní Bhriain: no thats it", "PERSON"), vec!["Siobhán Ní Bhriain"]);
    assert_eq!(found("my aunt Nguyễn Thị Mai in Hanoi", "PERSON"), vec!["Nguyễn Thị Mai"]);
}

#[test]
fn a_relatives_name_no_list_knows() {
    assert_eq!(found("My wife Noura saw it on your website", "PERSON"), vec!["Noura"]);
    assert_eq!(found("Our daughter Manaia is on the plan", "PERSON"), vec!["Manaia"]);
    assert_eq!(found("Mein Enkel Jonas hat das Konto eingerichtet", "PERSON"), vec!["Jonas"]);
    // Without the possessive an unknown word stays unknown.
    assert!(found("the wife Noura saw it", "PERSON").is_empty());
    // An Italian operator's label is no name.
    assert_eq!(found("Operatore Marco: buongiorno", "PERSON"), vec!["Marco"]);
}

#[test]
fn brands_written_as_names() {
    let person = "PERSON";
    assert!(found("Save 25% on all Tommy Hilfiger and Calvin Klein", person).is_empty());
    assert!(found("There was no Earl Grey tea, no Jack Daniel's fudge", person).is_empty());
    // Cars whose make or model is also a name.
    assert!(found("ma nouvelle voiture (plaque X47 KPF, une Kia Niro)", person).is_empty());
    assert!(found("Matrícula: 4829 LMK (Dacia Sandero)", person).is_empty());
    assert!(found("the tub of Ben & Jerry's and 2 cans of Dr Pepper", person).is_empty());
    assert!(found("a pair of Dr. Martens boots", person).is_empty());
    // The same first names are still names.
    assert_eq!(found("Tommy Fielding called about the Hilfiger jacket", person), vec!["Tommy Fielding"]);
    assert_eq!(found("Hi Calvin, thanks", person), vec!["Calvin"]);
}

#[test]
fn po_box_is_no_name() {
    assert_eq!(found("Customer: PO Box is PO Box 4410, Anchorage, AK 99509", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("Customer: Reginald Box", "PERSON"), vec!["Reginald Box"]);
}

#[test]
fn typed_fast() {
    assert_eq!(found("Customer: helo, my nmae is Chris Tomlinsen", "PERSON"), vec!["Chris Tomlinsen"]);
    assert_eq!(found("Customer: Thx! Keiko", "PERSON"), vec!["Keiko"]);
    assert_eq!(found("Customer: whats up, tyler here. need a refund", "PERSON"), vec!["tyler"]);
    assert_eq!(found("Agent: Nadia from Billing here, how can I help?", "PERSON"), vec!["Nadia"]);
    assert_eq!(found("Kunde: Mein Mann Thomas hat das Konto eröffnet.", "PERSON"), vec!["Thomas"]);
}

#[test]
fn quoted_nicknames_inside_the_name() {
    assert_eq!(found("Account holder Robert \"Bobby\" Smith called", "PERSON"), vec!["Robert \"Bobby\" Smith"]);
    assert_eq!(found("Thanks, Margaret “Peggy” Okafor", "PERSON"), vec!["Margaret “Peggy” Okafor"]);
    assert_eq!(found("she said \"Hello\" Twice", "PERSON"), Vec::<&str>::new());
}

#[test]
fn modal_verbs_that_are_names() {
    assert_eq!(found("Agent: Will Smith will call you back", "PERSON"), vec!["Will Smith"]);
    assert_eq!(found("Hi, May here, my parcel is late", "PERSON"), vec!["May"]);
    // Korean given names write their later syllable in lower case.
    assert_eq!(found("17:30 Hyun-woo Park: hi", "PERSON"), vec!["Hyun-woo Park"]);
    assert_eq!(found("Grazie, signora Rossi.", "PERSON"), vec!["Rossi"]);
}

#[test]
fn ask_for_a_person() {
    assert_eq!(found("it's 503-555-0183. Ask for Ray, or my wife Linda", "PERSON"), vec!["Ray", "Linda"]);
    assert_eq!(found("I had to ask for help twice", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("I'll call for Ray", "PERSON"), Vec::<&str>::new());
}

#[test]
fn lower_case_name_after_a_verb_of_contact() {
    assert_eq!(found("i spoke to kevin on the phone", "PERSON"), vec!["kevin"]);
    assert_eq!(found("can you tell priya to call me", "PERSON"), vec!["priya"]);
    // Words that are also names are left alone in lower case.
    assert_eq!(found("please tell me when it ships", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("i paid with grace period credit", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("chiamo per mia madre", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("i spoke with ahmed yesterday", "PERSON"), vec!["ahmed"]);
    // Capitalised, a given name that is also a town.
    assert_eq!(found("I spoke to Roman yesterday", "PERSON"), vec!["Roman"]);
    assert_eq!(found("I spoke to Roman yesterday", "LOCATION"), Vec::<&str>::new());
}

#[test]
fn a_name_found_once_is_found_where_it_is_repeated() {
    let text = "Customer: I spoke to Roman yesterday.\nAgent: let me check the notes Roman left.";
    assert_eq!(found(text, "PERSON"), vec!["Roman", "Roman"]);
    let text = "it's Jenna Kowalski, order 4411.\nAgent: thanks! can Jenna's husband pick it up?";
    assert_eq!(found(text, "PERSON"), vec!["Jenna Kowalski", "Jenna"]);
    // Not inside other capitalised words, and not where something else was found.
    let text = "my name is Roman Novak. I'm a Roman Catholic and I live at 4 Roman Road, Leeds.";
    assert_eq!(found(text, "PERSON"), vec!["Roman Novak"]);
    let text = "my name is Paris Holloway and I fly to Paris next week";
    assert_eq!(found(text, "PERSON"), vec!["Paris Holloway"]);
    assert_eq!(found(text, "LOCATION"), vec!["Paris"]);
}

#[test]
fn an_organisation_named_with_of() {
    let text = "I paid via Bank of America Bill Pay on 3/12";
    assert_eq!(found(text, "PERSON"), Vec::<&str>::new());
    assert_eq!(found(text, "LOCATION"), Vec::<&str>::new());
}

#[test]
fn a_town_named_like_a_person_after_in() {
    assert_eq!(found("I work in Preston now", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("I work in Preston now", "LOCATION"), vec!["Preston"]);
    assert_eq!(found("she studies in Eugene", "LOCATION"), vec!["Eugene"]);
    assert_eq!(found("I spoke with Preston yesterday", "PERSON"), vec!["Preston"]);
}

#[test]
fn speaker_name_in_brackets_after_the_role() {
    assert_eq!(found("Agent (Dmitri K.): sure, one moment", "PERSON"), vec!["Dmitri K."]);
    assert_eq!(found("Agent (Priya): Hi, how can I help?", "PERSON"), vec!["Priya"]);
    assert_eq!(found("Agent (Support): Hi", "PERSON"), Vec::<&str>::new());
}

#[test]
fn spanish_plural_particles() {
    assert_eq!(found("Customer: Ana de los Santos", "PERSON"), vec!["Ana de los Santos"]);
}

#[test]
fn lower_case_sign_off_on_the_same_line() {
    assert_eq!(found("plz can u cancel, regards dave", "PERSON"), vec!["dave"]);
}

#[test]
fn sign_offs_of_other_languages() {
    // The sign-off is no part of the name, and in Title Case no name at all.
    assert_eq!(found("Skicka till Göteborg tack.\nMvh Erik Lindqvist", "PERSON"), vec!["Erik Lindqvist"]);
    assert_eq!(found("Danke.\nLG Magdalena Steiner", "PERSON"), vec!["Magdalena Steiner"]);
    assert_eq!(found("Bitte erstatten.\n\nViele Grüße\nAnna Becker", "PERSON"), vec!["Anna Becker"]);
}

#[test]
fn ages_read_out_and_said_of_family() {
    for (text, age) in [
        ("he's been dizzy a lot he's eighty two so i'm worried", "eighty two"),
        ("agent: so he is seventy seven years sir", "seventy seven"),
        ("I'm 24 - does the young driver fee apply?", "24"),
        ("my eldest is 14 so she'll want her own bed", "14"),
        ("my young lad is 6 and hes starving", "6"),
        ("My girlfriend Kayla Brandt is 26 and can be the main driver", "26"),
        // A child's name starting the sentence, and a birthday's month.
        ("Thanks.\nSofia is 9, and she loves the pool.", "9"),
        ("he turns 13 in August so he can join", "13"),
        // Danish, Norwegian and Swedish, without a word for years.
        ("mor er syg, hun er 85.", "85"),
        ("pappa är gammal, han är 91, och bor ensam", "91"),
    ] {
        assert_eq!(found(text, "AGE"), vec![age], "{text}");
    }
    assert_eq!(found("the total is 24 - does that include tax?", "AGE"), Vec::<&str>::new());
    // At a sentence's start, a name that is an English word is not taken for one.
    assert_eq!(found("Thanks.\nShipping is 5, sorry. Will is 5, too.", "AGE"), Vec::<&str>::new());
    assert_eq!(found("the dial turns 13 in steps", "AGE"), Vec::<&str>::new());
}

#[test]
fn spelled_ages() {
    assert_eq!(found("i'm sixty-five and retired", "AGE"), vec!["sixty-five"]);
    assert_eq!(found("my dad is eighty-two years old", "AGE"), vec!["eighty-two"]);
    assert_eq!(found("she turned seventy last week", "AGE"), vec!["seventy"]);
    assert_eq!(found("there are seven items in the box", "AGE"), Vec::<&str>::new());
    assert_eq!(found("I'm five minutes away", "AGE"), Vec::<&str>::new());
    assert_eq!(found("I've noted that you're 81 and prefer calls", "AGE"), vec!["81"]);
    assert_eq!(found("our twins are 6 and need child tickets", "AGE"), vec!["6"]);
    assert_eq!(found("the customer (74) said no", "AGE"), vec!["74"]);
    assert_eq!(found("She is 9 — she used my card", "AGE"), vec!["9"]);
    assert_eq!(found("the order (74) shipped", "AGE"), Vec::<&str>::new());
    assert_eq!(found("the boxes are 6 and 9 kg", "AGE"), Vec::<&str>::new());
}

#[test]
fn every_age_unit_passes_the_byte_gate() {
    for unit in AGE_UNITS {
        assert!(unit_may_follow(unit.as_bytes()), "{unit:?}");
    }
    assert!(!unit_may_follow(b" items"));
}

#[test]
fn names_with_cues() {
    assert_eq!(found("Hi Maria, thanks for waiting", "PERSON"), vec!["Maria"]);
    assert_eq!(found("hi this is jenny from accounts", "PERSON"), vec!["jenny"]);
    assert_eq!(found("MY NAME IS JOHN SMITH", "PERSON"), vec!["JOHN SMITH"]);
    assert_eq!(found("Please ask Mr Okafor to call", "PERSON"), vec!["Okafor"]);
    assert_eq!(found("From: \"Anna Becker\" <anna.becker@gmx.de>", "PERSON"), vec!["Anna Becker"]);
    assert_eq!(found("Thanks,\nPriya Raghunathan\nBilling", "PERSON"), vec!["Priya Raghunathan"]);
    assert_eq!(found("I spoke with María José García-López yesterday", "PERSON"), vec!["María José García-López"]);
    assert_eq!(found("Vincent van Gogh's order", "PERSON"), vec!["Vincent van Gogh"]);
    assert_eq!(found("Hi, my name is Ben Ortiz", "PERSON"), vec!["Ben Ortiz"]);
    assert_eq!(found("Chase Bank declined the payment", "PERSON"), Vec::<&str>::new());
    // A label that names a thing.
    assert!(found("Business name: Shree Ganesh Handlooms\nOwner: x", "PERSON").is_empty());
    assert!(found("Pet name: Oscar\nSpecies: dog", "PERSON").is_empty());
    assert_eq!(found("applicant: ollie brennan dob 03/02/1996", "PERSON"), vec!["ollie brennan"]);
    // Capitalised words on to a firm's last word.
    assert!(found("Insurer: Emerald Shield Travel Insurance DAC", "PERSON").is_empty());
    assert!(found("Beneficiary: Sunshine Coast Tours LLC", "PERSON").is_empty());
    assert!(found("our payment to Hollis Ridge Landscaping bounced", "PERSON").is_empty());
    assert_eq!(found("Luca Ferrari, Agenzia Ferrari Assicurazioni", "PERSON"), vec!["Luca Ferrari"]);
    assert_eq!(found("— Kara, Payments Team", "PERSON"), vec!["Kara"]);
    assert_eq!(found("under Harbourside Joinery.", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("for integration partner Orion Freight: old key", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("Carrier: Royal Mail Tracked 24", "PERSON"), Vec::<&str>::new());
    // An organisation's ending only as written: `Banks` is a surname.
    assert_eq!(found("Customer Trevor Banks. Ticket closed.", "PERSON"), vec!["Trevor Banks"]);
    assert_eq!(found("mike here. ur tech was awesome", "PERSON"), vec!["mike"]);
    assert_eq!(found("Customer: cheers\nemma here, new card", "PERSON"), vec!["emma"]);
    assert_eq!(found("over here. the box was open", "PERSON"), Vec::<&str>::new());
    // The whole reply to a place question is a place, not a name.
    assert_eq!(found("Agent: which city are you in?\nCustomer: Medina", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("Agent: who am I speaking with?\nCustomer: Medina", "PERSON"), vec!["Medina"]);
    assert_eq!(found("Agent: which city?\nCustomer: Medina, and I'm Rosa", "PERSON"), vec!["Medina", "Rosa"]);
    // A given name that looks like the plural of a function word (`lui`).
    assert_eq!(found("Hi, my name is Luis Ortega", "PERSON"), vec!["Luis Ortega"]);
    assert_eq!(found("name=Luis Ortega dl_number=F7712345", "PERSON"), vec!["Luis Ortega"]);
}

#[test]
fn chat_exports_name_their_speakers() {
    for (text, want) in [
        ("09:41 Aaliyah Brooks: Hey, tracking hasn't moved", vec!["Aaliyah Brooks"]),
        ("17:30 Hyun-woo Park: hi, is this in stock?", vec!["Hyun-woo Park"]),
        ("From: \"Owen Park\" <owen@example.com>", vec!["Owen Park"]),
        ("3:13 PM Amber @ Brightcart: FedEx has it", vec!["Amber"]),
        ("19:03 Agent Becca: So sorry!", vec!["Becca"]),
        // Speech to text: a doctor's name, the reply to a name asked for without `?`, the
        // phone answered, a Portuguese greeting.
        ("scheduled with doctor whitfield on thursday", vec!["whitfield"]),
        ("northside vet hospital you're speaking with kayla\ncaller: hi", vec!["kayla"]),
        ("cliente: oi bruna, meu pedido veio errado", vec!["bruna"]),
        ("agent: your name please\ncaller: sarah nguyen\nagent: ok", vec!["sarah nguyen"]),
        ("agent: and the name on the card\ncaller: jarrod pemberton\nagent: thanks", vec!["jarrod pemberton"]),
        // A chat export's sender before the time, in lower case too.
        ("jordan reyes 10:05 AM: ssn is on the form", vec!["jordan reyes"]),
        ("Ava (Leasing) 10:06 AM: Got it.", vec!["Ava"]),
        // A name that is also a county or a word, beside its role.
        ("09:42 Devon (Support): Hi Aaliyah! It's held at the Memphis hub due to weather.", vec!["Devon", "Aaliyah"]),
        ("Grace [Support]: Hello!", vec!["Grace"]),
    ] {
        assert_eq!(found(text, "PERSON"), want, "{text}");
    }
    // A word no name list knows beside a role is more often a company's (or bot's) name.
    assert!(found("Brightcart (Bot): Your order has shipped and is on its way to you", "PERSON").is_empty());
    // A street type that is also a surname stays a street after a house number.
    assert!(found("send it to 12 Adam Park please", "PERSON").is_empty());
}

#[test]
fn introductions_after_greetings_and_bare_name_labels() {
    assert_eq!(found("hi its tasha, my parcel is late", "PERSON"), vec!["tasha"]);
    // An introduction of two words after the greeting.
    assert_eq!(found("agent: caisse primaire bonjour je suis thomas en quoi je peux", "PERSON"), vec!["thomas"]);
    assert_eq!(found("hallo ich bin thomas wie kann ich helfen", "PERSON"), vec!["thomas"]);
    assert!(found("bonjour je suis malade depuis hier", "PERSON").is_empty());
    assert!(found("1. Yes, I am French and I was insured in France", "PERSON").is_empty());
    assert_eq!(found("ciao sono francesca", "PERSON"), vec!["francesca"]);
    assert_eq!(found("ssn 863145783 name tiffany moore", "PERSON"), vec!["tiffany moore"]);
    // Without the greeting `its` is just `its`.
    assert!(found("its tasha colour", "PERSON").is_empty());
}

#[test]
fn central_european_introductions_titles_and_lower_case_chat_senders() {
    assert_eq!(found("guten morgen sie sprechen mit jonas weber", "PERSON"), vec!["jonas weber"]);
    assert_eq!(found("ja hier ist brigitte schmitt-hoffmann ich geh", "PERSON"), vec!["brigitte schmitt-hoffmann"]);
    assert_eq!(found("dzień dobry nazywam się grzegorz kamiński jestem", "PERSON"), vec!["grzegorz kamiński"]);
    assert_eq!(found("Dobrý den, paní Hrušovská,", "PERSON"), vec!["Hrušovská"]);
    // Polish and Romanian titles in their cases; a formal `you` is no title before a word.
    assert_eq!(found("Rozmawiałem wczoraj z Panem Nowakiem, miał", "PERSON"), vec!["Nowakiem"]);
    assert_eq!(found("Proszę pozdrowić Pana Nowaka.", "PERSON"), vec!["Nowaka"]);
    assert_eq!(found("Întrebați de doamna Ionescu, e mama mea", "PERSON"), vec!["Ionescu"]);
    assert!(found("Tak, cena 74 900 zł brutto. Interesuje Pana kredyt czy gotówka?", "PERSON").is_empty());
    // A lower-case sender of two words after a chat export's bracketed time.
    assert_eq!(found("[21:13] jan novotný: kód je 447120", "PERSON"), vec!["jan novotný"]);
    assert_eq!(found("[08:15] tomasz wiśniewski: nr prac. 20417", "PERSON"), vec!["tomasz wiśniewski"]);
    // An SMS export's sender after the date and time, however unknown the name.
    let sms = "Thu 6 Feb 10:04 Me → Aroha: hey its Ngaio from the cafe\nThu 6 Feb 10:15 Aroha: Kia ora – no";
    assert_eq!(found(sms, "PERSON"), vec!["Aroha", "Aroha"]);
    assert!(found("2024-03-04 10:15 Error: connection refused", "PERSON").is_empty());
    assert!(found("Subject: VAT3 Jan/Feb + new starter", "PERSON").is_empty());
    assert!(found("1) VAT3 for Jan–Feb is ready on ROS", "PERSON").is_empty());
    assert!(
        found("17/01/2025 08:14 Pennyworth Bkpg: Hi Rhiannon, reminder", "PERSON")
            .iter()
            .all(|p| *p != "Pennyworth Bkpg")
    );
    // A Slack message copied out: the sender and the time on a line of their own.
    let slack = "hope kerr 10:02\nwill can u chase the twins\n\npriya 10:11\ntemplate sent";
    assert_eq!(found(slack, "PERSON"), vec!["hope kerr", "priya"]);
    assert!(found("meeting 10:02\nagenda below", "PERSON").is_empty());
    // German `von den` is `from the`, not a surname's particles; Dutch `van den` is.
    assert_eq!(found("sie sprechen mit markus von den stadtwerken was kann", "PERSON"), vec!["markus"]);
    assert_eq!(found("hoi ik ben ilse van den broek en ik", "PERSON"), vec!["ilse van den broek"]);
}

#[test]
fn a_chat_label_before_a_sentence_is_not_a_form_value() {
    assert!(found("Customer: Lovely, thanks for sorting it", "PERSON").is_empty());
    assert!(found("Agent: Hiya, how can I help today?", "PERSON").is_empty());
    // A form value, or a known name starting the sentence, still counts.
    assert_eq!(found("Customer: Jenna Kowalski", "PERSON"), vec!["Jenna Kowalski"]);
    assert_eq!(found("Customer: Maria here, my parcel is late", "PERSON"), vec!["Maria"]);
}

#[test]
fn one_word_then_a_state_is_a_place() {
    assert!(found("CALLER: Clinton, Iowa.", "PERSON").is_empty());
    assert!(found("Customer: Davis, CA", "PERSON").is_empty());
    assert_eq!(found("Customer: Maria Lopez, CA office", "PERSON"), vec!["Maria Lopez"]);
}

#[test]
fn a_name_signing_the_message() {
    assert_eq!(found("my tfn 578 358 211 for the new contract - mel", "PERSON"), vec!["mel"]);
    assert_eq!(found("NHS 472 555 7315 for the form x becky", "PERSON"), vec!["becky"]);
    assert_eq!(found("steuer id fuer die abrechnung, gruss kai", "PERSON"), vec!["kai"]);
    // Not at the end of the message, or not a name.
    assert!(found("the new contract - mel said it is fine", "PERSON").is_empty());
    // What belongs to a relation is no name.
    assert!(found("hi. it's my mom's line, she passed last week.", "PERSON").is_empty());
    assert!(found("Good evening. My father's line, I want to retrieve the SIM.", "PERSON").is_empty());
    // A dictionary word with a surname's ending after a given name.
    assert_eq!(found("Res: Mrs Edna Ploughman, pref. Teddy", "PERSON")[0], "Edna Ploughman");
    // A relation after a possessive is as strong a cue for a lower-case name.
    assert_eq!(found("nhs no 662 520 6806 for my dad ron", "PERSON"), vec!["ron"]);
    assert!(found("a dad ron", "PERSON").is_empty());
    // A role after `your` or `the`, before a name that is no word.
    assert_eq!(found("mike here. ur tech jose was awesome today", "PERSON"), vec!["mike", "jose"]);
    assert!(found("Agent: Updated. The courier will bring it on Thursday", "PERSON").is_empty());
    assert!(found("your driver will call ahead", "PERSON").is_empty());
    assert!(found("for the new contract - thanks", "PERSON").is_empty());
    assert!(found("CALLER: Grand Forks, North Dakota.", "PERSON").is_empty());
    // A name alone on the last line, under a finished sentence, however long.
    let mail = "The engineer set the router admin password and the Wi-Fi one. Can I change them myself?\nElspeth";
    assert_eq!(found(mail, "PERSON"), vec!["Elspeth"]);
    assert!(found("Merci d'envoyer le courrier.\nCordialement", "PERSON").is_empty());
}

#[test]
fn key_value_names_dutch_thanks_version_words_and_vietnamese_middle_names() {
    let export = "civilite=M.\nnom=Benali\nprenom=Karim\ncognome;Russo\nstatus=ok";
    assert_eq!(found(export, "PERSON"), vec!["Benali", "Karim", "Russo"]);
    assert_eq!(found("Medewerker (Joost): Dankjewel Femke. Ik zie het.", "PERSON"), vec!["Joost", "Femke"]);
    // `Versie` is a given name, but not before a version's number.
    assert_eq!(found("Versie 7.4.0 van de app geeft geen melding.", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("Hi, this is Versie Hall from accounts.", "PERSON"), vec!["Versie Hall"]);
    // Vietnamese middle names written without their accents.
    assert_eq!(found("Customer: Nguyen Van Minh, +1 (646) 555-0137", "PERSON"), vec!["Nguyen Van Minh"]);
    assert_eq!(found("Customer: Tran Thi Lan here", "PERSON"), vec!["Tran Thi Lan"]);
}

#[test]
fn a_name_label_takes_its_whole_line() {
    for (text, want) in [
        ("Protocolo: BR-2024-55128\nNome: João Pedro Albuquerque\nEmail: jp@uol.com.br", "João Pedro Albuquerque"),
        ("Asunto: alta de suministro\nNombre: Youssef El Amrani\nDNI: 1", "Youssef El Amrani"),
        ("code 789.\nCardholder: Elaine Park\nthanks", "Elaine Park"),
    ] {
        assert_eq!(found(text, "PERSON"), vec![want], "{text}");
    }
    // Not a bank's name, and a company's name is not taken whole.
    assert!(found("Bank name: Lakeview Savings\nABA: 1", "PERSON").is_empty());
    assert!(!found("Beneficiary: Orion Freight Co.\nBank: x", "PERSON").iter().any(|s| s.contains("Freight")));
}

#[test]
fn an_age_turned_on_a_day() {
    assert_eq!(found("as part of my pension planning. I turn 60 on 9 July.", "AGE"), vec!["60"]);
    assert_eq!(found("she turns 18 on her birthday, obviously", "AGE"), vec!["18"]);
    assert!(found("turn 90 on the dial", "AGE").is_empty());
}

#[test]
fn a_transcript_speaker_whose_name_is_a_word() {
    let call = "MARK: So, ma'am, the order is late.\nCUSTOMER: Nobody told me that.\nMARK: I understand.";
    assert_eq!(found(call, "PERSON"), vec!["MARK", "MARK"]);
    // Not without a role speaking beside it, nor a word that is no given name.
    assert!(found("MARK: fragile\nHANDLE WITH CARE", "PERSON").is_empty());
    assert!(found("NOTE: call back\nCUSTOMER: ok", "PERSON").is_empty());
}

#[test]
fn speaker_labels_are_names_only_when_the_lists_know_them() {
    assert_eq!(found("Maria: hi, my parcel is late\nAgent: sorry!", "PERSON"), vec!["Maria"]);
    let form = "Melding: NL-7781\nKlantnummer: 60019822\nOmschrijving: pakket niet ontvangen";
    assert!(found(form, "PERSON").is_empty());
    assert!(found("Atendente: Bom dia!\nCliente: oi", "PERSON").is_empty());
    assert!(found("Cellulare: 352 999 7348\nContratto: 1002-4481-77\nMotivo: voltura", "PERSON").is_empty());
}

#[test]
fn not_names() {
    for t in [
        "Will you mark this as read?",
        "Grace period ends soon",
        "Please call 6033391 today",
        "The Brown leather bag",
        "Order Status Update",
        "Hi team, thanks!",
        "Bank of America charged me",
        "I live on Maria Street",
        "Agent: Sorry about that! May I have your registered mobile?",
        "Agent: Will do.",
        "Customer: perfect, please set it up under PO 77-2024-118",
        "Dev-support: For Amex testing use 3714496",
        "Operatore: Grazie, signora. Come posso aiutare?",
        "Cliente: hola, vivo en Cuenca y el paquete se quedó",
        "REQUEST UNDER SECTION 78 CONSUMER CREDIT ACT 1974",
    ] {
        assert_eq!(found(t, "PERSON"), Vec::<&str>::new(), "{t}");
    }
}

#[test]
fn nrp_and_age() {
    assert_eq!(found("I'm Catholic and", "NRP"), vec!["Catholic"]);
    assert_eq!(found("my wife is Polish", "NRP"), vec!["Polish"]);
    assert_eq!(found("do you speak German?", "NRP"), Vec::<&str>::new());
    assert_eq!(found("I'm 67 and retired", "AGE"), vec!["67"]);
    assert_eq!(found("a 7-year-old boy", "AGE"), vec!["7"]);
    assert_eq!(found("aged 45, lives alone", "AGE"), vec!["45"]);
    assert_eq!(found("I'm 5 minutes away", "AGE"), Vec::<&str>::new());
    // Ages given together, and an age in brackets after a relation.
    assert_eq!(found("children aged 7 and 9", "AGE"), vec!["7", "9"]);
    assert_eq!(found("my sons, aged 4, 7 and 12.", "AGE"), vec!["4", "7", "12"]);
    assert_eq!(found("my father (82) cannot use the app", "AGE"), vec!["82"]);
    assert_eq!(found("I'm 34 and 2 kids are waiting", "AGE"), vec!["34"]);
    // Years that say how long, not how old.
    assert_eq!(found("vivo aquí hace 3 años; tengo 54 años", "AGE"), vec!["54"]);
    assert_eq!(found("client depuis 12 ans et j'ai 67 ans", "AGE"), vec!["67"]);
    assert_eq!(found("Kunde seit 5 Jahre, ich bin 70 Jahre alt", "AGE"), vec!["70"]);
    // A language, even with `and` after it.
    assert_eq!(found("he speaks Bengali and some Hindi", "NRP"), Vec::<&str>::new());
    assert_eq!(found("my wife is Polish and so am I", "NRP"), vec!["Polish"]);
}

#[test]
fn nrp_after_subjects_and_before_nouns() {
    assert_eq!(found("as a Nigerian I expected better", "NRP"), vec!["Nigerian"]);
    assert_eq!(found("my wife is Filipino and we send money", "NRP"), vec!["Filipino"]);
    assert_eq!(found("hi, I'm Ji-ho Kim, Korean student in Seoul", "NRP"), vec!["Korean"]);
    // Things, languages and plain `is` do not describe a person.
    assert_eq!(found("the keyboard is a German one", "NRP"), Vec::<&str>::new());
    assert_eq!(found("is there a Spanish menu", "NRP"), Vec::<&str>::new());
    assert_eq!(found("the French press and the Thai curry kit", "NRP"), Vec::<&str>::new());
    assert_eq!(found("I'd like an Islamic savings account", "NRP"), Vec::<&str>::new());
    assert_eq!(found("we are a Jewish family", "NRP"), vec!["Jewish"]);
    assert_eq!(found("I'm a New Zealander on the special category visa", "NRP"), vec!["New Zealander"]);
    assert_eq!(found("she's a Canadian living abroad", "NRP"), vec!["Canadian"]);
    assert_eq!(found("I'm half Italian half Ghanaian, which one?", "NRP"), vec!["Italian", "Ghanaian"]);
    assert_eq!(found("I vote Labour but that shouldn't matter", "NRP"), vec!["Labour"]);
}

#[test]
fn nrp_in_other_languages() {
    assert_eq!(found("Elle est marocaine et demande un conseil", "NRP"), vec!["marocaine"]);
    assert_eq!(found("Bonjour,\nJe suis espagnole", "NRP"), vec!["espagnole"]);
    assert_eq!(found("Staatsangehörigkeit: deutsch, türkisch", "NRP"), vec!["deutsch", "türkisch"]);
    assert_eq!(found("My PAN is on file and I am Malayali", "NRP"), vec!["Malayali"]);
    // A language spoken, a surname.
    assert_eq!(found("Ich spreche deutsch und englisch", "NRP"), Vec::<&str>::new());
    assert_eq!(found("Dear Ms Deutsch, thanks", "NRP"), Vec::<&str>::new());
    assert_eq!(found("Cliente: soy libanesa y vivo aquí", "NRP"), vec!["libanesa"]);
    assert_eq!(found("mi novio es ruso pero habla inglés", "NRP"), vec!["ruso"]);
    assert_eq!(found("¿me lo puede enviar en ruso?", "NRP"), Vec::<&str>::new());
    assert_eq!(found("Ich bin Griechin und spreche kein Deutsch", "NRP"), vec!["Griechin"]);
}

#[test]
fn nrp_terms_of_several_words() {
    assert_eq!(found("Customer: I'm a Jehovah's Witness so no cards", "NRP"), vec!["Jehovah's Witness"]);
    assert_eq!(found("we are Jehovah’s Witnesses and", "NRP"), vec!["Jehovah’s Witnesses"]);
    assert_eq!(found("as a Seventh-day Adventist I rest on Saturdays", "NRP"), vec!["Seventh-day Adventist"]);
    assert_eq!(found("somos testigos de Jehová, gracias", "NRP"), vec!["testigos de Jehová"]);
    // The words of a nationality are no name.
    assert_eq!(found("my wife is Costa Rican and she pays", "NRP"), vec!["Costa Rican"]);
    assert_eq!(found("my wife is Costa Rican and she pays", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("he is Roman Catholic.", "NRP"), vec!["Roman Catholic"]);
    // A term of its own before a lower-case noun is the term alone.
    assert_eq!(found("I'm a member of the Labour party and", "NRP"), vec!["Labour"]);
    // A first word alone is nothing, and a name stays a name.
    assert_eq!(found("I spoke to Roman Castillo yesterday", "PERSON"), vec!["Roman Castillo"]);
    assert_eq!(found("I'm from Costa Mesa, California", "NRP"), Vec::<&str>::new());
}

#[test]
fn ages_after_subjects_and_relations() {
    assert_eq!(found("He is 81, partially sighted", "AGE"), vec!["81"]);
    assert_eq!(found("flag: cx is 88, hard of hearing", "AGE"), vec!["88"]);
    assert_eq!(found("Good afternoon, I am 71 and was told", "AGE"), vec!["71"]);
    assert_eq!(found("on behalf of my mother, 82, who lives alone", "AGE"), vec!["82"]);
    assert_eq!(found("Ich bin 67 und nicht gut mit Computern", "AGE"), vec!["67"]);
    assert_eq!(found("shes 79 she doesnt even use it", "AGE"), vec!["79"]);
    assert_eq!(found("I turn 60 next year", "AGE"), vec!["60"]);
    // Not ages: a quantity, a price, a count after a relation, a plain `is`.
    assert_eq!(found("she is 80 miles away", "AGE"), Vec::<&str>::new());
    assert_eq!(found("the total is 45.", "AGE"), Vec::<&str>::new());
    assert_eq!(found("the engineer, 3 times now", "AGE"), Vec::<&str>::new());
    assert_eq!(found("turn 90 degrees", "AGE"), Vec::<&str>::new());
    assert_eq!(found("Room is 12, second floor", "AGE"), Vec::<&str>::new());
    assert_eq!(found("My father passed away last week, he was 84.", "AGE"), vec!["84"]);
    assert_eq!(found("the bike is for ages 8 to 12", "AGE"), Vec::<&str>::new());
    assert_eq!(found("suitable for ages 3-5", "AGE"), Vec::<&str>::new());
    // A relative's name, a name between commas, another language's unit or label.
    assert_eq!(found("Our daughter Manaia is 12.", "AGE"), vec!["12"]);
    assert_eq!(found("My dad, Gary Whitman, is 77 and lives alone.", "AGE"), vec!["77"]);
    assert_eq!(found("Meu nome é João, tenho 67 anos e moro em Recife.", "AGE"), vec!["67"]);
    assert_eq!(found("Nom : El Amrani\nÂge : 52", "AGE"), vec!["52"]);
    assert_eq!(found("moro aqui há 3 anos", "AGE"), Vec::<&str>::new());
    assert_eq!(found("Hi, Kovac, is 12 the right count?", "AGE"), Vec::<&str>::new());
}

#[test]
fn speakers_with_roles_companies_and_thanked_names() {
    assert_eq!(found("Support (Devon): Hi Carol", "PERSON"), vec!["Devon", "Carol"]);
    assert_eq!(found("[22:17] Atendente Rafael: Oi Camila, tudo bem?", "PERSON"), vec!["Rafael", "Camila"]);
    assert_eq!(found("Konsultant Michał: Dzień dobry", "PERSON"), vec!["Michał"]);
    // After the role's own colon comes what the speaker says.
    assert_eq!(found("Cliente: 1304-001 por favor\nAtendente: Combinado", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("[09:06] Support (Ngozi): Morning Femi, can you share it?", "PERSON"), vec!["Ngozi", "Femi"]);
    assert_eq!(found("Agent: you're chatting with Kirra. How can I help?", "PERSON"), vec!["Kirra"]);
    // A company greeted through its staff.
    assert_eq!(found("Hello Hookline team, we use your API.", "PERSON"), Vec::<&str>::new());
    assert_eq!(found("Dear Acme support,", "PERSON"), Vec::<&str>::new());
    // A name no list knows, thanked or signing at the end of a turn.
    assert_eq!(found("Customer: it worked!! thank u so much olu", "PERSON"), vec!["olu"]);
    assert_eq!(found("no thats it, thanks a million cathal", "PERSON"), vec!["cathal"]);
    for text in ["ok thanks again!", "cheers mate", "Saludos cordiales", "thanks lol", "thank you olu for the help"] {
        assert_eq!(found(text, "PERSON"), Vec::<&str>::new(), "{text}");
    }
}

#[test]
fn ages_in_more_ways() {
    assert_eq!(found("My younger sister Chloe is only 17, so", "AGE"), vec!["17"]);
    assert_eq!(found("Geburtsdatum: 3. Mai 1957, ich bin also 67.", "AGE"), vec!["67"]);
    assert_eq!(found("Jeg er 72 og kan ikke selv bære noget", "AGE"), vec!["72"]);
    assert_eq!(found("Jag heter Mikael Lindqvist, är 41 år och bor i Jönköping", "AGE"), vec!["41"]);
    assert_eq!(found("nazywam się Katarzyna Nowak, mam 36 lat.", "AGE"), vec!["36"]);
    assert_eq!(found("Da, vă rog, eu am 38 de ani și nu mă pricep", "AGE"), vec!["38"]);
    assert_eq!(found("levontak 189 990 Ft-ot. 62 éves vagyok, nem", "AGE"), vec!["62"]);
    assert_eq!(found("DOB: 04/09/2007\nAge at enrollment: 18", "AGE"), vec!["18"]);
    let form = "Date of birth: 12 November 1989     Age on 1 January 2024: 34\n- Alter: 30\nAge (years): 52";
    assert_eq!(found(form, "AGE"), vec!["34", "30", "52"]);
    // A label that does not start its line or column is a sentence's word.
    assert_eq!(found("the age of the account: 12 days", "AGE"), Vec::<&str>::new());
    // Durations and other labels are no ages.
    assert_eq!(found("jag har bott här i 5 år", "AGE"), Vec::<&str>::new());
    assert_eq!(found("Order at 14:02: 18", "AGE"), Vec::<&str>::new());
    assert_eq!(found("it is only 17 minutes away", "AGE"), Vec::<&str>::new());
}

#[test]
fn speakers_roles_and_forms_of_address() {
    let p = "PERSON";
    // A lower-case given name labelling a chat line, after a timestamp or alone; not a
    // word that is also a name (`dev:`), nor a label that is no name.
    assert_eq!(found("12:31 - kayla: hi\n12:32 - Agent: hello", p), vec!["kayla"]);
    assert_eq!(found("1:14 pm sneha: yes it is", p), vec!["sneha"]);
    assert_eq!(found("dev: deploy finished\nnote: call back", p), Vec::<&str>::new());
    assert_eq!(found("18:03 Conseiller – Yanis : bonjour", p), vec!["Yanis"]);
    // Co-workers' and replies' words in other languages stay out of the name.
    assert_eq!(found("danke, dass Ihr Kollege Marek kam", p), vec!["Marek"]);
    assert_eq!(found("Tack. Teknikern Mikael Lindqvist kommer", p), vec!["Mikael Lindqvist"]);
    assert_eq!(found("[09:31] Assistente Rui: Olá", p), vec!["Rui"]);
    assert_eq!(found("ruf meinen Mann Tobias an", p), vec!["Tobias"]);
    // Pets, and words that address someone without naming them.
    assert_eq!(found("a claim for my cat Oliver last week", p), Vec::<&str>::new());
    assert_eq!(found("Chinedu Okeke: Good evening ma", p), vec!["Chinedu Okeke"]);
    assert_eq!(found("CUSTOMER: Hello love", p), Vec::<&str>::new());
}

#[test]
fn surname_first_in_capitals() {
    let p = "PERSON";
    assert_eq!(found("Your insured is listed as KOWALSKI, Adam, IL DL", p), vec!["KOWALSKI, Adam"]);
    assert_eq!(found("Name (Last, First, MI): PRZYBYLSKI, Thomas J\nDOB", p), vec!["PRZYBYLSKI, Thomas J"]);
    // A city before a country is a place.
    assert_eq!(found("PARIS, France", p), Vec::<&str>::new());
    // A prefix before the capitals; after a name's label, given names in capitals too.
    assert_eq!(found("Account: McALLISTER, William | Owner", p), vec!["McALLISTER, William"]);
    assert_eq!(found("Guest Name: NAIR, ANIL KUMAR\nMobile", p), vec!["NAIR, ANIL KUMAR"]);
    assert_ne!(found("Ref: NAIR, ANIL KUMAR", p), vec!["NAIR, ANIL KUMAR"]);
}

#[test]
fn ages_and_nrp_in_descriptions() {
    assert_eq!(found("My mother-in-law (76) lives with us", "AGE"), vec!["76"]);
    assert_eq!(found("my kids are 15, 12, 9 and the baby is 10 months.", "AGE"), vec!["15", "12", "9"]);
    assert_eq!(found("Beller: 9 juli 1941. Ze is 82.", "AGE"), vec!["82"]);
    assert_eq!(found(r#"{"full_name":"jadwiga nowak","age":"82","dob":"x"}"#, "AGE"), vec!["82"]);
    assert_eq!(found("mod.profile stated_age=21 display_name=x", "AGE"), vec!["21"]);
    let household = "Household members: Rosa (self, 40), Héctor Villalobos (spouse, 43)";
    assert_eq!(found(household, "AGE"), vec!["40", "43"]);
    assert_eq!(found("His profile says he is 58, American.", "NRP"), vec!["American"]);
    assert_eq!(found("Client: Marie-Claude Joseph, 29, Haitian", "NRP"), vec!["Haitian"]);
    assert_eq!(found("Mire, yo soy republicano.", "NRP"), vec!["republicano"]);
    assert_eq!(found("Sono valdese, non cattolica", "NRP"), vec!["valdese", "cattolica"]);
    // A thing after a number is not described (`2 pizzas, Italian` has no name or age).
    assert_eq!(found("Order 2 pizzas, Italian.", "NRP"), Vec::<&str>::new());
}

#[test]
fn a_nationality_after_its_label_in_any_language() {
    let deed = "jubilada, de nacionalidad estadounidense, nacida el 21 de enero de 1958";
    assert_eq!(found(deed, "NRP"), vec!["estadounidense"]);
    assert_eq!(found("Richiedente: MORGAN Ashley, cittadina statunitense, tel.", "NRP"), vec!["statunitense"]);
    assert_eq!(found("de nacionalidade norte-americana, nascido em", "NRP"), vec!["norte-americana"]);
    // Not a placeholder, nor the next word of a sentence about it.
    assert!(found("Religion: none\nNext: 2", "NRP").is_empty());
    assert!(found("Agent: religion plays no part in opening an account", "NRP").is_empty());
    assert!(found("For proof of my citizenship I've attached my passport", "NRP").is_empty());
    // A key=value record, and a nationality of two words in JSON (no country).
    assert_eq!(found("customer=Hamdan Saeed\nnationality=Emirati\n", "NRP"), vec!["Emirati"]);
    let json = "{\"dob\": \"1988-02-14\", \"nationality\": \"Sri Lankan\"}";
    assert_eq!(found(json, "NRP"), vec!["Sri Lankan"]);
    assert!(found(json, "LOCATION").is_empty());
}

#[test]
fn surname_first_after_a_label_and_no_initial_in_a_commands_option() {
    let header = "From: Alvarez, Renata <ralvarez@pinnacletrust.com>";
    assert_eq!(found(header, "PERSON"), vec!["Alvarez, Renata"]);
    assert_eq!(found("member: Nguyen, Thanh Hoa   profile: PRF-1", "PERSON"), vec!["Nguyen, Thanh Hoa"]);
    // Without the label, two names side by side stay two.
    assert!(!found("thanks to Alvarez, Renata and Tom", "PERSON").contains(&"Alvarez, Renata"));
    assert!(found("curl -X POST https://api.example.com/v1/hooks", "PERSON").is_empty());
}

#[test]
fn initials_before_a_colon_or_comma_and_speakers_without_colons() {
    assert_eq!(found("Marisol R.: Hi, how are you\nCustomer: fine", "PERSON"), vec!["Marisol R."]);
    assert_eq!(found("thanks!\nMarcus T., Trust & Safety", "PERSON"), vec!["Marcus T."]);
    let reply = "Agent: Can I get your full name and date of birth?\nCustomer: jason t whitfield, 9/14/1988";
    assert_eq!(found(reply, "PERSON"), vec!["jason t whitfield"]);
    let call = "agent no worries can i grab your name\ncaller priya raman\nagent thanks";
    assert_eq!(found(call, "PERSON"), vec!["priya raman"]);
    // Not after a role word in the middle of a line, nor without the question.
    assert!(found("we told the caller priya raman was busy", "PERSON").is_empty());
    assert!(found("agent hello there\ncaller priya raman", "PERSON").is_empty());
}

#[test]
fn arabic_family_particles_messenger_senders_and_nordic_relations() {
    assert_eq!(found("Customer: Aisha Al Balushi, PNR K7XQ2M", "PERSON"), vec!["Aisha Al Balushi"]);
    assert_eq!(found("customer=Hamdan Saeed Al Falasi\nnationality=x", "PERSON"), vec!["Hamdan Saeed Al Falasi"]);
    // A messenger export's sender after its bracketed date and time, known or not.
    let export = "[21/05/25, 6:47 pm] Ravinesh: Namaste didi, did Mum land?";
    assert_eq!(found(export, "PERSON"), vec!["Ravinesh"]);
    assert!(found("[ticket 4471] Ravinesh: pending", "PERSON").is_empty());
    assert!(found("[05/03/24, 11:22:10] PowerCare Helpdesk: Namaste.", "PERSON").is_empty());
    // Greetings and labels of other languages are no part of the name after them.
    assert_eq!(found("Host: Bula Hamish! Vinaka for booking", "PERSON"), vec!["Hamish"]);
    assert_eq!(found("Notitie Sanne (fraudeteam), 12-06-2024", "PERSON"), vec!["Sanne"]);
    assert_eq!(found("Kund Birgitta Lund, 79 år, Västerås.", "PERSON"), vec!["Birgitta Lund"]);
    // A lower-case relation before a verb that is also a name.
    assert!(found("Also my dad will join later", "PERSON").is_empty());
    assert_eq!(found("Also my dad ron will join later", "PERSON"), vec!["ron"]);
}

#[test]
fn an_initial_glued_to_a_known_surname() {
    assert_eq!(found("assigned tech=K.Mensah status=open", "PERSON"), vec!["K.Mensah"]);
    assert_eq!(found("owner: J.Smith, prio 2", "PERSON"), vec!["J.Smith"]);
    // Abbreviations and a surname the lists do not know are no such pair.
    assert!(found("shipped to the U.S. yesterday", "PERSON").is_empty());
    assert!(found("see section A.Xyzzq for details", "PERSON").is_empty());
}

#[test]
fn a_relations_name_given_with_a_contraction() {
    let call = "caller: i'm ringing for my mum, her name's ayesha khan, she's eighty one";
    assert_eq!(found(call, "PERSON"), vec!["ayesha khan"]);
    assert_eq!(found("- Nom : GRANDJEAN Mathieu\n- Né le : 6 avril 1979", "PERSON"), vec!["GRANDJEAN Mathieu"]);
}

#[test]
fn venues_message_export_senders_and_pairs_of_ages() {
    // Places to eat and stay, and firms, named by their kind: no persons.
    assert!(found("My husband and I booked Maison Lucille for our anniversary", "PERSON").is_empty());
    assert!(found("Messagerie – Chez Marcel, bouchon lyonnais", "PERSON").is_empty());
    assert!(found("A: Servizio Clienti Ondaverde <assistenza@ondaverde.it>", "PERSON").is_empty());
    assert!(found("À : Service client Azur Télécom <sc@azur-telecom.fr>", "PERSON").is_empty());
    // A phone's message export heads each message with the sender, date and time.
    let export = "Rosa Aug 18, 2024 at 6:02 PM\nok I'm at the store\n\nMiguel Aug 18 at 6:04 PM\nthe box";
    assert_eq!(found(export, "PERSON"), vec!["Rosa", "Miguel"]);
    assert!(found("Kestrel Aug 18, 2024 at 6:11 PM\nKestrel: Your code is 220917.", "PERSON").is_empty());
    // Two ages joined by `and` in other languages share the unit after the second.
    assert_eq!(found("i suoceri e i bambini (6 e 9 anni). mia suocera", "AGE"), vec!["6", "9"]);
    assert_eq!(found("visser@gmail.com;kinderen 5 en 8", "AGE"), vec!["5", "8"]);
    assert_eq!(found("\"kids 4 and 9, high chair not needed\"", "AGE"), vec!["4", "9"]);
    assert!(found("we ordered 2 and 3 boxes", "AGE").is_empty());
    assert_eq!(found("Herr Dr. Friedrich Abendroth, 78 J., lebt allein", "AGE"), vec!["78"]);
}

#[test]
fn booking_names_replies_after_a_code_turkish_headers_and_ages() {
    // An airline's booking writes the surname, a slash, the given names and the title.
    let booking = "seats 22A/22B for HALL/JAMES MR and HALL/OLIVER MSTR.";
    assert_eq!(found(booking, "PERSON"), ["HALL/JAMES", "HALL/OLIVER"]);
    assert!(found("supports TCP/IP and AND/OR filters", "PERSON").is_empty());
    // The name after the code that opens a reply to `… and your name?`.
    let reply = "Agent: Can I have your booking reference and your name?\nVisitor: 8HQW3C, alex petrov\n";
    assert_eq!(found(reply, "PERSON"), ["alex petrov"]);
    // Turkish e-mail headers and thanks are no names; ages in `yaşında`.
    let header = "Kimden: Zeynep Aydın <z@example.com.tr>\nKime: destek@example.com\nTarih: 27 Mart 2024";
    assert_eq!(found(header, "PERSON"), ["Zeynep Aydın"]);
    assert_eq!(found("Temsilci Elif: Teşekkürler Emre Bey.", "PERSON"), ["Elif", "Emre"]);
    assert_eq!(found("Annem 76 yaşında, oğlum Kerem (6 yaşında)", "AGE"), ["76", "6"]);
    // A public body's name is no person's.
    assert!(found("Apply for a Blue Badge - Leeds City Council", "PERSON").is_empty());
}

#[test]
fn an_unknown_lower_case_name_after_my_name_is() {
    assert_eq!(found("good afternoon, my name is kavitha, how can i help", "PERSON"), vec!["kavitha"]);
    // A word of the language, or a question for the name, is no name.
    assert!(found("my name is wrong on the card", "PERSON").is_empty());
    assert!(found("agent: madam aapka naam bataiye", "PERSON").is_empty());
}

#[test]
fn generational_suffixes_and_the_filipino_ma() {
    assert_eq!(found("Regards,\nMark Anthony C. Reyes Jr.\nManila", "PERSON")[0], "Mark Anthony C. Reyes Jr.");
    assert_eq!(found("Dear Ma. Teresa L. Santos, thank you", "PERSON"), vec!["Ma. Teresa L. Santos"]);
    // A suffix only after a whole name, not a reference's numeral.
    assert_eq!(found("Contact Ana Lopez III today", "PERSON"), vec!["Ana Lopez III"]);
}

#[test]
fn german_nouns_before_and_around_names() {
    // A role written capitalised, as German writes nouns, is no part of the name.
    assert_eq!(found("Mieter Yusuf Demir meldet einen Schaden.", "PERSON"), vec!["Yusuf Demir"]);
    assert_eq!(
        found("Meine Ehefrau Gisela Schulte-Bräuning unterschreibt.", "PERSON"),
        vec!["Gisela Schulte-Bräuning"]
    );
    // Pronouns, a bank's compound name, a noun after a fused article: no names.
    assert!(found("anbei übersende ich Ihnen den Entwurf", "PERSON").is_empty());
    assert!(found("Konto bei der Zürcher Kantonalbank, BIC ZKBKCHZZ80A", "PERSON").is_empty());
    assert!(found("Das war im Jahr 2019, zum Krieg kam es nicht", "PERSON").is_empty());
    // A service's label before the agent's name in brackets.
    assert_eq!(found("Service (Paula): Guten Morgen!", "PERSON"), vec!["Paula"]);
}

#[test]
fn a_term_in_years_is_no_age() {
    assert!(found("Kunde wünscht 10 Jahre fest", "AGE").is_empty());
    assert!(found("Sollzins 3,61 % bei 15 Jahren Zinsbindung", "AGE").is_empty());
    assert_eq!(found("Er ist 41 Jahre alt", "AGE"), vec!["41"]);
}

#[test]
fn a_chat_exports_sender_before_a_team_tag() {
    assert_eq!(found("[12/03/2024, 09:14] Aiman (Rider BZX): Bos, parcel", "PERSON"), vec!["Aiman"]);
    assert_eq!(found("[21/3/24, 7:04:02 AM] Ravi Ops BZX: wah lau", "PERSON"), vec!["Ravi"]);
    assert_eq!(found("19/03/24 10.17 - Dewi CS Bazaro: Baik kak", "PERSON"), vec!["Dewi"]);
    // A business: tagged by a country, or by a team's word alone.
    assert!(found("[21/05/25, 6:47 pm] Brightcart UK: hello", "PERSON").is_empty());
    assert!(found("10:05 am - Kestrel Support: Hi, order ID please?", "PERSON").is_empty());
    // However long the message after the colon.
    let long = "[05.12.2024 20:32] Kätlin (Kinoteek): Tere! Vabandame, vaatame kohe üle, mis juhtus.";
    assert_eq!(found(long, "PERSON"), vec!["Kätlin"]);
    // A support desk or a CRM's activity before the bracket is no name.
    assert!(
        found("[18:20] Soporte (Andrea): ¡Hola! Soy de Tikko, ¿en qué te ayudo hoy?", "PERSON")
            .iter()
            .all(|n| *n != "Soporte")
    );
    assert!(found("[05/09/2024 10:00] Note (CRM): card read out over the phone for the deposit", "PERSON").is_empty());
}

#[test]
fn a_relation_after_a_dutch_or_portuguese_possessive() {
    assert_eq!(found("kunnen we zaterdag kijken? mijn vriend daan werkt doordeweeks", "PERSON"), vec!["daan"]);
    assert_eq!(found("o meu filho joão vai ligar amanhã", "PERSON"), vec!["joão"]);
    // A verb after the relation is no name.
    assert!(found("mijn man komt morgen", "PERSON").is_empty());
}

#[test]
fn a_lower_case_sender_repeated_on_timed_chat_lines() {
    let chat = "[10:02] tan wei ming: hi i order\n[10:03] agent: ok\n[10:04] tan wei ming: thanks";
    assert_eq!(found(chat, "PERSON"), vec!["tan wei ming", "tan wei ming"]);
    assert_eq!(
        found("11:03 agent brooke: Hi!\n11:04 cx: hey\n11:05 agent brooke: Great", "PERSON"),
        vec!["brooke", "brooke"]
    );
    // Roles, labels and ordinary words label lines too; a label said once may be anything.
    assert!(found("10:00 customer: a\n10:01 customer: b", "PERSON").is_empty());
    assert!(found("10:00 note: a\n10:01 note: b", "PERSON").is_empty());
    assert!(found("10:00 passageira: a\n10:01 passageira: b", "PERSON").is_empty());
    assert!(found("10:00 kez: hi\n10:01 agent: ok", "PERSON").is_empty());
}

#[test]
fn greek_names_in_greek_script() {
    assert_eq!(found("10:15 Σοφία: Καλημέρα σας! Είμαι η Σοφία.", "PERSON"), vec!["Σοφία", "Σοφία"]);
    let form = "Πελάτης: Ελένη Κωνσταντίνου\nΤηλ.: 697 318 2254";
    assert_eq!(found(form, "PERSON"), vec!["Ελένη Κωνσταντίνου"]);
    assert_eq!(found("ο τεχνικός μας, ο κ. Αριστείδης Μαυρίδης, θα έρθει", "PERSON"), vec!["Αριστείδης Μαυρίδης"]);
    // Greek words with a capital are no names.
    assert!(found("Καλημέρα σας! Ευχαριστώ πολύ.", "PERSON").is_empty());
}

#[test]
fn don_before_a_given_name_is_a_form_of_address() {
    assert_eq!(found("Agente: Don Ramón, por favor no envíe el número", "PERSON"), vec!["Ramón"]);
    assert_eq!(found("Gracias, don Francisco. ¿El número de la línea?", "PERSON"), vec!["Francisco"]);
    // Before a surname, Don is a given name.
    assert_eq!(found("My name is Don Johnson and I need help", "PERSON"), vec!["Don Johnson"]);
}

#[test]
fn a_speaker_named_in_brackets_after_a_role() {
    let chat = "Agent (tyler): Hi there, I'm Tyler with Shopvane.\nOPERATORE (Ciro): Servizio blocco carte.";
    assert_eq!(found(chat, "PERSON"), vec!["tyler", "Tyler", "Ciro"]);
    assert_eq!(found("Agente (Chloé) : Entrez-le dans le terminal", "PERSON"), vec!["Chloé"]);
    // A team, a bank in capitals or a word of the dictionary in the brackets is no name.
    // (Nor is anything in a text with no word before its bracket.)
    for text in
        ["Agent (Claims): Good morning!", "Agent (BPI): Bom dia", "Agent (Hope @ Castellano): hi", " (x): ", " ( ): "]
    {
        assert_eq!(found(text, "PERSON"), Vec::<&str>::new(), "{text}");
    }
}

#[test]
fn a_name_after_a_street_type_is_the_streets() {
    let it = "cliente: Corso Vittorio Emanuele II 94, int. 12, 10121 Torino (TO)";
    assert_eq!(found(it, "PERSON"), Vec::<&str>::new());
    assert_eq!(found(it, "LOCATION"), vec!["Corso Vittorio Emanuele II 94, int. 12, 10121 Torino (TO)"]);
    let pt = "It is Rua Dr. Francisco Sá Carneiro, lote 14, 8400-521 Lagoa. The old owner";
    assert_eq!(found(pt, "PERSON"), Vec::<&str>::new());
    assert_eq!(found(pt, "LOCATION"), vec!["Rua Dr. Francisco Sá Carneiro, lote 14, 8400-521 Lagoa"]);
}

#[test]
fn capitalised_romance_and_dutch_family_particles() {
    assert_eq!(found("Da: Alessandro De Luca <a.deluca@pec.it>", "PERSON"), vec!["Alessandro De Luca"]);
    assert_eq!(found("Cordiali saluti, Marta Lo Bue – Ufficio Reclami", "PERSON"), vec!["Marta Lo Bue"]);
    assert_eq!(found("Regards, Maria De La Cruz", "PERSON"), vec!["Maria De La Cruz"]);
    // A particle that ends the name is a surname of its own.
    assert_eq!(found("Regards, Deepak Das", "PERSON"), vec!["Deepak Das"]);
}

#[test]
fn a_lower_case_surname_that_is_a_place_ends_its_clause() {
    assert_eq!(found("la luce. sono chiara colombo, intestataria", "PERSON"), vec!["chiara colombo"]);
    // Going on in the sentence, a weak introduction takes no such word.
    assert_eq!(found("i'm chiara colombo bound tomorrow", "PERSON"), Vec::<&str>::new());
}

#[test]
fn the_last_words_of_a_firms_display_name() {
    for text in [
        "From: Tillpoint Tax Center <no-reply@tax.tillpoint.com>",
        "From: Kaimana Surf Wax <aloha@kaimanasurfwax.com>",
        "Business name/disregarded entity name: Pho Real Kitchen",
    ] {
        assert_eq!(found(text, "PERSON"), Vec::<&str>::new(), "{text}");
    }
    assert_eq!(found("From: Dr Jane Smith <jane@example.com>", "PERSON"), vec!["Jane Smith"]);
}

#[test]
fn a_chat_sender_after_the_half_of_the_day_and_a_bar() {
    let chat = "10:03 AM | sam k: link?\n10:05 AM | sam k: buyer is Frank";
    assert_eq!(found(chat, "PERSON"), vec!["sam k", "sam k", "Frank"]);
    // An agent's initials alone name no one.
    let notes = "01/09/2024 10:14 AM kp: spoke w/ them\n01/16/2024 3:40 PM kp: called back";
    assert_eq!(found(notes, "PERSON"), Vec::<&str>::new());
}

#[test]
fn a_speaker_in_square_brackets_after_a_role() {
    let text = "[Customer] the unit is leaking\n[Agent: Keoni] Aloha! Sorry to hear that.";
    assert_eq!(found(text, "PERSON"), vec!["Keoni"]);
    // A team is no speaker's name.
    assert_eq!(found("[Agent: Claims] we got it", "PERSON"), Vec::<&str>::new());
}

#[test]
fn accented_spanish_surnames_and_central_european_sign_offs() {
    assert_eq!(found("Gracias.\n\nSaludos,\nYaritza Colón Rivera\nTel. 555", "PERSON"), vec!["Yaritza Colón Rivera"]);
    assert_eq!(found("Díky.\n\nS pozdravem,\nJana Dvořák", "PERSON"), vec!["Jana Dvořák"]);
}

#[test]
fn a_name_after_got_it() {
    assert_eq!(found("Agent (Marisol): Got it, Dale. Next truck is Tuesday", "PERSON"), vec!["Marisol", "Dale"]);
}
