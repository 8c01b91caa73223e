/**
 * Where one-shot commands leave their question-log rows (`npm run ask`: see PendingQuestionLog), one JSON
 * line each ({ kind, row }), for whoever opens bot.db next to move in. Apart from question-db.ts so that
 * a one-shot command doesn't load SQLite to know the name.
 */
export function pendingFile(file: string): string {
  return `${file}.pending`;
}
