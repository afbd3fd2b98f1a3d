// A resumed interview (the hash names it: a reload, the tablet waking up) starts fetching the
// runner chunk before any other module of the app is evaluated (issue 17 item 9): the request
// then runs beside the app's start-up and the session read, not after them. main.tsx imports this
// module first and vite.config.ts gives it a chunk of its own, so it is evaluated first.
export const loadInterviewScreen = () => import('./screens/InterviewScreen');

export const runnerChunk = window.location.hash.startsWith('#/interview/') ? loadInterviewScreen() : undefined;
