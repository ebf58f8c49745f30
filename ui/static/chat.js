// Clicking a mark scrolls its card into view and highlights it (delegated, so it works
// for marks rendered after load; Gradio's sanitiser keeps href but drops data-*).
() => {
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a.cite');
    if (!link) return;
    event.preventDefault();
    // the Chatbot's sanitiser drops data-* attributes; the href (#src-n) survives
    const n = link.dataset.n || (link.getAttribute('href') || '').replace(/^#src-/, '');
    const card = document.getElementById('src-' + n);
    if (!card) return;
    document.querySelectorAll('.source-card.highlight').forEach(c => c.classList.remove('highlight'));
    card.classList.add('highlight');
    card.scrollIntoView({behavior: 'smooth', block: 'center'});
  }, true);
}
