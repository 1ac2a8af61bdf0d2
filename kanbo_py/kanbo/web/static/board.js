// Kanbo's browser script (no build step, no libraries): HTML5 drag and
// drop of cards between bins (POST to jarrange with the CSRF token) and of
// tags on the bag page, polling of the board's event stream with every
// event type applied, WIP counts, flash-message close links and username
// autocomplete. Without it the pages still work through their forms.
(function () {
  "use strict";

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  function post(url, fields, csrf) {
    var body = new URLSearchParams();
    Object.keys(fields).forEach(function (k) { body.append(k, fields[k]); });
    body.append("csrf_token", csrf);
    return fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRF-Token": csrf, "Accept": "application/json" }
    });
  }

  // Where a dragged item goes in `list`: the first child (of `selector`)
  // whose middle is below the pointer, or null for the end.
  function itemAfter(list, selector, y) {
    var items = $all(selector + ":not(.dragged)", list);
    for (var i = 0; i < items.length; i++) {
      var box = items[i].getBoundingClientRect();
      if (y < box.top + box.height / 2) { return items[i]; }
    }
    return null;
  }

  function nextId(el, selector) {
    var n = el.nextElementSibling;
    while (n && !n.matches(selector)) { n = n.nextElementSibling; }
    return n ? n.getAttribute("data-id") : "-";
  }

  // ----- the grid

  function Board(root) {
    this.root = root;
    this.csrf = root.getAttribute("data-csrf");
    this.jarrange = root.getAttribute("data-jarrange");
    this.next = root.getAttribute("data-events");
    this.poll = parseInt(root.getAttribute("data-poll"), 10) || 0;
    this.tagInfo = JSON.parse(root.getAttribute("data-tag-info") || "{}");
    this.xTags = JSON.parse(root.getAttribute("data-x-tags") || "[]");
    this.yTags = JSON.parse(root.getAttribute("data-y-tags") || "[]");
    this.axisBags = JSON.parse(root.getAttribute("data-axis-bags") || "[]");
    this.canRearrange = root.classList.contains("can-rearrange");
    this.dragged = null;
    this.failures = 0;
    if (this.canRearrange) { this.setupDrag(); }
    if (this.poll > 0) { this.schedule(this.poll); }
  }

  Board.prototype.setupDrag = function () {
    var self = this;
    self.root.addEventListener("dragstart", function (e) {
      var card = e.target.closest && e.target.closest("li.card");
      if (!card) { return; }
      self.dragged = card;
      card.classList.add("dragged");
      document.body.classList.add("dragging");
      e.dataTransfer.effectAllowed = "move";
      e.dataTransfer.setData("text/plain", card.getAttribute("data-id"));
    });
    self.root.addEventListener("dragend", function () {
      if (self.dragged) { self.dragged.classList.remove("dragged"); }
      self.dragged = null;
      document.body.classList.remove("dragging");
      $all(".drop-target", self.root).forEach(function (b) { b.classList.remove("drop-target"); });
    });
    $all("ul.card-bin", self.root).forEach(function (bin) {
      bin.addEventListener("dragover", function (e) {
        if (!self.dragged) { return; }
        e.preventDefault();
        e.dataTransfer.dropEffect = "move";
        $all(".drop-target", self.root).forEach(function (b) { if (b !== bin) { b.classList.remove("drop-target"); } });
        bin.classList.add("drop-target");
        var after = itemAfter(bin, "li.card", e.clientY);
        if (after) { bin.insertBefore(self.dragged, after); } else { bin.appendChild(self.dragged); }
      });
      bin.addEventListener("drop", function (e) {
        if (!self.dragged) { return; }
        e.preventDefault();
        bin.classList.remove("drop-target");
        self.dropped(self.dragged, bin);
      });
    });
  };

  Board.prototype.dropped = function (card, bin) {
    var self = this;
    var id = card.getAttribute("data-id");
    card.classList.add("pending");
    post(self.jarrange, {
      order: id + " " + nextId(card, "li.card"),
      dropped: id,
      tags: bin.getAttribute("data-tags") || ""
    }, self.csrf).then(function (r) {
      if (!r.ok) {
        return r.text().then(function () {
          var why = r.status === 409 ? "That column is full (hard WIP limit)." :
            r.status === 403 ? "You may not rearrange this board." : "The move failed.";
          window.alert(why + " The page will be refreshed.");
          window.location.reload();
        });
      }
      return r.json().then(function (data) {
        card.classList.remove("pending");
        if (data.dropped) {
          card.setAttribute("data-tags", data.dropped.tags.map(function (t) { return t.id; }).join(" "));
        }
        self.updateCounts();
      });
    }).catch(function () {
      window.alert("Could not reach the server; refresh this page.");
    });
  };

  Board.prototype.cardTags = function (card) {
    var text = card.getAttribute("data-tags") || "";
    return text ? text.split(" ").map(Number) : [];
  };

  // The DOM id of the bin for a card with tag ids `tags`.
  Board.prototype.binIdFor = function (tags) {
    var x = null, y = null, i;
    for (i = 0; i < this.xTags.length; i++) { if (tags.indexOf(this.xTags[i]) >= 0) { x = this.xTags[i]; break; } }
    for (i = 0; i < this.yTags.length; i++) { if (tags.indexOf(this.yTags[i]) >= 0) { y = this.yTags[i]; break; } }
    var ids = [x, y].filter(function (t) { return t !== null; }).sort(function (a, b) { return a - b; });
    return ids.length ? "bin-" + ids.join("-") : "untagged-bin";
  };

  Board.prototype.chipsFor = function (tags) {
    var self = this;
    return tags.filter(function (t) {
      var info = self.tagInfo[String(t)];
      return info && self.axisBags.indexOf(info[0]) < 0;
    }).map(function (t) { return self.tagInfo[String(t)][1]; });
  };

  Board.prototype.renderCard = function (li, card) {
    li.className = "card";
    li.id = "card-" + card.id;
    li.setAttribute("data-id", card.id);
    li.setAttribute("data-tags", (card.tags || []).join(" "));
    if (this.canRearrange) { li.setAttribute("draggable", "true"); }
    li.textContent = "";
    var name = document.createElement("span");
    name.className = "card-name";
    name.textContent = card.name;
    li.appendChild(name);
    var label;
    if (card.href && !this.root.getAttribute("data-spec").match(/;click=edit/)) {
      label = document.createElement("a");
      label.href = card.href;
    } else {
      label = document.createElement("span");
    }
    label.className = "card-label";
    label.textContent = card.label;
    li.appendChild(label);
    var chips = this.chipsFor(card.tags || []);
    if (chips.length) {
      var box = document.createElement("span");
      box.className = "chips";
      chips.forEach(function (c) {
        var s = document.createElement("span");
        s.className = "chip";
        s.textContent = c;
        box.appendChild(s);
      });
      li.appendChild(box);
    }
  };

  Board.prototype.place = function (li, tags, beforeId) {
    var bin = document.getElementById(this.binIdFor(tags));
    if (!bin) { return; }
    var before = beforeId !== null && beforeId !== undefined ? document.getElementById("card-" + beforeId) : null;
    if (before && before.parentNode === bin && before !== li) { bin.insertBefore(li, before); } else { bin.appendChild(li); }
    li.classList.add("flash");
    window.setTimeout(function () { li.classList.remove("flash"); }, 1300);
  };

  Board.prototype.apply = function (ev) {
    var self = this, li;
    if (ev.type === "rearrange") {
      if (ev.dropped !== undefined && ev.dropped !== null) {
        li = document.getElementById("card-" + ev.dropped);
        if (!li || li.classList.contains("dragged")) { return; }
        var moved = (ev.xaxis || []).concat(ev.yaxis || []);
        var tags = self.cardTags(li).filter(function (t) {
          var info = self.tagInfo[String(t)];
          return !info || moved.indexOf(info[0]) < 0;
        }).concat(ev.tags || []);
        li.setAttribute("data-tags", tags.join(" "));
        self.place(li, tags, ev.order.length > 1 ? ev.order[1] : null);
      } else if (ev.order && ev.order.length > 1) {
        // a plain reorder: each listed card goes before the next listed one
        for (var i = ev.order.length - 2; i >= 0; i--) {
          li = document.getElementById("card-" + ev.order[i]);
          var next = ev.order[i + 1] === null ? null : document.getElementById("card-" + ev.order[i + 1]);
          if (li && next && next.parentNode === li.parentNode) { li.parentNode.insertBefore(li, next); }
        }
      }
    } else if (ev.type === "card-created" || ev.type === "cards-created") {
      (ev.cards || [ev.card]).forEach(function (card) {
        if (document.getElementById("card-" + card.id)) { return; }
        li = document.createElement("li");
        self.renderCard(li, card);
        self.place(li, card.tags || [], null);
      });
    } else if (ev.type === "card-edited") {
      li = document.getElementById("card-" + ev.card.id);
      if (li) {
        self.renderCard(li, ev.card);
        var bin = document.getElementById(self.binIdFor(ev.card.tags || []));
        if (bin && li.parentNode !== bin) { self.place(li, ev.card.tags || [], null); }
      }
    } else if (ev.type === "card-deleted") {
      li = document.getElementById("card-" + ev.card);
      if (li) { li.parentNode.removeChild(li); }
    } else if (ev.type === "tags-arranged") {
      var mine = self.xTags.concat(self.yTags).some(function (t) {
        var info = self.tagInfo[String(t)];
        return info && info[0] === ev.bag;
      });
      if (mine && !self.dragged) { window.location.reload(); }
    }
  };

  Board.prototype.updateCounts = function () {
    $all("th.col-head", this.root).forEach(function (th) {
      var tag = th.getAttribute("data-tag");
      var count = 0;
      $all("ul.card-bin", this.root).forEach(function (bin) {
        var ids = (bin.getAttribute("data-tag-ids") || "").split(" ");
        var inColumn = tag === "untagged" ? bin.id === "untagged-bin" : ids.indexOf(tag) >= 0 && bin.id.indexOf("bin-") === 0 &&
          this.xTags.indexOf(Number(tag)) >= 0;
        if (inColumn) { count += $all("li.card", bin).length; }
      }, this);
      var limit = parseInt(th.getAttribute("data-limit"), 10);
      var status = !limit ? "ok" : count > limit ? "over" : count === limit ? "at-limit" : "ok";
      $(".col-count", th).textContent = count + (limit ? " / " + limit : "");
      th.className = "col-head wip-" + status;
    }, this);
  };

  Board.prototype.schedule = function (ms) {
    var self = this;
    window.setTimeout(function () { self.fetchEvents(); }, ms);
  };

  Board.prototype.fetchEvents = function () {
    var self = this;
    fetch(self.next, { credentials: "same-origin", headers: { "Accept": "application/json" } }).then(function (r) {
      if (r.status === 410) { window.location.reload(); return null; }
      if (!r.ok) { throw new Error("HTTP " + r.status); }
      return r.json();
    }).then(function (data) {
      if (!data) { return; }
      self.failures = 0;
      data.events.forEach(function (ev) { try { self.apply(ev); } catch (err) { window.console && console.error(err); } });
      if (data.events.length) { self.updateCounts(); }
      self.next = data.next;
      self.schedule(data.pleaseWait || self.poll);
    }).catch(function () {
      // keep polling after an error, backing off up to a minute
      self.failures += 1;
      self.schedule(Math.min(60000, self.poll * Math.pow(2, self.failures)));
    });
  };

  // ----- the bag page: reorder tags

  function setupTags(list) {
    var csrf = list.getAttribute("data-csrf");
    var url = list.getAttribute("data-jarrange");
    var dragged = null;
    list.addEventListener("dragstart", function (e) {
      dragged = e.target.closest && e.target.closest("li.tag-item");
      if (!dragged) { return; }
      dragged.classList.add("dragged");
      e.dataTransfer.effectAllowed = "move";
      e.dataTransfer.setData("text/plain", dragged.getAttribute("data-id"));
    });
    list.addEventListener("dragover", function (e) {
      if (!dragged) { return; }
      e.preventDefault();
      var after = itemAfter(list, "li.tag-item", e.clientY);
      if (after) { list.insertBefore(dragged, after); } else { list.appendChild(dragged); }
    });
    list.addEventListener("drop", function (e) {
      if (!dragged) { return; }
      e.preventDefault();
      var id = dragged.getAttribute("data-id");
      post(url, { order: id + " " + nextId(dragged, "li.tag-item") }, csrf).then(function (r) {
        if (!r.ok) { window.alert("Could not save the new order; refresh this page."); }
      });
    });
    list.addEventListener("dragend", function () {
      if (dragged) { dragged.classList.remove("dragged"); }
      dragged = null;
    });
  }

  // ----- helpers

  function setupAutocomplete(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var term = input.value.trim();
        if (!term) { return; }
        fetch("/autocomplete/user?term=" + encodeURIComponent(term), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (users) {
            list.textContent = "";
            users.forEach(function (u) {
              var o = document.createElement("option");
              o.value = u.value;
              o.label = u.label;
              list.appendChild(o);
            });
          });
      }, 150);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.body.classList.remove("no-js");
    document.body.classList.add("js");
    $all(".message").forEach(function (m) {
      var close = document.createElement("a");
      close.className = "close";
      close.textContent = "×";
      close.setAttribute("aria-label", "close");
      close.addEventListener("click", function () { m.parentNode.removeChild(m); });
      m.appendChild(close);
    });
    var board = document.getElementById("board");
    if (board) { window.kanboBoard = new Board(board); }
    $all("ol.sortable-tags").forEach(setupTags);
    $all("input.autocomplete-user").forEach(setupAutocomplete);
    var ok = document.getElementById("popup-ok");
    if (ok) {
      window.setTimeout(function () { window.close(); }, parseInt(ok.getAttribute("data-close-after"), 10) || 7000);
    }
  });
})();
