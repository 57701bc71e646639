/*
 * Someone else acts and we wait for it (CONTRACT "waiting-verb"): "Kunde meldet sich", "Herr Müller
 * ruft zurück", "Herrn Müller bitten, sich zu melden", "they will call back". Third person or an
 * infinitive with "zu" after a request: our own steps ("Herrn Müller zurückrufen", "Call back
 * Mrs. Jones", "Sich bei Herrn Meier melden") are infinitives or imperatives and stay out.
 */
const GAP = "(?: \\w+){0,4}";
// A separated particle ends its clause or comes before a reason: "ruft morgen zurück", "ruft nach dem Urlaub an".
const PARTICLE_END = "(?=\\s*$|\\s*[,.;:!(]| nach| wegen| wg| sobald| wenn| bis| ab)";

export const OTHERS_ACT = [
	`meldet${GAP} sich|melden sich|meldete sich|sich${GAP} zu melden|sich${GAP} zurueckzumelden|meldet sich zurueck`,
	`ruft${GAP} (?:zurueck|an)${PARTICLE_END}|rief${GAP} (?:zurueck|an)${PARTICLE_END}`,
	`gibt${GAP} bescheid|kommt${GAP} auf uns zu|schickt${GAP} (?:die )?rueckmeldung`,
	`(?:gets|will get|\\w+['’]ll get|to get) back to (?:us|me)|(?:will|\\w+['’]ll|to) call (?:us |me )?back|calls (?:us |me )?back`,
	`(?:will|\\w+['’]ll|to) (?:let us know|get in touch|reach out)|(?:lets us know|gets in touch|reaches out)|hear back`,
].join("|");
