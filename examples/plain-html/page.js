// The page's own script: plain DOM, no framework. The elements re-render when an attribute or a
// property changes.
const outcome = document.getElementById('outcome');
const picker = document.getElementById('verdict-picker');
const toggle = document.getElementById('theme-toggle');

picker.addEventListener('change', () => {
  if (picker.value === '') outcome.removeAttribute('verdict');
  else outcome.setAttribute('verdict', picker.value);
});

toggle.addEventListener('click', () => {
  const dark = document.documentElement.dataset.theme !== 'dark';
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  toggle.setAttribute('aria-pressed', String(dark));
});
