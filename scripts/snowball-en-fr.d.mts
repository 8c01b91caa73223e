/** The English and French stemmers of snowball-stemmers' source alone; null when its layout is not the expected one. */
export function trimSnowball(source: string): string | null;
