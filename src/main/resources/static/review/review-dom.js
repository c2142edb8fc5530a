// The review page's DOM and formatting helpers. Every text from the API is untrusted: `el` puts it in the DOM
// as text nodes and attributes only, never as HTML.
'use strict';

window.ReviewDom = (function () {
  // ---- DOM helpers: build elements, text only ----

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'className') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    node.replaceChildren();
    return node;
  }

  // ---- Formatting ----

  function age(seconds) {
    if (seconds < 60) return 'just now';
    if (seconds < 3600) return Math.floor(seconds / 60) + ' min ago';
    if (seconds < 86400) return Math.floor(seconds / 3600) + ' h ago';
    return Math.floor(seconds / 86400) + ' d ago';
  }

  function weightText(weight) {
    if (weight === null || weight === undefined) return '';
    return Array.isArray(weight) ? weight.join('/') : String(weight);
  }

  /** "60" → 60, "60/70/80" → [60, 70, 80], "" → null; anything else is an error shown to the reviewer. */
  function parseWeight(text) {
    const t = text.trim();
    if (t === '') return null;
    const parts = t.split(/[\/,;]\s*|\s+/).map((p) => Number(p.replace(',', '.')));
    if (parts.some((n) => !Number.isFinite(n) || n < 0)) throw new Error('Weight "' + t + '" is not a number (use 60 or 60/70/80).');
    return parts.length === 1 ? parts[0] : parts;
  }

  function percent(confidence) {
    return Math.round((confidence || 0) * 100) + '%';
  }

  return { el, clear, age, weightText, parseWeight, percent };
})();
