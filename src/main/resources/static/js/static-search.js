/*
 * The search of a static export (shinchoku site export): no server answers /search there, so this
 * script searches the prebuilt index search-data.js (window.shinchokuSearch) in the browser.
 *
 * A word is found through its pairs of adjacent characters (the index), then checked whole in the
 * text. Results are ranked as the application ranks them: a word in a title counts most, then in
 * indicator names and departments, then in the section, the narrative texts and the plan's names;
 * each field's count is damped (the eighth mention adds little) and rarer words weigh more.
 * Words are separated by spaces; "…" keeps a phrase with its spaces; -word leaves out what has it.
 */
(function () {
  'use strict';

  var WEIGHTS = {t: 4, k: 2, d: 1.5, s: 1, x: 1, c: 1, o: 1, p: 1};
  var SNIPPET_FIELDS = ['x', 'k', 'd', 's'];
  var LIMIT = 100;
  var CONTEXT = 40;

  var section = document.getElementById('static-results');
  var data = window.shinchokuSearch;
  if (!section || !data) {
    return;
  }
  var root = section.getAttribute('data-root') || '';
  var grades = JSON.parse(section.getAttribute('data-grades') || '{}');
  var prepared = null;

  function norm(text) {
    return (text || '').normalize('NFKC').toLowerCase();
  }

  /** The words to find and to leave out, from what was typed. */
  function parse(query) {
    var words = {must: [], not: []};
    var re = /(-?)"([^"]*)"|(-?)(\S+)/g;
    var m;
    while ((m = re.exec(query)) !== null) {
      var negative = (m[1] || m[3]) === '-';
      var word = (m[2] !== undefined ? m[2] : m[4]).trim();
      if (word) {
        (negative ? words.not : words.must).push(word);
      }
    }
    return words;
  }

  function prepare() {
    prepared = data.docs.map(function (doc) {
      var fields = {};
      Object.keys(WEIGHTS).forEach(function (key) {
        fields[key] = norm(doc[key]);
      });
      return fields;
    });
  }

  function intersect(a, b) {
    var out = [];
    var i = 0;
    var j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) {
        out.push(a[i]);
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }

  /** The initiatives holding every pair of the word, or every initiative for a word of one character. */
  function candidates(word) {
    var chars = Array.from(word);
    var found = null;
    for (var i = 0; i + 1 < chars.length; i++) {
      if (/\s/.test(chars[i]) || /\s/.test(chars[i + 1])) {
        continue;
      }
      var list = data.grams[chars[i] + chars[i + 1]] || [];
      found = found === null ? list : intersect(found, list);
    }
    return found !== null ? found : data.docs.map(function (d, index) {
      return index;
    });
  }

  function count(text, word) {
    var n = 0;
    var at = text.indexOf(word);
    while (at >= 0) {
      n++;
      at = text.indexOf(word, at + word.length);
    }
    return n;
  }

  /** For each initiative holding the word: its damped, weighted count over the fields. */
  function matches(word) {
    var found = {};
    candidates(word).forEach(function (index) {
      var fields = prepared[index];
      var score = 0;
      Object.keys(WEIGHTS).forEach(function (key) {
        var tf = count(fields[key], word);
        score += WEIGHTS[key] * tf / (tf + 1.2);
      });
      if (score > 0) {
        found[index] = score;
      }
    });
    return found;
  }

  function search(query, filters) {
    var words = parse(norm(query));
    if (words.must.length === 0) {
      return null;
    }
    if (prepared === null) {
      prepare();
    }
    var total = data.docs.length;
    var perWord = words.must.map(matches);
    var excluded = words.not.map(matches);
    var results = [];
    Object.keys(perWord[0]).forEach(function (key) {
      var index = Number(key);
      var doc = data.docs[index];
      if (!perWord.every(function (m) { return key in m; })
          || excluded.some(function (m) { return key in m; })
          || (filters.organization && doc.o !== filters.organization)
          || (filters.plan && String(doc.pid) !== filters.plan)
          || (filters.grade && (doc.g || 'none') !== filters.grade)) {
        return;
      }
      var score = 0;
      perWord.forEach(function (m) {
        score += Math.log(1 + total / Object.keys(m).length) * m[key];
      });
      results.push({index: index, score: score});
    });
    results.sort(function (a, b) {
      return b.score - a.score || a.index - b.index;
    });
    return {results: results, words: words.must};
  }

  /** Text around the first word found, the words marked. */
  function snippet(doc, words) {
    for (var f = 0; f < SNIPPET_FIELDS.length; f++) {
      var shown = (doc[SNIPPET_FIELDS[f]] || '').normalize('NFKC');
      var lower = shown.toLowerCase();
      if (lower.length !== shown.length) {
        lower = shown;
      }
      for (var w = 0; w < words.length; w++) {
        var at = lower.indexOf(words[w]);
        if (at >= 0) {
          var from = Math.max(0, at - CONTEXT);
          var to = Math.min(shown.length, at + words[w].length + CONTEXT * 2);
          return mark((from > 0 ? '…' : '') + shown.slice(from, to) + (to < shown.length ? '…' : ''), words);
        }
      }
    }
    return null;
  }

  function mark(text, words) {
    var p = document.createElement('p');
    p.className = 'snippet';
    var lower = text.toLowerCase();
    var at = 0;
    while (at < text.length) {
      var next = -1;
      var word = '';
      words.forEach(function (w) {
        var i = lower.indexOf(w, at);
        if (i >= 0 && (next < 0 || i < next)) {
          next = i;
          word = w;
        }
      });
      if (next < 0 || lower.length !== text.length) {
        p.appendChild(document.createTextNode(text.slice(at)));
        break;
      }
      p.appendChild(document.createTextNode(text.slice(at, next)));
      var m = document.createElement('mark');
      m.textContent = text.slice(next, next + word.length);
      p.appendChild(m);
      at = next + word.length;
    }
    return p;
  }

  function span(text, className) {
    var s = document.createElement('span');
    s.textContent = text;
    if (className) {
      s.className = className;
    }
    return s;
  }

  function item(doc, words) {
    var li = document.createElement('li');
    var h3 = document.createElement('h3');
    var a = document.createElement('a');
    a.href = root + doc.u;
    if (doc.c) {
      a.appendChild(span(doc.c, 'code'));
      a.appendChild(document.createTextNode(' '));
    }
    a.appendChild(span(doc.t));
    h3.appendChild(a);
    li.appendChild(h3);
    var where = document.createElement('p');
    where.className = 'where';
    [span(doc.o), span(doc.p), span(doc.s, 'section')].forEach(function (s) {
      where.appendChild(s);
      where.appendChild(document.createTextNode(' '));
    });
    if (doc.g) {
      where.appendChild(span(doc.g + ' ' + (grades[doc.g] || ''), 'grade grade-' + doc.g));
    }
    li.appendChild(where);
    var text = snippet(doc, words);
    if (text) {
      li.appendChild(text);
    }
    return li;
  }

  function show(found) {
    var status = document.getElementById('static-status');
    var list = document.getElementById('static-hits');
    section.hidden = false;
    list.textContent = '';
    var n = found.results.length;
    if (n === 0) {
      status.textContent = section.getAttribute('data-none');
      return;
    }
    var shown = found.results.slice(0, LIMIT);
    status.textContent = section.getAttribute('data-count')
        .replace('{0}', n).replace('{1}', 1).replace('{2}', shown.length);
    shown.forEach(function (r) {
      list.appendChild(item(data.docs[r.index], found.words));
    });
  }

  var params = new URLSearchParams(window.location.search);
  var query = params.get('q') || '';
  var filters = {
    organization: params.get('organization') || '',
    plan: params.get('plan') || '',
    grade: params.get('grade') || ''
  };
  ['q', 'organization', 'plan', 'grade'].forEach(function (name) {
    var field = document.querySelector('main form [name="' + name + '"]');
    if (field && params.get(name) !== null) {
      field.value = params.get(name);
    }
  });
  var found = search(query, filters);
  if (found) {
    show(found);
  }
}());
