/* culturedipl report: builds every panel from the JSON rows of culturedipl.report.report_data.
 * Rows are arrays; the indexes below name their fields. Offsets count code points. */
(function () {
  "use strict";

  // The data: JSON, gzipped and in base64 (report.py), unpacked by the browser itself.
  function load() {
    var packed = atob(document.getElementById("report-data").textContent.trim());
    var bytes = new Uint8Array(packed.length);
    for (var i = 0; i < packed.length; i++) { bytes[i] = packed.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }
  load().then(start, function (error) {
    document.getElementById("filter-status").textContent = "This report's data could not be read: " + error;
    throw error;
  });

function start(data) {

  var A = { id: 0, source: 1, url: 2, outlet: 3, title: 4, published: 5, officials: 6, segments: 7 };
  var P = { name: 0, countries: 1, titles: 2 };
  var M = { article: 0, date: 1, people: 2, countries: 3, host: 4, start: 5, end: 6, id: 7 };
  var S = { article: 0, date: 1, act: 2, speakers: 3, addressees: 4, initiatives: 5,
            start: 6, end: 7, id: 8, countries: 9 };
  var I = { article: 0, name: 1, kind: 2, initiator: 3, mentions: 4, start: 5, end: 6, id: 7 };

  // Okabe-Ito: colours that stay apart for the colour-blind
  var BLUE = "#0072B2", SKY = "#56B4E9", VERMILLION = "#D55E00", ORANGE = "#E69F00", GREY = "#999999";
  var PERSON_NODES = 150;   // the person network shows the people with most meetings
  var PAGE = 100;           // evidence rows shown at a time
  var LABELLED = 30;        // network nodes named on the chart (all have hover text)
  var CONFIG = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["toImage"] };

  var articles = data.articles, people = data.people, meetings = data.meetings,
      statements = data.statements, initiatives = data.initiatives, names = data.countries;

  var state = { filter: null, networkBy: "country", evidenceShown: PAGE, invitationsShown: PAGE };

  // -- small helpers -------------------------------------------------------
  function $(id) { return document.getElementById(id); }
  function number(n) { return n.toLocaleString("en"); }
  function countryLabel(code) { return names[code] ? names[code] + " (" + code + ")" : code; }
  function personName(p) { return p < 0 ? "" : people[p][P.name]; }
  function escapeHtml(text) {
    return String(text).replace(/[&]/g, "&amp;").replace(/[<]/g, "&lt;").replace(/[>]/g, "&gt;");
  }
  function cell(row, text, className) {
    var td = document.createElement("td");
    td.textContent = text;
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }
  function setCount(name, value) {
    var nodes = document.querySelectorAll('[data-count="' + name + '"]');
    for (var i = 0; i < nodes.length; i++) { nodes[i].textContent = value; }
  }
  function datesText(dates) {
    var known = dates.filter(function (d) { return d; }).sort();
    if (!known.length) { return "undated"; }
    if (known.length <= 6) { return known.join(", "); }
    return known[0] + " … " + known[known.length - 1] + " (" + known.length + " dates)";
  }

  // -- the filter ----------------------------------------------------------
  function keepMeeting(m) {
    var f = state.filter;
    if (!f) { return true; }
    return f.kind === "country" ? m[M.countries].indexOf(f.value) >= 0 : m[M.people].indexOf(f.value) >= 0;
  }
  function keepStatement(s) {
    var f = state.filter;
    if (!f) { return true; }
    if (f.kind === "country") { return s[S.countries].indexOf(f.value) >= 0; }
    return s[S.speakers].indexOf(f.value) >= 0 || s[S.addressees].indexOf(f.value) >= 0;
  }
  function filterLabel(f) {
    return f.kind === "country" ? countryLabel(f.value) : personName(f.value);
  }
  function filterKey(f) { return f ? f.kind + ":" + f.value : ""; }
  function setFilter(f) {
    state.filter = f;
    state.evidenceShown = PAGE;
    state.invitationsShown = PAGE;
    $("filter").value = filterKey(f);
    if (f && f.kind === "country") {
      $("partner-country").value = f.value;
    } else if (f && f.kind === "person" && people[f.value][P.countries]) {
      var own = people[f.value][P.countries].split(" ")[0];
      if (partnerCountries().indexOf(own) >= 0) { $("partner-country").value = own; }
    }
    renderFiltered();
  }

  function fillFilterSelect() {
    var select = $("filter");
    var countries = partnerCountries();
    var groupC = document.createElement("optgroup");
    groupC.label = "Countries";
    countries.forEach(function (code) {
      var option = new Option(countryLabel(code), "country:" + code);
      groupC.appendChild(option);
    });
    select.appendChild(groupC);
    var counts = personMeetingCounts();
    var ranked = Object.keys(counts).map(Number).sort(function (a, b) {
      return personName(a).localeCompare(personName(b));
    });
    var groupP = document.createElement("optgroup");
    groupP.label = "People in meetings";
    ranked.forEach(function (p) {
      var country = people[p][P.countries];
      groupP.appendChild(new Option(personName(p) + (country ? " (" + country + ")" : ""), "person:" + p));
    });
    select.appendChild(groupP);
    select.addEventListener("change", function () {
      var value = select.value;
      if (!value) { setFilter(null); return; }
      var colon = value.indexOf(":");
      var kind = value.slice(0, colon), rest = value.slice(colon + 1);
      setFilter({ kind: kind, value: kind === "person" ? Number(rest) : rest });
    });
    $("clear-filter").addEventListener("click", function () { setFilter(null); });
  }

  // -- aggregates (the same as culturedipl.query's) ------------------------
  function countryMeetingCounts() {
    var counts = {};
    meetings.forEach(function (m) {
      m[M.countries].forEach(function (c) { counts[c] = (counts[c] || 0) + 1; });
    });
    return counts;
  }
  function personMeetingCounts() {
    var counts = {};
    meetings.forEach(function (m) {
      unique(m[M.people]).forEach(function (p) { counts[p] = (counts[p] || 0) + 1; });
    });
    return counts;
  }
  function unique(list) {
    return list.filter(function (x, i) { return list.indexOf(x) === i; });
  }
  function partnerCountries() {
    return Object.keys(countryMeetingCounts()).sort(function (a, b) {
      return countryLabel(a).localeCompare(countryLabel(b));
    });
  }
  function partnersOf(country) {  // culturedipl.query.partners
    var counts = {};
    meetings.forEach(function (m) {
      if (m[M.countries].indexOf(country) < 0) { return; }
      m[M.countries].forEach(function (c) {
        if (c !== country) { counts[c] = (counts[c] || 0) + 1; }
      });
    });
    return Object.keys(counts).map(function (c) { return [c, counts[c]]; }).sort(function (x, y) {
      return y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
    });
  }
  function invitationsOf(kept) {  // culturedipl.query.invitations
    var rows = [];
    kept.forEach(function (s) {
      if (s[S.act] !== "invite") { return; }
      var invitees = s[S.addressees].length ? s[S.addressees] : [-1];
      var named = s[S.initiatives].length ? s[S.initiatives] : [-1];
      s[S.speakers].forEach(function (speaker) {
        invitees.forEach(function (invitee) {
          named.forEach(function (initiative) {
            rows.push({ statement: s, inviter: personName(speaker), invitee: personName(invitee),
                        initiative: initiative < 0 ? "" : initiatives[initiative][I.name] });
          });
        });
      });
    });
    return rows;
  }

  // -- evidence: the sentence with the record's span highlighted ------------
  function evidenceBlock(articleIndex, start, end) {
    var article = articles[articleIndex];
    var box = document.createElement("div");
    box.className = "evidence-text";
    var quote = document.createElement("blockquote");
    var segments = article[A.segments];
    var found = null;
    for (var i = 0; i < segments.length; i++) {
      var points = Array.from(segments[i][1]);
      if (segments[i][0] <= start && end <= segments[i][0] + points.length) {
        found = [segments[i][0], points];
        break;
      }
    }
    if (found) {
      var offset = found[0], chars = found[1];
      quote.appendChild(document.createTextNode((offset > 0 ? "… " : "") + chars.slice(0, start - offset).join("")));
      var mark = document.createElement("mark");
      mark.textContent = chars.slice(start - offset, end - offset).join("");
      mark.setAttribute("data-article", article[A.id]);
      mark.setAttribute("data-start", start);
      mark.setAttribute("data-end", end);
      quote.appendChild(mark);
      quote.appendChild(document.createTextNode(chars.slice(end - offset).join("") + " …"));
    } else {
      quote.textContent = "(no text kept for this record)";
    }
    box.appendChild(quote);
    var source = document.createElement("p");
    source.className = "source";
    var parts = [article[A.outlet], article[A.title], article[A.published]].filter(Boolean);
    source.appendChild(document.createTextNode((parts.length ? parts.join(" · ") + " · " : "") +
      "source: " + (article[A.source] || "(none)") + " · article " + article[A.id]));
    if (article[A.url]) {
      source.appendChild(document.createTextNode(" · "));
      var link = document.createElement("a");
      link.href = article[A.url];
      link.rel = "noreferrer noopener";
      link.textContent = article[A.url];
      source.appendChild(link);
    }
    box.appendChild(source);
    return box;
  }
  var toggles = 0;
  function evidenceButton(row, columns, articleIndex, start, end) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "show-evidence";
    button.textContent = "Show";
    button.setAttribute("aria-expanded", "false");
    var id = "evidence-" + (++toggles);
    button.setAttribute("aria-controls", id);
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") === "true";
      if (open) {
        var shown = document.getElementById(id);
        if (shown) { shown.parentNode.removeChild(shown); }
        button.setAttribute("aria-expanded", "false");
        button.textContent = "Show";
        return;
      }
      var detail = document.createElement("tr");
      detail.className = "sentence";
      detail.id = id;
      var td = document.createElement("td");
      td.colSpan = columns;
      td.appendChild(evidenceBlock(articleIndex, start, end));
      detail.appendChild(td);
      row.parentNode.insertBefore(detail, row.nextSibling);
      button.setAttribute("aria-expanded", "true");
      button.textContent = "Hide";
    });
    var td = document.createElement("td");
    td.appendChild(button);
    row.appendChild(td);
    return button;
  }

  // -- panels ----------------------------------------------------------------
  function renderSummary() {
    var outlets = {}, dates = [], officials = 0;
    articles.forEach(function (a) {
      if (a[A.outlet]) { outlets[a[A.outlet]] = true; }
      if (a[A.published]) { dates.push(a[A.published]); }
      officials += a[A.officials];
    });
    dates.sort();
    setCount("articles", number(articles.length));
    setCount("outlets", number(Object.keys(outlets).length));
    setCount("dates", dates.length ? dates[0] + " – " + dates[dates.length - 1] : "undated");
    setCount("officials", number(officials));
    setCount("people", number(data.people_total));
    setCount("meetings", number(meetings.length));
    setCount("statements", number(statements.length));
    setCount("initiatives", number(initiatives.length));
  }

  function renderActs(kept) {
    var counts = {};
    kept.forEach(function (s) { counts[s[S.act]] = (counts[s[S.act]] || 0) + 1; });
    var acts = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); });
    var body = $("acts-table").tBodies[0];
    body.textContent = "";
    acts.forEach(function (act) {
      var row = body.insertRow();
      cell(row, act);
      cell(row, number(counts[act]), "num");
      row.setAttribute("data-act", act);
    });
    Plotly.react("acts-plot", [{
      type: "bar", orientation: "h", y: acts.slice().reverse(),
      x: acts.map(function (a) { return counts[a]; }).reverse(),
      marker: { color: BLUE }, hovertemplate: "%{y}: %{x}<extra></extra>"
    }], { margin: { l: 80, r: 10, t: 10, b: 30 }, xaxis: { title: { text: "statements" } } }, CONFIG);
  }

  // The network: nodes, weighted edges and a Fruchterman-Reingold layout, laid out once per mode.
  var networks = {};
  function buildNetwork(by) {
    var counts = by === "country" ? countryMeetingCounts() : personMeetingCounts();
    var keys = Object.keys(counts).map(function (k) { return by === "person" ? Number(k) : k; });
    keys.sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0); });
    if (by === "person") { keys = keys.slice(0, PERSON_NODES); }
    var index = {};
    keys.forEach(function (k, i) { index[k] = i; });
    var edges = {}, nodeDates = keys.map(function () { return []; });
    var nodeMeetings = keys.map(function () { return []; });
    meetings.forEach(function (m, mi) {
      var members = unique(by === "country" ? m[M.countries] : m[M.people]).filter(function (k) {
        return k in index;
      });
      members.forEach(function (k) { nodeDates[index[k]].push(m[M.date]); nodeMeetings[index[k]].push(mi); });
      for (var x = 0; x < members.length; x++) {
        for (var y = x + 1; y < members.length; y++) {
          var i = index[members[x]], j = index[members[y]];
          var key = Math.min(i, j) + "-" + Math.max(i, j);
          if (!edges[key]) { edges[key] = { i: Math.min(i, j), j: Math.max(i, j), count: 0, dates: [] }; }
          edges[key].count += 1;
          edges[key].dates.push(m[M.date]);
        }
      }
    });
    var list = Object.keys(edges).map(function (k) { return edges[k]; });
    return { by: by, keys: keys, counts: keys.map(function (k) { return counts[k]; }),
             dates: nodeDates, meetingsOf: nodeMeetings, edges: list, pos: layout(keys.length, list) };
  }
  function layout(n, edges) {
    var pos = [], i, j;
    for (i = 0; i < n; i++) {  // a deterministic start: a spiral
      var angle = i * 2.399963, radius = Math.sqrt((i + 0.5) / Math.max(n, 1));
      pos.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
    }
    if (n < 2) { return pos; }
    var k = Math.sqrt(1 / n), steps = 200;
    for (var step = 0; step < steps; step++) {
      var temperature = 0.1 * (1 - step / steps), shift = pos.map(function () { return [0, 0]; });
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          var dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
          var d2 = Math.max(dx * dx + dy * dy, 1e-6), f = (k * k) / d2;
          shift[i][0] += dx * f; shift[i][1] += dy * f;
          shift[j][0] -= dx * f; shift[j][1] -= dy * f;
        }
      }
      edges.forEach(function (e) {
        var dx = pos[e.i][0] - pos[e.j][0], dy = pos[e.i][1] - pos[e.j][1];
        var d = Math.sqrt(dx * dx + dy * dy) + 1e-9, f = d / k * Math.sqrt(e.count);
        shift[e.i][0] -= dx * f; shift[e.i][1] -= dy * f;
        shift[e.j][0] += dx * f; shift[e.j][1] += dy * f;
      });
      for (i = 0; i < n; i++) {
        shift[i][0] -= pos[i][0] * 0.5; shift[i][1] -= pos[i][1] * 0.5;  // gravity holds parts together
        var length = Math.sqrt(shift[i][0] * shift[i][0] + shift[i][1] * shift[i][1]) + 1e-9;
        var move = Math.min(length, temperature);
        pos[i][0] += shift[i][0] / length * move;
        pos[i][1] += shift[i][1] / length * move;
      }
    }
    return pos;
  }
  function nodeLabel(net, i) {
    return net.by === "country" ? countryLabel(net.keys[i]) : personName(net.keys[i]);
  }
  function nodeHover(net, i) {
    var key = net.keys[i], lines = ["<b>" + escapeHtml(nodeLabel(net, i)) + "</b>"];
    if (net.by === "person") {
      var person = people[key];
      if (person[P.countries]) { lines.push(escapeHtml(person[P.countries].split(" ").map(countryLabel).join(", "))); }
      if (person[P.titles]) { lines.push(escapeHtml(person[P.titles])); }
    } else {
      var who = {};
      net.meetingsOf[i].forEach(function (mi) {
        meetings[mi][M.people].forEach(function (p) {
          if ((" " + people[p][P.countries] + " ").indexOf(" " + key + " ") >= 0) { who[personName(p)] = true; }
        });
      });
      var officials = Object.keys(who);
      if (officials.length) {
        lines.push(escapeHtml(officials.slice(0, 5).join(", ") + (officials.length > 5 ? " …" : "")));
      }
    }
    lines.push(net.counts[i] + " meeting" + (net.counts[i] === 1 ? "" : "s") + ": " + escapeHtml(datesText(net.dates[i])));
    return lines.join("<br>");
  }
  function renderNetwork() {
    var by = state.networkBy;
    if (!networks[by]) { networks[by] = buildNetwork(by); }
    var net = networks[by], f = state.filter, chosen = -1;
    if (f && f.kind === by) { chosen = net.keys.indexOf(f.value); }
    var neighbours = {};
    if (chosen >= 0) {
      net.edges.forEach(function (e) {
        if (e.i === chosen) { neighbours[e.j] = true; }
        if (e.j === chosen) { neighbours[e.i] = true; }
      });
    }
    var traces = [], byWidth = {};
    net.edges.forEach(function (e) {
      var width = Math.min(1 + Math.round(2 * Math.log2(e.count)), 9);
      (byWidth[width] = byWidth[width] || []).push(e);
    });
    Object.keys(byWidth).forEach(function (width) {
      var x = [], y = [];
      byWidth[width].forEach(function (e) {
        x.push(net.pos[e.i][0], net.pos[e.j][0], null);
        y.push(net.pos[e.i][1], net.pos[e.j][1], null);
      });
      traces.push({ type: "scatter", mode: "lines", x: x, y: y, hoverinfo: "skip", showlegend: false,
                    line: { width: Number(width), color: GREY }, name: "edges" });
    });
    traces.push({  // invisible points at the edges' middles carry their hover text
      type: "scatter", mode: "markers", name: "edge-info", showlegend: false,
      x: net.edges.map(function (e) { return (net.pos[e.i][0] + net.pos[e.j][0]) / 2; }),
      y: net.edges.map(function (e) { return (net.pos[e.i][1] + net.pos[e.j][1]) / 2; }),
      marker: { size: 10, color: "rgba(0,0,0,0)" },
      hovertemplate: "%{text}<extra></extra>",
      text: net.edges.map(function (e) {
        return escapeHtml(nodeLabel(net, e.i) + " – " + nodeLabel(net, e.j)) + "<br>" + e.count +
          " meeting" + (e.count === 1 ? "" : "s") + ": " + escapeHtml(datesText(e.dates));
      })
    });
    var most = Math.max.apply(null, net.counts.concat([1]));
    traces.push({
      type: "scatter", mode: "markers+text", name: "nodes",
      x: net.pos.map(function (p) { return p[0]; }), y: net.pos.map(function (p) { return p[1]; }),
      customdata: net.keys, showlegend: false,
      // labels on the LABELLED busiest nodes (the keys are sorted, most meetings first)
      text: net.keys.map(function (k, i) {
        return i >= LABELLED && i !== chosen ? "" : by === "country" ? k : nodeLabel(net, i);
      }),
      textposition: "top center", textfont: { size: 11 },
      hovertext: net.keys.map(function (k, i) { return nodeHover(net, i); }), hoverinfo: "text",
      marker: {
        size: net.counts.map(function (c) { return 8 + 32 * Math.sqrt(c / most); }),
        color: net.keys.map(function (k, i) {
          if (chosen < 0) { return BLUE; }
          return i === chosen ? VERMILLION : neighbours[i] ? ORANGE : SKY;
        }),
        line: { width: 1, color: "#ffffff" }
      }
    });
    var axis = { visible: false, zeroline: false, showgrid: false };
    Plotly.react("network-plot", traces, {
      margin: { l: 10, r: 10, t: 10, b: 10 }, hovermode: "closest", dragmode: "pan",
      xaxis: axis, yaxis: Object.assign({ scaleanchor: "x" }, axis), showlegend: false
    }, CONFIG);
    var hint = by === "person" && net.keys.length === PERSON_NODES ?
      " Showing the " + PERSON_NODES + " people with most meetings." : "";
    $("network-plot").setAttribute("aria-label", "Network of who met whom: " + net.keys.length +
      (by === "country" ? " countries" : " people") + ", " + net.edges.length + " links." + hint);
  }
  function bindNetwork() {
    var plot = $("network-plot");
    plot.on("plotly_click", function (event) {
      var point = (event.points || []).filter(function (p) { return p.data.name === "nodes"; })[0];
      if (!point) { return; }
      var next = { kind: state.networkBy, value: point.customdata };
      setFilter(filterKey(next) === filterKey(state.filter) ? null : next);
    });
    var radios = document.querySelectorAll('input[name="network-by"]');
    for (var i = 0; i < radios.length; i++) {
      radios[i].addEventListener("change", function (event) {
        state.networkBy = event.target.value;
        renderNetwork();
      });
    }
  }

  function renderTimeline(kept) {
    var dated = meetings.filter(function (m) { return m[M.date]; }).map(function (m) { return m[M.date]; }).sort();
    var byYear = dated.length && Number(dated[dated.length - 1].slice(0, 4)) - Number(dated[0].slice(0, 4)) > 3;
    function period(date) { return byYear ? date.slice(0, 4) : date.slice(0, 7); }
    function countBy(list) {
      var counts = {};
      list.forEach(function (m) { if (m[M.date]) { counts[period(m[M.date])] = (counts[period(m[M.date])] || 0) + 1; } });
      return counts;
    }
    var all = countBy(meetings), some = countBy(kept);
    var periods = Object.keys(all).sort();
    var traces = [{ type: "bar", name: "all meetings", x: periods, marker: { color: "#BBBBBB" },
                    y: periods.map(function (p) { return all[p]; }) }];
    if (state.filter) {
      traces.push({ type: "bar", name: "meetings of " + filterLabel(state.filter), x: periods,
                    marker: { color: BLUE }, y: periods.map(function (p) { return some[p] || 0; }) });
    }
    Plotly.react("timeline-plot", traces, {
      barmode: "overlay", margin: { l: 40, r: 10, t: 10, b: 40 }, legend: { orientation: "h" },
      xaxis: { type: "category", title: { text: byYear ? "year" : "month" } },
      yaxis: { title: { text: "meetings" } }
    }, CONFIG);
    var undated = kept.filter(function (m) { return !m[M.date]; }).length;
    $("timeline-hint").textContent = "Meetings per " + (byYear ? "year" : "month") +
      (state.filter ? ": all of them (grey) and those of " + filterLabel(state.filter) + " (blue)." : ".") +
      (undated ? " " + undated + " undated meeting" + (undated === 1 ? " is" : "s are") + " left out." : "");
  }

  function renderPartners() {
    var select = $("partner-country"), country = select.value;
    var ranked = country ? partnersOf(country) : [];
    var body = $("partners-table").tBodies[0];
    body.textContent = "";
    ranked.forEach(function (pair, i) {
      var row = body.insertRow();
      row.setAttribute("data-country", pair[0]);
      cell(row, String(i + 1), "num");
      cell(row, countryLabel(pair[0]));
      cell(row, number(pair[1]), "num");
    });
    if (!ranked.length) {
      var empty = body.insertRow();
      cell(empty, "No partner met " + (country ? countryLabel(country) : "this country") + ".").colSpan = 3;
    }
    var top = ranked.slice(0, 15).reverse();
    Plotly.react("partners-plot", [{
      type: "bar", orientation: "h", y: top.map(function (p) { return countryLabel(p[0]); }),
      x: top.map(function (p) { return p[1]; }), marker: { color: ORANGE },
      hovertemplate: "%{y}: %{x} meetings<extra></extra>"
    }], { margin: { l: 160, r: 10, t: 10, b: 30 }, xaxis: { title: { text: "meetings" } } }, CONFIG);
  }
  function fillPartnerSelect() {
    var select = $("partner-country"), counts = countryMeetingCounts();
    partnerCountries().forEach(function (code) { select.appendChild(new Option(countryLabel(code), code)); });
    var top = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); })[0];
    if (top) { select.value = top; }
    select.addEventListener("change", renderPartners);
  }

  function renderInvitations(kept) {
    var rows = invitationsOf(kept);
    setCount("invitations", number(rows.length));
    var body = $("invitations-table").tBodies[0];
    body.textContent = "";
    rows.slice(0, state.invitationsShown).forEach(function (inv) {
      var s = inv.statement, row = body.insertRow();
      cell(row, s[S.date] || "undated");
      cell(row, inv.inviter);
      cell(row, inv.invitee || "—");
      cell(row, inv.initiative || "—");
      evidenceButton(row, 5, s[S.article], s[S.start], s[S.end]);
    });
    var more = $("invitations-more");
    more.hidden = rows.length <= state.invitationsShown;
    more.textContent = "Show " + Math.min(PAGE, rows.length - state.invitationsShown) +
      " more invitations (of " + number(rows.length) + ")";
  }
  function renderInitiatives(keptMeetings, keptStatements) {
    var inArticles = null;
    if (state.filter) {
      inArticles = {};
      keptMeetings.forEach(function (m) { inArticles[m[M.article]] = true; });
      keptStatements.forEach(function (s) { inArticles[s[S.article]] = true; });
    }
    var naming = {};
    keptStatements.forEach(function (s) {
      s[S.initiatives].forEach(function (i) { naming[i] = (naming[i] || 0) + 1; });
    });
    var groups = {}, order = [];
    initiatives.forEach(function (rec, i) {
      if (inArticles && !inArticles[rec[I.article]]) { return; }
      var key = rec[I.name].toLowerCase();
      if (!groups[key]) {
        groups[key] = { first: i, kind: rec[I.kind], initiator: "", mentions: 0, articles: {}, statements: 0 };
        order.push(key);
      }
      var g = groups[key];
      if (!g.initiator && rec[I.initiator]) { g.initiator = rec[I.initiator]; }
      g.mentions += rec[I.mentions];
      g.articles[rec[I.article]] = true;
      g.statements += naming[i] || 0;
    });
    order.sort(function (a, b) { return groups[b].mentions - groups[a].mentions || (a < b ? -1 : 1); });
    setCount("initiative-names", number(order.length));
    var body = $("initiatives-table").tBodies[0];
    body.textContent = "";
    order.forEach(function (key) {
      var g = groups[key], rec = initiatives[g.first], row = body.insertRow();
      var name = cell(row, rec[I.name]);
      if (rec[I.start] >= 0) {
        var open = document.createElement("button");
        name.appendChild(document.createTextNode(" "));
        name.appendChild(open);
        open.type = "button";
        open.className = "show-evidence";
        open.textContent = "Show";
        open.setAttribute("aria-label", "Show the first mention of " + rec[I.name]);
        open.setAttribute("aria-expanded", "false");
        open.addEventListener("click", function () {
          var next = row.nextSibling;
          if (next && next.className === "sentence") {
            next.parentNode.removeChild(next);
            open.setAttribute("aria-expanded", "false");
            return;
          }
          var detail = document.createElement("tr"), td = document.createElement("td");
          detail.className = "sentence";
          td.colSpan = 6;
          td.appendChild(evidenceBlock(rec[I.article], rec[I.start], rec[I.end]));
          detail.appendChild(td);
          row.parentNode.insertBefore(detail, row.nextSibling);
          open.setAttribute("aria-expanded", "true");
        });
      }
      cell(row, g.kind);
      cell(row, g.initiator || "—");
      cell(row, number(g.mentions), "num");
      cell(row, number(Object.keys(g.articles).length), "num");
      cell(row, number(g.statements), "num");
    });
  }

  function renderEvidence(keptMeetings, keptStatements) {
    var rows = keptMeetings.map(function (m) { return { m: m }; }).concat(
      keptStatements.map(function (s) { return { s: s }; }));
    function place(r) { var x = r.m || r.s; return [x[0], r.m ? x[M.start] : x[S.start], r.m ? 0 : 1]; }
    rows.sort(function (a, b) {
      var x = place(a), y = place(b);
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
    setCount("evidence", number(rows.length));
    var body = $("evidence-table").tBodies[0];
    body.textContent = "";
    rows.slice(0, state.evidenceShown).forEach(function (r) {
      var row = body.insertRow(), record = r.m || r.s;
      var article = articles[record[0]];
      row.setAttribute("data-article", article[A.id]);
      row.setAttribute("data-record", r.m ? record[M.id] : record[S.id]);
      cell(row, record[1] || "undated");
      if (r.m) {
        cell(row, "meeting");
        cell(row, record[M.people].map(function (p) {
          return personName(p) + (p === record[M.host] ? " (host)" : "");
        }).join(", "));
        cell(row, record[M.countries].join(" "));
        evidenceButton(row, 5, record[M.article], record[M.start], record[M.end]);
      } else {
        cell(row, record[S.act]);
        var who = record[S.speakers].map(personName).join(", ");
        if (record[S.addressees].length) { who += " → " + record[S.addressees].map(personName).join(", "); }
        cell(row, who);
        cell(row, record[S.countries].join(" "));
        evidenceButton(row, 5, record[S.article], record[S.start], record[S.end]);
      }
    });
    var more = $("evidence-more");
    more.hidden = rows.length <= state.evidenceShown;
    more.textContent = "Show " + Math.min(PAGE, rows.length - state.evidenceShown) + " more rows (of " +
      number(rows.length) + ")";
  }

  function renderFiltered() {
    var keptMeetings = meetings.filter(keepMeeting), keptStatements = statements.filter(keepStatement);
    var f = state.filter;
    $("filter-status").innerHTML = "";
    if (f) {
      $("filter-status").appendChild(document.createTextNode("Showing " + filterLabel(f) + ": "));
      var a = document.createElement("span");
      a.setAttribute("data-count", "filtered-meetings");
      a.textContent = number(keptMeetings.length);
      $("filter-status").appendChild(a);
      $("filter-status").appendChild(document.createTextNode(" meetings, "));
      var b = document.createElement("span");
      b.setAttribute("data-count", "filtered-statements");
      b.textContent = number(keptStatements.length);
      $("filter-status").appendChild(b);
      $("filter-status").appendChild(document.createTextNode(
        f.kind === "country" ? " statements by its officials." : " statements by or to them."));
    } else {
      $("filter-status").textContent = "Showing the whole corpus.";
    }
    renderActs(keptStatements);
    renderNetwork();
    renderTimeline(keptMeetings);
    renderPartners();
    renderInvitations(keptStatements);
    renderInitiatives(keptMeetings, keptStatements);
    renderEvidence(keptMeetings, keptStatements);
    document.body.setAttribute("data-filter", filterKey(f));
  }

  renderSummary();
  fillFilterSelect();
  fillPartnerSelect();
  $("evidence-more").addEventListener("click", function () {
    state.evidenceShown += PAGE;
    renderEvidence(meetings.filter(keepMeeting), statements.filter(keepStatement));
  });
  $("invitations-more").addEventListener("click", function () {
    state.invitationsShown += PAGE;
    renderInvitations(statements.filter(keepStatement));
  });
  renderFiltered();
  bindNetwork();
  document.body.setAttribute("data-ready-ms", String(Math.round(performance.now())));
  document.body.setAttribute("data-ready", "true");
}
})();
