// Demo SPA: switches the view with history.pushState, like a JavaScript-rendered municipal site.
const VIEWS = {
  bibliotek: {
    title: 'Biblioteket har öppet hela sommaren',
    text: [
      'Stadsbiblioteket har öppet alla vardagar under sommaren. På lördagar öppnar vi klockan tio.',
      'Sommarboken för barn börjar i juni. Alla barn som läser fem böcker får en bok att behålla.',
    ],
  },
  simhall: {
    title: 'Simhallen stänger för renovering',
    text: [
      'Simhallen stänger den 1 september för en större renovering. Vi räknar med att öppna igen i mars.',
      'Under tiden kan du simma i grannkommunens badhus. Ditt årskort gäller där.',
    ],
  },
};

function render(name) {
  const view = VIEWS[name] ?? VIEWS.bibliotek;
  const app = document.getElementById('app');
  const h1 = document.createElement('h1');
  h1.textContent = view.title;
  const ps = view.text.map((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    return p;
  });
  app.replaceChildren(h1, ...ps);
  document.title = `${view.title} – Demokommunen`;
}

document.addEventListener('click', (e) => {
  const a = e.target instanceof Element ? e.target.closest('a[data-route]') : null;
  if (!a) return;
  e.preventDefault();
  history.pushState({}, '', a.getAttribute('href'));
  render(a.getAttribute('data-route'));
});
window.addEventListener('popstate', () => {
  render(new URLSearchParams(location.search).get('vy') ?? 'bibliotek');
});
