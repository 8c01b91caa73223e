// Function words, and words every recruiter question carries ("has he", "experience", "worked"),
// which say nothing about which passage answers.
const english = `a about above after again all also am an and any are as at be been before being both but by can could
did do does doing done during each ever never for from had has have having he her here him his how i if in into is it
its just know knows me more most my no nor not of on once only or other our out over own please same she should so
some such than that the their them then there these they this those through to too under until up us very was we were
what when where whereabouts which while who whom why will with would you your yours tell told there anything something
someone candidate candidates profile cv resume person guy experience experienced worked work working works job jobs
role roles used use using uses any ever hands-on handson kind sort lot way ways deal dealt handle handled handling
employer employers lack lacks lacking
involved involve familiar comfortable level good strong skill skills background knowledge exposure really every things
thing stuff many much few several lots least less quite rather whether also etc maybe perhaps actually currently
across around within without between among via per upon onto toward towards behind beyond against e g eg ie roughly
approximately approx overall write writes writing wrote written exactly precisely concretely specifically basically
tldr similar comparable alike isn aren wasn weren doesn didn hasn haven hadn wouldn couldn shouldn theirs ours hers
himself herself itself themselves ourselves yourself myself mission missions gig gigs pls plz thx thanks thank tks
thks tysm cheers bloke chap dude fella proficient proficiency fluent fluently concrete tick ticks req reqs requisition
requisitions submittal submittals apart aside besides except excluding still else side`;

const french = `a ai ainsi alors au aucun aucune aussi autre aux avait avec avez avoir ce ceci cela celle celui ces cet
cette chez comme comment dans de des deja du elle elles en encore est et etait ete etre eu fait faire fois il ils je
la le les leur leurs lui ma mais me meme mes moi mon ne ni nos notre nous on ou par pas peu peut plus pour pourquoi
qu que quel quelle quelles quels qui sa sans se ses si son sont sur ta te tes toi ton tous tout toute toutes tu un
une vos votre vous y candidat candidate profil personne experience experiences travaille travaillé travailler
travail t quoi quand connait connaissance connaissances utilise utilisé utiliser deja déjà eu fait faire
utilisait utilisais utilisent utilisez utilisant travaillait travaillais connaissait
competences competence niveau vers sous entre pendant durant avant apres contre parmi selon malgre jusqu jusque
hors hormis sauf dont lors ici bosse bosser bossait bosses bossais environ approximativement globalement
pratique pratiquer pratiqué gere gerer gerait geres gerez non concretement exactement precisement vraiment
reellement effectivement specifiquement quelque part pareil similaire similaires comparable comparables
dispose disposez disposer disposait possede posseder possedez detient mission missions job jobs
svp stp merci maitrise maitriser maitrisait maitrisez puis pis jamais
sait sais savez savoir savait saurait sauriez pourrait pourriez pouvez peux pouvait capable capables vrai
concret concrete concrets concretes toujours cote plutot employeur employeurs`;

function fold(list: string): Set<string> {
  return new Set(
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((w) =>
        w
          .normalize("NFKD")
          .replace(/\p{M}+/gu, "")
          .toLowerCase(),
      ),
  );
}

/** Folded stopwords of both languages: questions mix them ("has he used Spark à Decathlon ?"). */
export const STOPWORDS: ReadonlySet<string> = new Set([...fold(english), ...fold(french)]);

/**
 * Words that say what kind of answer a question wants ("when", "how long", "combien de temps"),
 * not what it is about; the retriever reads them as intent, so they are not matched as content.
 */
export const QUESTION_INTENT: ReadonlySet<string> = fold(`when since long start started starting begin began join joined
left leave year years yr yrs month months date dates period duration length time ongoing current biggest main best
largest hardest toughest trickiest
quand depuis combien temps actuel actuelle actuels actuelles actuellement aujourd hui
duree periode annee annees mois commence arrive passe debut mid january february march april june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec janvier fevrier mars avril mai
juin juillet aout septembre octobre novembre decembre janv fevr avr juil sector sectors industry industries secteur
secteurs domaine domain domains vs versus monday tuesday wednesday thursday friday saturday sunday weekend lundi mardi
mercredi jeudi vendredi samedi dimanche requirement requirements exigence exigences critere criteres criterion
criteria`);
