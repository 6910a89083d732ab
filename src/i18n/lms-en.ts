/**
 * English words for playing inside a company's learning platform (src/lms). en.ts includes them as
 * `lms`, so the Dutch twin (lms-nl.ts) must have exactly these keys.
 */
export const lmsEn = {
  /** Opened outside an LMS (or the LMS offers no SCORM connection). */
  noLms:
    'This course is not connected to a learning platform, so your progress is not being recorded. You can still play.',
  /** The LMS stopped answering or refused what the game sent. */
  lmsFailed:
    'Your learning platform stopped answering, so your progress is not being recorded from here on. You can still play.',
};
