// The Communiqué Search page: renders what the JSON API answers. It holds no search logic: every
// list, count, snippet and chart comes from /api/…, which prints what the commands print with
// --json. The whole state (query, filters, page, view) lives in the URL, so a page can be
// bookmarked and shared. Document text is only ever set as text; snippets are rebuilt from their
// text and <mark> elements alone.
'use strict';

(() => {
  const PAGE_SIZE = 10;
  // The deepest hit a page can reach (the API's SearchRequest.MAX_DEPTH); beyond it, download.
  const MAX_DEPTH = 10000;
  const FILTERS = ['speaker', 'org', 'topic', 'type'];
  const FACETS = [
    ['year', 'Year'],
    ['organization', 'Organisation'],
    ['speaker', 'Speaker'],
    ['topic', 'Topic'],
    ['type', 'Type'],
  ];
  const FACET_PARAMETER = { organization: 'org', speaker: 'speaker', topic: 'topic', type: 'type' };
  const CHIP_LABEL = {
    'said-by': 'said by',
    speaker: 'speaker',
    org: 'organisation',
    topic: 'topic',
    type: 'type',
    from: 'from',
    to: 'to',
  };

  let renderCount = 0;

  // ---- State in the URL ----

  function readState() {
    const p = new URLSearchParams(location.search);
    const state = {
      q: p.get('q') || '',
      'said-by': p.getAll('said-by'),
      from: p.get('from') || '',
      to: p.get('to') || '',
      sort: p.get('sort') || 'relevance',
      page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1),
      view: p.get('view') || 'results',
      id: p.get('id') || '',
      by: p.get('by') || 'year',
      group: p.get('group') || 'none',
      ksort: p.get('ksort') || 'left',
    };
    FILTERS.forEach((f) => {
      state[f] = p.getAll(f);
    });
    return state;
  }

  function stateUrl(s) {
    const p = queryParameters(s);
    if (s.sort !== 'relevance') p.set('sort', s.sort);
    if (s.page > 1) p.set('page', String(s.page));
    if (s.view !== 'results') p.set('view', s.view);
    if (s.view === 'doc' && s.id) p.set('id', s.id);
    if (s.by !== 'year') p.set('by', s.by);
    if (s.group !== 'none') p.set('group', s.group);
    if (s.ksort !== 'left') p.set('ksort', s.ksort);
    const text = p.toString();
    return text ? '?' + text : location.pathname;
  }

  /** The API parameters of the query and its filters, named like the command's options. */
  function queryParameters(s) {
    const p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    s['said-by'].forEach((v) => p.append('said-by', v));
    FILTERS.forEach((f) => s[f].forEach((v) => p.append(f, v)));
    if (s.from) p.set('from', s.from);
    if (s.to) p.set('to', s.to);
    return p;
  }

  function go(change) {
    const next = Object.assign(readState(), change);
    history.pushState(null, '', stateUrl(next));
    render();
  }

  // ---- Small DOM helpers: text is always text ----

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === null || value === undefined || value === false) return;
      if (name === 'class') node.className = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : String(value));
    });
    children.flat().forEach((child) => {
      if (child === null || child === undefined || child === false) return;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  /** A link inside the page: an ordinary link, followed without a reload. */
  function nav(change, ...children) {
    const next = Object.assign(readState(), change);
    return el('a', { href: stateUrl(next), 'data-nav': '' }, ...children);
  }

  /**
   * A snippet as the API sends it (document text HTML-escaped, matches in <mark>), rebuilt from
   * its text and its marks only: whatever else the string held could never become an element.
   */
  function marked(html, tag) {
    const parsed = document.createElement('template');
    parsed.innerHTML = html;
    const out = el(tag || 'p', { class: 'snippet' });
    parsed.content.childNodes.forEach((node) => {
      if (node.nodeName === 'MARK') out.append(el('mark', {}, node.textContent));
      else out.append(document.createTextNode(node.textContent));
    });
    return out;
  }

  function clear(node) {
    node.replaceChildren();
    return node;
  }

  // ---- The API ----

  class ApiError extends Error {
    constructor(body, status) {
      super(body && body.error ? body.error : 'the server answered ' + status);
      this.position = body && typeof body.position === 'number' ? body.position : -1;
    }
  }

  async function api(path, parameters) {
    const response = await fetch('/api/' + path + '?' + parameters.toString());
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(body, response.status);
    return body;
  }

  // ---- Rendering ----

  async function render() {
    const mine = ++renderCount;
    const s = readState();
    document.getElementById('q').value = s.q;
    document.getElementById('said-by').value = s['said-by'].join('; ');
    document.getElementById('from').value = s.from;
    document.getElementById('to').value = s.to;
    document.querySelectorAll('.views button').forEach((b) => {
      b.setAttribute('aria-pressed', String(b.dataset.view === s.view));
    });
    document.body.dataset.view = s.view;
    document.title = 'Communiqué Search';
    document.getElementById('q').removeAttribute('aria-invalid');
    renderChips(s);
    showError(null);
    document.getElementById('suggestion').hidden = true;
    const stale = () => mine !== renderCount;
    try {
      if (s.view === 'doc') await renderDocument(s, stale);
      else if (s.view === 'trend') await renderTrend(s, stale);
      else if (s.view === 'kwic') await renderKwic(s, stale);
      else await renderResults(s, stale);
    } catch (e) {
      if (stale()) return;
      clear(document.getElementById('view'));
      document.getElementById('status').textContent = '';
      showError(e);
    }
    if (!stale()) {
      document.body.dataset.rendered = String(mine);
      // For measuring: the first mark is the page's first meaningful render.
      performance.mark('communique-rendered');
    }
  }

  function showError(error) {
    const box = document.getElementById('error');
    if (!error) {
      box.hidden = true;
      box.textContent = '';
      return;
    }
    box.hidden = false;
    box.textContent = error.message;
    const q = document.getElementById('q');
    if (error.position >= 0) {
      q.setAttribute('aria-invalid', 'true');
      q.focus();
      q.setSelectionRange(error.position, Math.min(q.value.length, error.position + 1));
    }
  }

  function renderChips(s) {
    const chips = clear(document.getElementById('chips'));
    const add = (name, value, change) => {
      chips.append(
        el(
          'button',
          {
            type: 'button',
            class: 'chip',
            'aria-label': 'Remove the filter ' + CHIP_LABEL[name] + ': ' + value,
            onclick: () => go(Object.assign({ page: 1 }, change)),
          },
          el('span', {}, CHIP_LABEL[name] + ': ' + value),
          el('span', { 'aria-hidden': 'true', class: 'x' }, '×'),
        ),
      );
    };
    ['said-by', ...FILTERS].forEach((name) =>
      s[name].forEach((value) => add(name, value, { [name]: s[name].filter((v) => v !== value) })),
    );
    if (s.from) add('from', s.from, { from: '' });
    if (s.to) add('to', s.to, { to: '' });
  }

  function setStatus(text) {
    document.getElementById('status').textContent = text;
  }

  function describe(s) {
    if (!s.q) return 'all communiqués';
    return /^".*"$/.test(s.q) ? s.q : '“' + s.q + '”';
  }

  async function renderResults(s, stale) {
    const p = queryParameters(s);
    p.set('sort', s.sort);
    p.set('limit', String(PAGE_SIZE));
    p.set('offset', String((s.page - 1) * PAGE_SIZE));
    p.set('passages', '2');
    p.set('facets', FACETS.map((f) => f[0]).join(','));
    p.set('facet-limit', '8');
    p.set('markup', 'html');
    // In "said by" mode, a panel names who else speaks these words.
    const [results, who] = await Promise.all([
      api('search', p),
      s.q && s['said-by'].length > 0 ? whoTalks(s).catch(() => null) : Promise.resolve(null),
    ]);
    if (stale()) return;
    const view = clear(document.getElementById('view'));
    const first = results.total === 0 ? 0 : results.offset + 1;
    const last = results.offset + results.hits.length;
    if (results.total === 0) {
      setStatus('No communiqués match ' + describe(s) + '.');
    } else if (results.hits.length === 0) {
      setStatus(results.total + ' communiqués match ' + describe(s) + '; page ' + s.page + ' is past the last.');
    } else {
      setStatus(results.total + ' communiqués match ' + describe(s) + ' (showing ' + first + '–' + last + ').');
    }
    suggest(results.suggestion);
    view.append(toolbar(s));
    if (who) view.append(who);
    const list = el('ol', { class: 'hits', start: first || 1 });
    results.hits.forEach((hit, i) => list.append(hitItem(hit, first + i, s)));
    view.append(list);
    view.append(pager(s, results.total));
    renderFacets(s, results.facets || {});
  }

  function suggest(suggestion) {
    const box = document.getElementById('suggestion');
    if (!suggestion) return;
    box.hidden = false;
    clear(box).append('Did you mean ', nav({ q: suggestion, page: 1 }, el('em', {}, suggestion)), '?');
  }

  function toolbar(s) {
    const sort = el('select', { id: 'sort', onchange: (e) => go({ sort: e.target.value, page: 1 }) });
    [
      ['relevance', 'Relevance'],
      ['date', 'Newest first'],
      ['date-asc', 'Oldest first'],
    ].forEach(([value, label]) => sort.append(el('option', { value, selected: value === s.sort }, label)));
    const download = (format, label) => {
      const p = queryParameters(s);
      if (s.sort !== 'relevance') p.set('sort', s.sort);
      p.set('format', format);
      return el('a', { class: 'button', id: 'download-' + format, href: '/api/export?' + p, download: '' }, label);
    };
    return el(
      'div',
      { class: 'toolbar' },
      el('label', { for: 'sort' }, 'Sort by '),
      sort,
      el('span', { class: 'downloads' }, 'Download all hits: ', download('csv', 'CSV'), ' ', download('jsonl', 'JSON Lines')),
    );
  }

  function hitItem(hit, rank, s) {
    const meta = [hit.date, hit.organization, (hit.speakers || []).join(', ')].filter((x) => x);
    const item = el(
      'li',
      { class: 'hit', 'data-id': hit.id },
      el('span', { class: 'rank', 'aria-hidden': 'true' }, String(rank)),
      el('h2', { class: 'title' }, nav({ view: 'doc', id: hit.id }, hit.title || hit.id)),
      el(
        'p',
        { class: 'meta' },
        meta.join(' · '),
        hit.copies > 0 ? el('span', { class: 'copies' }, ' · ' + hit.copies + (hit.copies === 1 ? ' copy' : ' copies')) : null,
      ),
    );
    // In "said by" mode the matching turns are the snippets that count.
    const turnsShown = hit.turns && hit.turns.length;
    if (!turnsShown) (hit.snippets || []).forEach((snippet) => item.append(marked(snippet)));
    if (turnsShown) {
      const turns = el('ul', { class: 'turns', 'aria-label': 'Matching turns' });
      hit.turns.forEach((turn) =>
        turns.append(
          el(
            'li',
            { class: 'turn' },
            el('strong', {}, turn.speaker + (turn.role ? ', ' + turn.role : '') + ' (turn ' + turn.index + '): '),
            marked(turn.snippet, 'span'),
          ),
        ),
      );
      item.append(turns);
    }
    return item;
  }

  function pager(s, total) {
    const pages = Math.max(1, Math.ceil(Math.min(total, MAX_DEPTH) / PAGE_SIZE));
    const bar = el('nav', { class: 'pager', 'aria-label': 'Pages' });
    if (s.page > 1) bar.append(nav({ page: s.page - 1 }, '← Previous'));
    bar.append(el('span', {}, 'Page ' + s.page + ' of ' + pages));
    if (s.page < pages) bar.append(nav({ page: s.page + 1 }, 'Next →'));
    if (s.page > pages) bar.append(nav({ page: pages }, 'Last page'));
    return bar;
  }

  async function whoTalks(s) {
    const p = queryParameters(s);
    p.delete('said-by');
    p.set('limit', '8');
    const who = await api('who', p);
    const panel = el('section', { class: 'who', 'aria-labelledby': 'who-heading' });
    panel.append(el('h2', { id: 'who-heading' }, 'Who talks about this'));
    const list = el('ul', {});
    who.people.forEach((person) =>
      list.append(
        el(
          'li',
          {},
          nav({ 'said-by': [person.speaker], page: 1 }, person.speaker),
          ' ' + person.count + (person.count === 1 ? ' turn' : ' turns') + ' in ' + person.documents + (person.documents === 1 ? ' release' : ' releases'),
        ),
      ),
    );
    if (!who.people.length) list.append(el('li', {}, 'Nobody named speaks these words.'));
    panel.append(list);
    return panel;
  }

  function renderFacets(s, facets) {
    const side = clear(document.getElementById('facets'));
    FACETS.forEach(([field, label]) => {
      const values = facets[field] || [];
      if (!values.length) return;
      const list = el('ul', {});
      values.forEach(({ value, count }) => {
        const active =
          field === 'year' ? s.from === value && s.to === value : s[FACET_PARAMETER[field]].includes(value);
        // A click on an active value removes it again.
        const others = field === 'year' ? [] : s[FACET_PARAMETER[field]].filter((v) => v !== value);
        const change =
          field === 'year'
            ? active
              ? { from: '', to: '', page: 1 }
              : { from: value, to: value, page: 1 }
            : { [FACET_PARAMETER[field]]: active ? others : [...others, value], page: 1 };
        list.append(
          el(
            'li',
            {},
            el(
              'button',
              {
                type: 'button',
                class: 'facet',
                'data-field': field,
                'data-value': value,
                'aria-pressed': String(active),
                onclick: () => go(change),
              },
              el('span', { class: 'value' }, value || '(none)'),
              el('span', { class: 'count' }, String(count)),
            ),
          ),
        );
      });
      side.append(el('section', { class: 'facet-group', 'aria-label': label }, el('h2', {}, label), list));
    });
  }

  async function renderTrend(s, stale) {
    clear(document.getElementById('facets'));
    const p = queryParameters(s);
    p.set('by', s.by);
    if (s.group !== 'none') p.set('group', s.group);
    const trend = await api('trend', p);
    if (stale()) return;
    const view = clear(document.getElementById('view'));
    setStatus('How often ' + describe(s) + ' appears, by ' + s.by + (s.group !== 'none' ? ', grouped by ' + s.group : '') + '.');
    const select = (id, label, value, options, key) =>
      el(
        'span',
        { class: 'control' },
        el('label', { for: id }, label + ' '),
        el(
          'select',
          { id, onchange: (e) => go({ [key]: e.target.value }) },
          options.map(([v, text]) => el('option', { value: v, selected: v === value }, text)),
        ),
      );
    view.append(
      el(
        'div',
        { class: 'toolbar' },
        select('trend-by', 'Period', s.by, [['year', 'Year'], ['month', 'Month']], 'by'),
        select(
          'trend-group',
          'Lines',
          s.group,
          [['none', 'One line'], ['speaker', 'By speaker'], ['organization', 'By organisation'], ['topic', 'By topic'], ['type', 'By type']],
          'group',
        ),
      ),
    );
    const svg = new URLSearchParams(p);
    svg.set('format', 'svg');
    svg.set('width', '960');
    svg.set('height', '480');
    view.append(
      el(
        'figure',
        { class: 'chart' },
        el('img', { id: 'trend-chart', src: '/api/trend?' + svg, width: 960, height: 480, alt: 'Line chart: ' + describe(s) + ' by ' + s.by + '; the table below gives the figures.' }),
      ),
    );
    const grouped = s.group !== 'none';
    const table = el(
      'table',
      { class: 'trend-rows' },
      el('caption', {}, 'Matching releases per ' + s.by),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, s.by === 'year' ? 'Year' : 'Month'), grouped ? el('th', { scope: 'col' }, 'Group') : null, el('th', { scope: 'col' }, 'Count'), el('th', { scope: 'col' }, 'Of all'), el('th', { scope: 'col' }, 'Share'))),
    );
    const body = el('tbody', {});
    trend.rows.forEach((row) =>
      body.append(
        el(
          'tr',
          {},
          el('td', {}, row.period),
          grouped ? el('td', {}, row.group || '') : null,
          el('td', { class: 'num' }, String(row.count)),
          el('td', { class: 'num' }, String(row.total)),
          el('td', { class: 'num' }, (100 * row.share).toFixed(1) + '%'),
        ),
      ),
    );
    table.append(body);
    view.append(table);
  }

  async function renderKwic(s, stale) {
    clear(document.getElementById('facets'));
    if (!s.q) {
      clear(document.getElementById('view'));
      setStatus('Type words to search: the concordance lists each place they occur.');
      return;
    }
    const p = queryParameters(s);
    p.set('sort', s.ksort);
    p.set('limit', '200');
    const kwic = await api('kwic', p);
    if (stale()) return;
    const view = clear(document.getElementById('view'));
    setStatus(kwic.total + ' occurrences of ' + describe(s) + ' in ' + kwic.documents + ' communiqués' + (kwic.lines.length < kwic.total ? ' (showing ' + kwic.lines.length + ')' : '') + '.');
    view.append(
      el(
        'div',
        { class: 'toolbar' },
        el('label', { for: 'kwic-sort' }, 'Sort lines by '),
        el(
          'select',
          { id: 'kwic-sort', onchange: (e) => go({ ksort: e.target.value }) },
          [['left', 'Words before'], ['right', 'Words after'], ['date', 'Date'], ['doc', 'Release']].map(([v, t]) => el('option', { value: v, selected: v === s.ksort }, t)),
        ),
      ),
    );
    const table = el(
      'table',
      { class: 'kwic' },
      el('caption', {}, 'Concordance of ' + describe(s)),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', class: 'left' }, 'Before'), el('th', { scope: 'col' }, 'Match'), el('th', { scope: 'col' }, 'After'), el('th', { scope: 'col' }, 'Release'))),
    );
    const body = el('tbody', {});
    kwic.lines.forEach((line) =>
      body.append(
        el(
          'tr',
          {},
          el('td', { class: 'left' }, el('span', { class: 'ltr' }, line.left)),
          el('td', { class: 'keyword' }, el('mark', {}, line.keyword)),
          el('td', { class: 'right' }, line.right),
          el('td', { class: 'source' }, nav({ view: 'doc', id: line.id }, (line.date || '') + ' ' + (line.title || line.id))),
        ),
      ),
    );
    table.append(body);
    view.append(table);
  }

  async function renderDocument(s, stale) {
    clear(document.getElementById('facets'));
    const similarParameters = new URLSearchParams({ id: s.id, limit: '5', passages: '0' });
    const [doc, similar] = await Promise.all([
      api('show/' + encodeURIComponent(s.id), new URLSearchParams({ turns: 'true' })),
      api('similar', similarParameters).catch(() => ({ hits: [] })),
    ]);
    if (stale()) return;
    const view = clear(document.getElementById('view'));
    setStatus('');
    const article = el('article', { class: 'document', 'data-id': doc.id });
    article.append(nav({ view: 'results', id: '' }, '← Back to the results'));
    article.append(el('h2', { class: 'doc-title' }, doc.title || doc.id));
    const facts = el('dl', { class: 'facts' });
    const fact = (term, value) => {
      if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return;
      facts.append(el('dt', {}, term), el('dd', {}, Array.isArray(value) ? value.join(', ') : String(value)));
    };
    fact('Date', doc.date);
    fact('Organisation', doc.organization);
    fact('Speakers', doc.speakers);
    fact('Roles', doc.roles);
    fact('Topics', doc.topics);
    fact('Type', doc.type);
    fact('Source', doc.source);
    if (/^https?:\/\//i.test(doc.source || '')) {
      // Only a web address becomes a link; any other source stays text.
      const dd = facts.lastChild;
      clear(dd).append(el('a', { href: doc.source, rel: 'noopener noreferrer' }, doc.source));
    }
    fact('Id', doc.id);
    article.append(facts);
    const speaking = (doc.turns || []).length > 1 || (doc.turns || []).some((t) => t.speaker && t.speaker !== '(question)');
    if (speaking) {
      article.append(el('h3', {}, 'Turns'));
      const turns = el('ol', { class: 'script', start: 0 });
      doc.turns.forEach((turn) =>
        turns.append(
          el(
            'li',
            { class: 'turn' },
            el('p', { class: 'speaker' }, (turn.speaker || 'no one') + (turn.role ? ', ' + turn.role : '') + ' (turn ' + turn.index + ')'),
            paragraphs(turn.text),
          ),
        ),
      );
      article.append(turns);
    } else {
      article.append(el('div', { class: 'body' }, paragraphs(doc.body)));
    }
    if (doc.copySources && doc.copySources.length) {
      article.append(el('h3', {}, 'Copies of this release'), el('ul', { class: 'copies' }, doc.copySources.map((c) => el('li', {}, c))));
    }
    article.append(el('h3', {}, 'Similar releases'));
    const list = el('ul', { class: 'similar' });
    similar.hits.forEach((hit) => list.append(el('li', {}, nav({ view: 'doc', id: hit.id }, hit.title || hit.id), ' ' + (hit.date || ''))));
    if (!similar.hits.length) list.append(el('li', {}, 'None found.'));
    article.append(list);
    view.append(article);
    document.title = (doc.title || doc.id) + ' · Communiqué Search';
  }

  function paragraphs(text) {
    return (text || '')
      .split(/\n\s*\n/)
      .filter((part) => part.trim())
      .map((part) => el('p', {}, part.trim()));
  }

  // ---- Speaker names as the "said by" box is typed: the index's own values, most frequent first ----

  let speakerLookup = 0;
  let speakerTimer = null;

  function suggestSpeakers(e) {
    clearTimeout(speakerTimer);
    speakerTimer = setTimeout(() => lookUpSpeakers(e), 150);
  }

  async function lookUpSpeakers(e) {
    const typed = e.target.value.split(';').pop().trim();
    const mine = ++speakerLookup;
    if (typed.length < 2) {
      clear(document.getElementById('speaker-names'));
      return;
    }
    const answer = await api('values', new URLSearchParams({ field: 'speaker', prefix: typed, limit: '8' })).catch(
      () => null,
    );
    if (!answer || mine !== speakerLookup) return;
    const before = e.target.value.includes(';') ? e.target.value.slice(0, e.target.value.lastIndexOf(';') + 1) + ' ' : '';
    clear(document.getElementById('speaker-names')).append(
      ...answer.values.map((v) => el('option', { value: before + v.value }, v.value + ' (' + v.count + ')')),
    );
  }

  // ---- Wiring ----

  document.addEventListener('click', (e) => {
    const link = e.target.closest('a[data-nav]');
    if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    history.pushState(null, '', link.getAttribute('href'));
    render();
    document.getElementById('main').focus();
  });

  window.addEventListener('popstate', render);

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      document.getElementById('q').removeAttribute('aria-invalid');
      const saidBy = document
        .getElementById('said-by')
        .value.split(';')
        .map((v) => v.trim())
        .filter((v) => v);
      const view = readState().view === 'doc' ? 'results' : readState().view;
      go({ q: document.getElementById('q').value.trim(), 'said-by': saidBy, page: 1, view, id: '' });
    });
    document.getElementById('dates').addEventListener('submit', (e) => {
      e.preventDefault();
      go({ from: document.getElementById('from').value.trim(), to: document.getElementById('to').value.trim(), page: 1 });
    });
    document.querySelectorAll('.views button').forEach((b) =>
      b.addEventListener('click', () => go({ view: b.dataset.view, id: '' })),
    );
    document.getElementById('said-by').addEventListener('input', suggestSpeakers);
    render();
  });
})();
