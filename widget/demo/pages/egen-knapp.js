// Demo of the JS API: the site's own buttons drive the widget; its events update a status line.
document.addEventListener('lyssna:ready', () => {
  const status = document.getElementById('status');
  window.Lyssna.on('statechange', (e) => {
    status.textContent = `Status: ${e.status}`;
  });
});
document.getElementById('las-avgifter').addEventListener('click', () => window.Lyssna?.read('#avgifter'));
document.getElementById('pausa').addEventListener('click', () => window.Lyssna?.pause());
