// Search of minutes and papers with Pagefind, in the browser. Without JavaScript, or opened from a file
// (where browsers refuse to load the index), the page says so and the rest of the site works as before.
(function () {
  'use strict';
  var unavailable = document.getElementById('search-unavailable');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var input = document.getElementById('search-input');
  if (!unavailable || !status || !list || !input) return;
  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  if (window.location.protocol === 'file:') return;
  unavailable.hidden = true;
  if (!query.trim()) return;
  status.textContent = 'Searching for "' + query + '"...';
  var base = new URL('.', window.location.href);
  import(new URL('pagefind/pagefind.js', base).href)
    .then(function (pagefind) {
      return pagefind.options({ baseUrl: base.pathname }).then(function () {
        return pagefind.search(query);
      });
    })
    .then(function (search) {
      return Promise.all(search.results.slice(0, 30).map(function (r) { return r.data(); })).then(function (pages) {
        return { total: search.results.length, pages: pages };
      });
    })
    .then(function (found) {
      list.textContent = '';
      found.pages.forEach(function (page) {
        var item = document.createElement('li');
        var heading = document.createElement('h2');
        var link = document.createElement('a');
        link.href = page.url;
        link.textContent = (page.meta && page.meta.title) || page.url;
        heading.appendChild(link);
        var excerpt = document.createElement('p');
        // Pagefind's excerpt is text of our own pages, escaped, with <mark> around the words found.
        excerpt.innerHTML = page.excerpt;
        item.appendChild(heading);
        item.appendChild(excerpt);
        list.appendChild(item);
      });
      var shown = found.pages.length < found.total ? ' (the first ' + found.pages.length + ' are shown)' : '';
      status.textContent = found.total === 0
        ? 'Nothing found for "' + query + '".'
        : found.total + (found.total === 1 ? ' page' : ' pages') + ' found for "' + query + '"' + shown + '.';
    })
    .catch(function () {
      unavailable.hidden = false;
      status.textContent = 'Search could not be loaded.';
    });
})();
