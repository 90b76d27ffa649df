/**
 * Short forms whose full stop ends no sentence: "Mr. Smith", "Sec. 5", "No. 3", "e.g. the", "Pte.
 * Ltd.". Read by the parser (where a title's sentence stops) and by the concern rules (where a
 * clause's sentences end): one list, so that both cut a text alike.
 */
export const ABBREVIATION = /^\(?(mr|mrs|ms|dr|prof|no|nos|art|arts|sec|secs|para|paras|ch|vol|stat|inc|ltd|pte|pty|bhd|sdn|co|corp|st|jr|sr|fig|vs|cf|pp?|e\.g|i\.e|etc|viz|approx)$/iu;
