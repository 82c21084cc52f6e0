// Every task of 50 ms or more (the browser reports no shorter ones), for the
// many-elements pages: the longest and how many, read back by the bench.
// Loaded as a classic script in <head>, before any other script.
window.benchLongestTask = 0;
window.benchLongTasks = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.benchLongestTask = Math.max(window.benchLongestTask, entry.duration);
    window.benchLongTasks += 1;
  }
}).observe({ type: 'longtask', buffered: true });
