// anonkit review: keyboard-first navigation and audio. Plain JS, no dependencies.
(function () {
  "use strict";
  const player = document.getElementById("player");
  const desc = document.getElementById("sel-desc");
  let current = null;

  function marks(kind) {
    return Array.from(document.querySelectorAll(kind === "flag" ? "mark.flag" : "mark.rep"));
  }

  function play(t) {
    if (!player) return;
    player.currentTime = Math.max(0, parseFloat(t) || 0);
    const p = player.play();
    if (p && p.catch) p.catch(function () {});
  }

  function select(el) {
    current = el;
    const kind = el.dataset.kind;
    document.querySelectorAll("form.act").forEach(function (f) {
      f.hidden = !f.classList.contains(kind + "-act");
      f.querySelectorAll(".idx").forEach(function (i) { i.value = el.dataset.i; });
      f.querySelectorAll(".anc").forEach(function (i) { i.value = "#" + el.id; });
    });
    if (desc) {
      desc.textContent = kind === "flag"
        ? "Flag (" + el.dataset.type + "): \u201c" + el.textContent + "\u201d" +
          (el.dataset.decision ? " \u2014 " + el.dataset.decision : " \u2014 open")
        : "Replacement (" + el.dataset.type + "): \u201c" + el.textContent + "\u201d";
    }
    document.querySelectorAll("mark.current").forEach(function (m) { m.classList.remove("current"); });
    el.classList.add("current");
  }

  function step(kind, dir) {
    let list = marks(kind);
    if (kind === "flag") {
      const open = list.filter(function (m) { return !m.dataset.decision; });
      if (open.length) list = open;
    }
    if (!list.length) return;
    let i = current ? list.indexOf(current) : -1;
    if (i < 0 && current) {  // from the current position in the text
      i = list.findIndex(function (m) {
        return current.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING;
      }) - (dir > 0 ? 1 : 0);
    }
    const next = list[(i + dir + list.length) % list.length];
    next.focus();
  }

  function submit(selector) {
    const btn = document.querySelector(selector);
    if (btn && !btn.closest("form").hidden && !btn.disabled) btn.closest("form").requestSubmit(btn);
  }

  document.addEventListener("focusin", function (e) {
    const el = e.target;
    if (el.matches && el.matches("mark.flag, mark.rep")) select(el);
  });

  document.addEventListener("click", function (e) {
    const el = e.target;
    if (el.matches("button.play")) { play(el.dataset.t); return; }
    const mark = el.closest("mark.flag, mark.rep");
    if (mark) { mark.focus(); play(mark.dataset.t); return; }
    if (el.matches("span.w") && window.getSelection().isCollapsed) {
      // click a word: play from there (time interpolated inside the run of text)
      let offset = 0;
      const pos = document.caretPositionFromPoint ? document.caretPositionFromPoint(e.clientX, e.clientY) : null;
      const rng = !pos && document.caretRangeFromPoint ? document.caretRangeFromPoint(e.clientX, e.clientY) : null;
      if (pos) offset = pos.offset; else if (rng) offset = rng.startOffset;
      const turn = el.closest(".turn");
      const t0 = parseFloat(el.dataset.t);
      const nextEl = el.nextElementSibling;
      const t1 = nextEl && nextEl.dataset.t ? parseFloat(nextEl.dataset.t) : parseFloat(turn.dataset.e);
      const n = Math.max(el.textContent.length, 1);
      play(t0 + (t1 - t0) * Math.min(offset, n) / n);
    }
  });

  document.addEventListener("keydown", function (e) {
    const tag = (e.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || e.ctrlKey || e.metaKey || e.altKey) return;
    switch (e.key) {
      case "j": step("flag", 1); break;
      case "k": step("flag", -1); break;
      case "n": step("rep", 1); break;
      case "b": step("rep", -1); break;
      case "a":
        if (current) submit(current.dataset.kind === "flag" ? "#btn-accept-flag" : "#btn-accept");
        break;
      case "r":
        if (current) submit(current.dataset.kind === "flag" ? "#btn-replace-flag" : "#btn-undo");
        break;
      case "p": play(current ? current.dataset.t : 0); break;
      case "Escape": if (player) player.pause(); break;
      case "m": {
        const text = window.getSelection().toString().trim();
        const field = document.getElementById("missed-text");
        if (field) { if (text) field.value = text; field.focus(); }
        break;
      }
      default: return;
    }
    e.preventDefault();
  });

  // a selection in the transcript fills the missed-name field
  document.addEventListener("mouseup", function () {
    const sel = window.getSelection();
    const field = document.getElementById("missed-text");
    if (!field || sel.isCollapsed) return;
    const inTranscript = sel.anchorNode && sel.anchorNode.parentElement &&
      sel.anchorNode.parentElement.closest(".transcript");
    if (inTranscript) field.value = sel.toString().trim();
  });

  // after a decision: back to where the steward was
  if (location.hash) {
    const el = document.querySelector(location.hash);
    if (el) { el.scrollIntoView({block: "center"}); if (el.matches("mark")) el.focus(); }
  }
})();
