// What each kind of result carries (its payload), one type per kind. Activities record and read
// payloads through these types; the record, the export and the report read them too. The
// shapes that check a payload at run time are in result-shapes.ts, one per kind, and a test
// keeps the two lists the same. Pure data: nothing here knows a component or a picture file.
import type { AgeBand } from './age';
import type { OptionKind } from './options';

/** The faces of a feelings check-in: three for ages 3–8 (happy, so-so, sad), five from 9. */
export const FEELINGS = ['very-happy', 'happy', 'so-so', 'sad', 'very-sad'] as const;
export type Feeling = (typeof FEELINGS)[number];

/** The circles around "me", closest first. */
export const RINGS = ['inner', 'middle', 'outer'] as const;
export type Ring = (typeof RINGS)[number];

/** The pictures a child can give a person in their circles. */
export const PERSON_PICTURES = [
  'woman',
  'man',
  'girl',
  'boy',
  'grandmother',
  'grandfather',
  'baby',
  'person'
] as const;
export type PersonPicture = (typeof PERSON_PICTURES)[number];

export interface Person {
  id: string;
  name: string;
  picture: PersonPicture;
}

/** Three houses: good things, worries, dreams. */
export const HOUSES = ['good', 'worries', 'dreams'] as const;
export type House = (typeof HOUSES)[number];

/** Who typed words into the record: the child, or the case manager word for word. */
export type TypedBy = 'child' | 'case-manager';

/** The sorting mat's two scales, each with three columns. */
export const SCALES = {
  feel: ['like', 'not-sure', 'dislike'],
  want: ['want', 'sometimes', 'dont-want']
} as const;
export type ScaleId = keyof typeof SCALES;
export type Column = (typeof SCALES)[ScaleId][number];

/** The sorting mat's cards. */
export const MAT_ITEM_IDS = [
  'home',
  'bed',
  'family',
  'friends',
  'play',
  'school',
  'doctor',
  'food',
  'language',
  'safe'
] as const;
export type MatItemId = (typeof MAT_ITEM_IDS)[number];

/** The likes-and-dislikes cards. */
export const LIKE_ITEM_IDS = [
  'music',
  'drawing',
  'reading',
  'cooking',
  'games',
  'dancing',
  'running',
  'cycling',
  'puzzles',
  'animals'
] as const;
export type LikeItem = (typeof LIKE_ITEM_IDS)[number];

/** "About me" questions (13 and over). */
export const ABOUT_ME_QUESTIONS = ['goodAt', 'enjoy', 'important', 'knowAboutMe'] as const;
export type AboutMeQuestion = (typeof ABOUT_ME_QUESTIONS)[number];

/** The buddies a young child can choose to play alongside them. */
export const BUDDIES = ['cat', 'dog', 'rabbit', 'bear', 'owl', 'turtle'] as const;
export type Buddy = (typeof BUDDIES)[number];

/** How well a teach-back answer shows an option was understood. */
export type Understanding = 'understood' | 'partly' | 'not-yet';

/** The teach-back questions (see teach-back.ts). */
export type QuestionId = 'where' | 'country' | 'who' | 'changes';

/** A feelings check-in; a declined one keeps only the moment. */
export interface FeelingPayload {
  /** The first check-in of the session or a later one. */
  moment: 'start' | 'end';
  feeling?: Feeling;
  scale?: 3 | 5;
}

/** A drawing the child finished (free, or on a prompt). */
export interface DrawingPayload {
  drawingId: string;
  /** How many marks were on the paper when the child finished. */
  marks: number;
  prompt?: string | null;
}

export interface BuddyPayload {
  buddy: Buddy;
}

export interface LikePayload {
  item: LikeItem;
  value?: 'like' | 'dislike';
}

export type AboutMePayload = Partial<Record<AboutMeQuestion, string>>;

export interface CirclePayload {
  person: Person;
  ring: Ring;
}

/** The result an explaining card records: what was shown, how, and in which version. */
export interface ExplainedPayload {
  option: OptionKind;
  band: AgeBand;
  lang: string;
  version: string;
  /** SHA-256 of the exact text shown. */
  textHash: string;
  /** How the card was read aloud, each time it was (none: read by the child or the adult). */
  readAloud: ('speech' | 'recording')[];
}

/** One teach-back answer. */
export interface TeachBackPayload {
  option: OptionKind;
  question: QuestionId;
  answer: string | string[];
  /** The child's own words, for "what would change for you?". */
  words?: string;
  /** The language the words are in. */
  lang?: string;
  understanding: Understanding;
  /** 1 for the first try, 2 after looking at the card again. */
  attempt: number;
}

export interface PlacementPayload {
  round: string;
  item: MatItemId;
  column?: Column | null;
  /** 3 or 2: how many columns the child saw. */
  points: 2 | 3;
}

export interface HousePayload {
  house: House;
  name: string;
  words: string;
  typedBy: TypedBy;
  drawingId: string;
  marks: number;
}

export interface RankEntry {
  kind: OptionKind;
  /** Same place as the entry above it. */
  tied: boolean;
}

export interface RankingPayload {
  order: RankEntry[];
  /** The same order as groups: groups[0] holds the options in first place. */
  groups: OptionKind[][];
}

export interface WordsPayload {
  text: string;
  typedBy: TypedBy;
  /** The language the words were said in. */
  language: string;
  /** A translation for the record, never mixed with the original. */
  translation?: string;
}

export interface VoicePermissionPayload {
  granted: boolean;
}

export interface VoicePayload {
  mediaId: string;
  durationMs: number;
}

export interface AssentCheckPayload {
  question: string;
  understood: boolean;
}

/** Result kind → its payload. Adding a kind: a line here and its shape in result-shapes.ts. */
export interface Payloads {
  feeling: FeelingPayload;
  drawing: DrawingPayload;
  buddy: BuddyPayload;
  like: LikePayload;
  'about-me': AboutMePayload;
  circle: CirclePayload;
  explained: ExplainedPayload;
  'teach-back': TeachBackPayload;
  placement: PlacementPayload;
  house: HousePayload;
  ranking: RankingPayload;
  words: WordsPayload;
  'voice-permission': VoicePermissionPayload;
  voice: VoicePayload;
  'assent-check': AssentCheckPayload;
}
export type ResultKind = keyof Payloads;
