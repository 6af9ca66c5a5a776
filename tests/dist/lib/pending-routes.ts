/**
 * Routes the shared layout already links to but that other open issues build (issue 5: province
 * pages and comparison tables; issue 7: updates page and RSS feed). A link into one of these is
 * reported as a warning, not a failure, only while the target is missing: once the page exists,
 * its links and anchors are checked like any other. Delete an entry when its issue is merged.
 */
export const pendingRoutes: readonly string[] = ['/updates/', '/rss.xml'];
